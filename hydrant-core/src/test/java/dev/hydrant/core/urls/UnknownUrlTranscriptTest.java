package dev.hydrant.core.urls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hydrus 682 with no URL classes (a fresh database) in the 11_urls recording: with an empty catalog Hydrant must
 * answer exactly the same for every URL there, and with the default classes exactly the same for every URL none of
 * them matches.
 */
class UnknownUrlTranscriptTest {
    private static final UrlNormaliser NO_CLASSES = new UrlNormaliser(UrlClassCatalog.empty());

    @Test
    void getUrlInfoAndGetUrlFilesAnswersAreReproduced() throws IOException {
        int checked = 0;
        for (JsonNode step : steps()) {
            String path = step.path("request").path("path").asText();
            JsonNode json = step.path("response").path("json");
            String url = step.path("request").path("query").path("url").asText("");
            if (step.path("response").path("status").asInt() != 200 || url.isEmpty()) {
                continue;
            }
            if (path.equals("/add_urls/get_url_info")) {
                UrlInfo info = NO_CLASSES.info(url);
                assertThat(info.normalisedUrl()).as(url).isEqualTo(json.get("normalised_url").asText());
                assertThat(info.type().code()).isEqualTo(json.get("url_type").asInt());
                assertThat(info.typeText()).isEqualTo(json.get("url_type_string").asText());
                assertThat(info.matchName()).isEqualTo(json.get("match_name").asText());
                assertThat(info.canParse()).isEqualTo(json.get("can_parse").asBoolean());
                assertThat(info.cannotParseReason()).isEqualTo(json.get("cannot_parse_reason").asText());
                assertThat(info.requestUrl()).isEqualTo(json.get("request_url").asText());
                if (DefaultClasses.normaliser().catalog().classFor(url).isEmpty()) {
                    assertThat(DefaultClasses.normaliser().info(url)).as("defaults, " + url).isEqualTo(info);
                }
                checked++;
            } else if (path.equals("/add_urls/get_url_files")) {
                assertThat(NO_CLASSES.normalise(url)).as(url).isEqualTo(json.get("normalised_url").asText());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void associatedUrlsAreStoredInTheirNormalisedForm() throws IOException {
        List<String> added = new ArrayList<>();
        List<String> known = new ArrayList<>();
        JsonNode detailed = null;
        for (JsonNode step : steps()) {
            JsonNode body = step.path("request").path("json");
            boolean beforeMetadata = detailed == null && step.path("response").path("status").asInt() == 200;
            if (beforeMetadata && step.path("request").path("path").asText().equals("/add_urls/associate_url")
                    && body.path("normalise_urls").asBoolean(true)) {
                body.path("urls_to_add").forEach(u -> added.add(u.asText()));
                if (body.has("url_to_add") && !body.get("url_to_add").asText().equals("not a url")) {
                    added.add(body.get("url_to_add").asText());
                }
            }
            if (step.path("id").asText().equals("metadata urls")) {
                JsonNode m = step.path("response").path("json").path("metadata").get(0);
                m.path("known_urls").forEach(u -> known.add(u.asText()));
                detailed = m.path("detailed_known_urls");
            }
        }
        assertThat(known).containsAll(NO_CLASSES.normaliseAll(added));
        for (JsonNode d : detailed) {
            String stored = known.stream().filter(k -> NO_CLASSES.normalise(k).equals(d.get("normalised_url").asText()))
                    .findFirst().orElseThrow();
            UrlInfo info = NO_CLASSES.knownUrlInfo(stored).orElseThrow();
            assertThat(info.normalisedUrl()).isEqualTo(d.get("normalised_url").asText());
            assertThat(info.typeText()).isEqualTo(d.get("url_type_string").asText());
            assertThat(info.requestUrl()).isNull();
        }
    }

    private static List<JsonNode> steps() throws IOException {
        Path transcript = SharedCorpusPath.transcript("11_urls.jsonl");
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(transcript)) {
            if (!line.isBlank()) {
                out.add(DefaultClasses.JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void urlsNoClassMatchesAreNotChangedByTheDefaults() {
        for (String url : Set.of("https://example.com/post/1", "https://example.com/image.jpg", "ftp://example.com/x",
                "example.com/no-scheme", "not a url")) {
            assertThat(DefaultClasses.normaliser().catalog().classFor(url)).as(url).isEmpty();
        }
    }
}
