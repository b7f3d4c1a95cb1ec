package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing transcripts: identical ones match, deliberately broken copies give the expected differences. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptComparerTest {

    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();

    List<String> transcripts() {
        return shared.recordedScenarios();
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void aTranscriptMatchesItself(String name) throws IOException {
        Transcript t = Transcript.load(shared.transcript(name));
        for (ComparisonOptions options : List.of(ComparisonOptions.defaults(), ComparisonOptions.recordPy(),
                ComparisonOptions.defaults().withOrderedKeys(true).withSha256(true))) {
            TranscriptComparison result = new TranscriptComparer(options).compare(t, Transcript.load(shared.transcript(name)));
            assertThat(result.differing()).as("%s with %s", name, options).isEmpty();
            assertThat(result.identical()).isTrue();
            assertThat(result.steps()).hasSize(t.lines().size());
            assertThat(result.summary()).isEqualTo("0 of " + t.lines().size() + " steps differ");
        }
    }

    @Test
    void aChangedStatusIsReported() throws IOException {
        Mutation m = mutate("01_access_sessions", 0, line -> ((ObjectNode) line.get("response")).put("status", 418));
        assertThat(m.onlyDifferingStep()).containsExactly("$.status: expected 200, got 418");
        assertThat(m.differing.getFirst().n()).isZero();
        assertThat(m.differing.getFirst().id()).isEqualTo("api_version no key");
        assertThat(m.differing.getFirst().method()).isEqualTo("GET");
        assertThat(m.differing.getFirst().path()).isEqualTo("/api_version");
    }

    @Test
    void aChangedJsonValueIsReported() throws IOException {
        Mutation m = mutate("01_access_sessions", 1, line -> json(line).put("hydrus_version", 681));
        assertThat(m.onlyDifferingStep()).containsExactly("$.json.hydrus_version: expected 682, got 681");
    }

    @Test
    void anIntTurnedFloatIsReportedUnlessComparingLikePython() throws IOException {
        Mutation m = mutate("01_access_sessions", 1, line -> json(line).set("version", DoubleNode.valueOf(95.0)));
        assertThat(m.onlyDifferingStep()).containsExactly("$.json.version: expected 95, got 95.0");
        TranscriptComparison likePython = new TranscriptComparer(ComparisonOptions.recordPy()).compare(m.expected, m.actual);
        assertThat(likePython.differing()).isEmpty();
    }

    @Test
    void aMissingAndAnUnexpectedKeyAreReported() throws IOException {
        Mutation m = mutate("01_access_sessions", 1, line -> {
            json(line).remove("version");
            json(line).put("extra", true);
        });
        assertThat(m.onlyDifferingStep()).containsExactly("$.json.version: missing in actual", "$.json.extra: unexpected in actual");
    }

    @Test
    void reorderedFileIdsOfAnOrderedSortAreReported() throws IOException {
        Mutation m = mutate("08_search_system_sort", 171, TranscriptComparerTest::reverseResults);
        List<String> differences = m.onlyDifferingStep();
        assertThat(differences).isNotEmpty().allMatch(d -> d.startsWith("$.json.file_ids[") || d.startsWith("$.json.hashes["));
        assertThat(differences.getFirst()).matches("\\$\\.json\\.file_ids\\[0\\]: expected \"file:[0-9a-f]{16}\", got \"file:[0-9a-f]{16}\"");
        assertThat(m.differing.getFirst().n()).isEqualTo(171);
    }

    @Test
    void reorderedFileIdsOfASetComparedSortAreNot() throws IOException {
        Mutation random = mutate("08_search_system_sort", 177, TranscriptComparerTest::reverseResults);
        assertThat(random.differing).isEmpty();
        Mutation ignoredByHydrus = mutate("08_search_system_sort", 187, TranscriptComparerTest::reverseResults);
        assertThat(ignoredByHydrus.differing).isEmpty();
    }

    @Test
    void changedTimestampsNearRecordingTimeAreIgnoredButSetOnesAreNot() throws IOException {
        Transcript t = Transcript.load(shared.transcript("10_ratings_times"));
        int line = -1;
        for (int i = 0; i < t.lines().size() && line < 0; i++) {
            if (t.lines().get(i).get("response").path("json").path("metadata").path(0).has("time_modified")) {
                line = i;
            }
        }
        assertThat(line).isNotNegative();
        Mutation m = mutate("10_ratings_times", t.lines().get(line).get("n").asInt(), l -> {
            ObjectNode meta = (ObjectNode) l.get("response").get("json").get("metadata").get(0);
            meta.put("time_modified", meta.get("time_modified").asLong() + 3600);
        });
        assertThat(m.differing).isEmpty();
    }

    @Test
    void aBinaryBodyIsComparedByLengthTypeAndImageAndOnlyOptionallyBySha() throws IOException {
        Transcript t = Transcript.load(shared.transcript("05_file_thumbnail_render"));
        int n = t.lines().stream().filter(l -> l.get("response").path("body").has("image")).findFirst().orElseThrow().get("n").asInt();
        Mutation sha = mutate("05_file_thumbnail_render", n, l -> body(l).put("sha256", "0".repeat(64)));
        assertThat(sha.differing).isEmpty();
        assertThat(new TranscriptComparer(ComparisonOptions.defaults().withSha256(true)).compare(sha.expected, sha.actual).differing())
                .singleElement().satisfies(s -> assertThat(s.differences()).singleElement().asString().startsWith("$.body.sha256: expected "));
        Mutation size = mutate("05_file_thumbnail_render", n, l -> ((ObjectNode) body(l).get("image")).put("width", 1));
        assertThat(size.onlyDifferingStep()).singleElement().asString().startsWith("$.body.image.width: expected ");
    }

    @Test
    void orderedModeReportsKeyOrderButNotHeaderOrder() throws IOException {
        Mutation m = mutate("01_access_sessions", 1, line -> {
            ObjectNode j = json(line);
            JsonNode version = j.remove("version");
            j.set("version", version);
            ObjectNode headers = (ObjectNode) line.get("response").get("headers");
            JsonNode server = headers.remove("Server");
            headers.set("Server", server);
        });
        assertThat(m.differing).isEmpty();
        TranscriptComparison ordered = new TranscriptComparer(ComparisonOptions.defaults().withOrderedKeys(true)).compare(m.expected, m.actual);
        assertThat(ordered.differing()).singleElement().satisfies(s -> assertThat(s.differences())
                .containsExactly("$.json: key order [\"version\", \"hydrus_version\"] != [\"hydrus_version\", \"version\"]"));
    }

    @Test
    void aMissingStepIsReported() throws IOException {
        Transcript expected = Transcript.load(shared.transcript("18_cors"));
        Transcript actual = new Transcript(expected.lines().subList(0, expected.lines().size() - 2));
        TranscriptComparison result = new TranscriptComparer().compare(expected, actual);
        assertThat(result.differing()).hasSize(2);
        assertThat(result.identical()).isFalse();
        assertThat(result.summary()).isEqualTo("2 of " + expected.lines().size() + " steps differ");
    }

    /** Every mutation above, printed the way {@code record.py compare} prints it, is what record.py prints. */
    @Test
    void reportsMatchRecordPyCompare() throws IOException {
        RecordPy py = RecordPy.require(shared);
        List<Mutation> mutations = List.of(
                mutate("01_access_sessions", 0, line -> ((ObjectNode) line.get("response")).put("status", 418)),
                mutate("01_access_sessions", 1, line -> {
                    json(line).remove("version");
                    json(line).put("extra", true);
                    json(line).put("hydrus_version", "682");
                }),
                mutate("01_access_sessions", 1, line -> json(line).set("version", DoubleNode.valueOf(95.0))),
                mutate("08_search_system_sort", 171, TranscriptComparerTest::reverseResults),
                mutate("08_search_system_sort", 177, TranscriptComparerTest::reverseResults),
                mutate("05_file_thumbnail_render", 3, l -> ((ObjectNode) l.get("response")).put("status", 404)));
        for (Mutation m : mutations) {
            Path expectedFile = RecordPy.tempFile(".jsonl", m.expected.toJsonl());
            Path actualFile = RecordPy.tempFile(".jsonl", m.actual.toJsonl());
            String printed = py.runAllowingFailure("compare", expectedFile.toString(), actualFile.toString());
            String ours = new TranscriptComparer(ComparisonOptions.recordPy()).compare(m.expected, m.actual).report();
            assertThat(ours).isEqualTo(printed.strip());
        }
        Transcript full = Transcript.load(shared.transcript("18_cors"));
        Transcript shorter = new Transcript(full.lines().subList(0, full.lines().size() - 2));
        String printed = py.runAllowingFailure("compare", shared.transcript("18_cors").toString(),
                RecordPy.tempFile(".jsonl", shorter.toJsonl()).toString());
        assertThat(new TranscriptComparer(ComparisonOptions.recordPy()).compare(full, shorter).report()).isEqualTo(printed.strip());
    }

    // ------------------------------------------------------------------------------------ helpers

    private record Mutation(Transcript expected, Transcript actual, List<StepComparison> differing) {
        List<String> onlyDifferingStep() {
            assertThat(differing).hasSize(1);
            return differing.getFirst().differences();
        }
    }

    private Mutation mutate(String name, int n, Consumer<ObjectNode> change) throws IOException {
        Transcript expected = Transcript.load(shared.transcript(name));
        List<ObjectNode> lines = new ArrayList<>();
        boolean found = false;
        for (ObjectNode line : expected.lines()) {
            ObjectNode copy = line.deepCopy();
            if (copy.get("n").asInt() == n) {
                change.accept(copy);
                found = true;
            }
            lines.add(copy);
        }
        assertThat(found).as("step %d of %s", n, name).isTrue();
        Transcript actual = new Transcript(lines);
        return new Mutation(expected, actual, new TranscriptComparer().compare(expected, actual).differing());
    }

    private static ObjectNode json(ObjectNode line) {
        return (ObjectNode) line.get("response").get("json");
    }

    private static ObjectNode body(ObjectNode line) {
        return (ObjectNode) line.get("response").get("body");
    }

    /** Reverses {@code file_ids} and {@code hashes} together, so the id/hash pairs stay right. */
    private static void reverseResults(ObjectNode line) {
        for (String k : List.of("file_ids", "hashes")) {
            ArrayNode list = (ArrayNode) json(line).get(k);
            ArrayNode reversed = list.arrayNode();
            for (int i = list.size() - 1; i >= 0; i--) {
                reversed.add(list.get(i));
            }
            json(line).set(k, reversed);
        }
    }

}
