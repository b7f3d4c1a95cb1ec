package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every successful {@code /add_tags/clean_tags} step that real hydrus 682 answered in the
 * conformance transcripts: the tags asked for, cleaned and human-sorted, must be exactly the list it
 * sent back.
 */
class CleanTagsTranscriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TRANSCRIPTS =
            List.of("06_tags.jsonl", "17_cbor.jsonl", "19_methods_paths_cors_off.jsonl");

    static Stream<Arguments> recordedSteps() throws IOException {
        List<Arguments> steps = new ArrayList<>();
        for (String transcript : TRANSCRIPTS) {
            for (String line : Files.readAllLines(SharedCorpus.transcript(transcript), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode step = JSON.readTree(line);
                JsonNode request = step.path("request");
                JsonNode response = step.path("response");
                if (!request.path("path").asText().equals("/add_tags/clean_tags")
                        || response.path("status").asInt() != 200) {
                    continue;
                }
                JsonNode body = response.has("json") ? response.get("json") : response.get("cbor");
                steps.add(Arguments.of(transcript + " / " + step.path("id").asText(),
                        requestedTags(request), strings(body.get("tags"))));
            }
        }
        assertThat(steps).as("clean_tags steps in the transcripts").hasSizeGreaterThanOrEqualTo(9);
        return steps.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedSteps")
    void cleanedAndSortedAsHydrusAnswered(String step, List<String> requested, List<String> answered) {
        assertThat(HumanTextOrder.sorted(TagCleaner.cleanTags(requested))).containsExactlyElementsOf(answered);
    }

    /**
     * The {@code tags} argument: the recorded {@code query.tags} (already decoded, also for CBOR), or else
     * the raw query string of the target decoded as hydrus does for GET (form decoding with {@code +} as
     * space and {@code ;} as a separator, then one more percent-decoding, then JSON).
     */
    private static List<String> requestedTags(JsonNode request) throws IOException {
        JsonNode tags = request.path("query").get("tags");
        if (tags != null) {
            return strings(tags);
        }
        String target = request.path("target").asText();
        String query = target.substring(target.indexOf('?') + 1);
        for (String pair : query.split("[&;]")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            if (name.equals("tags")) {
                String once = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                String twice = URLDecoder.decode(once.replace("+", "%2B"), StandardCharsets.UTF_8);
                return strings(JSON.readTree(twice));
            }
        }
        throw new IllegalArgumentException("no tags in " + target);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? null : value.asText()));
        return values;
    }
}
