package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end without Hydrant: each scenario is replayed against a server that plays the recorded
 * transcript back. The server checks every request against the recorded one (including the steps that
 * need file ids, session keys and saved variables), and the replayed transcript must compare equal to the
 * recorded one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioReplayerTest {

    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();

    List<String> scenarios() {
        return shared.recordedScenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void replayingAgainstThePlayedBackTranscriptReproducesIt(String name) throws Exception {
        Transcript recorded = Transcript.load(shared.transcript(name));
        List<ObjectNode> replayed;
        int hiddenLookups;
        List<Duration> sleeps = new ArrayList<>();
        Map<String, JsonNode> lookedUp = fileIdsUsedByTheRecorder(name, recorded);
        try (TranscriptPlaybackServer server = new TranscriptPlaybackServer(recorded.lines(), shared.media().toString(), lookedUp)) {
            ReplayTarget target = new ReplayTarget("127.0.0.1", server.port(), RequestBuildingTest.RECORDED_KEY,
                    shared.media(), Duration.ofMillis(400));
            ScenarioReplayer replayer = new ScenarioReplayer(target, sleeps::add, recordingClock(recorded));
            replayed = replayer.replay(shared.scenario(name));
            assertThat(server.mismatches()).as("requests that differ from the recorded ones").isEmpty();
            assertThat(server.answered()).isEqualTo(recorded.lines().size());
            assertThat(lookedUp.keySet()).containsAll(server.hiddenLookups());
            hiddenLookups = server.hiddenLookups().size();
        }
        assertThat(replayed.stream().mapToInt(l -> l.path("hidden_lookups").size()).sum()).isEqualTo(hiddenLookups);
        assertThat(replayed).hasSameSizeAs(recorded.lines());
        List<ObjectNode> redacted = new TranscriptRedactor(Map.of(shared.media().toString(), "<media>")).apply(replayed);

        TranscriptComparison comparison = new TranscriptComparer(ComparisonOptions.defaults().withOrderedKeys(true))
                .compare(recorded.lines(), redacted);
        assertThat(comparison.differing()).as(comparison.report()).isEmpty();

        JsonDiff strict = new JsonDiff(true, true, 20);
        for (int i = 0; i < redacted.size(); i++) {
            ObjectNode want = recorded.lines().get(i);
            ObjectNode got = redacted.get(i);
            assertThat(strict.diff(want.get("request"), got.get("request"))).as("request of step %s", want.get("n")).isEmpty();
            assertThat(got.get("n")).isEqualTo(want.get("n"));
            assertThat(fieldNames(got)).as("fields of step %s", want.get("n"))
                    .filteredOn(f -> !f.equals("hidden_lookups") && !f.equals("poll_attempts"))
                    .containsExactlyInAnyOrderElementsOf(fieldNames(want).stream().filter(f -> !f.equals("poll_attempts")).toList());
            assertThat(got.get("response").get("status")).isEqualTo(want.get("response").get("status"));
        }
        long wanted = replayedSleeps(name);
        assertThat(sleeps.stream().filter(d -> !d.isZero()).count()).isGreaterThanOrEqualTo(wanted);
    }

    @Test
    void transcriptLinesHaveRecordPysFieldsInRecordPysOrder() throws Exception {
        Transcript recorded = Transcript.load(shared.transcript("15_file_relationships"));
        try (TranscriptPlaybackServer server = new TranscriptPlaybackServer(recorded.lines(), shared.media().toString(),
                fileIdsUsedByTheRecorder("15_file_relationships", recorded))) {
            ScenarioReplayer replayer = new ScenarioReplayer(new ReplayTarget("127.0.0.1", server.port(),
                    RequestBuildingTest.RECORDED_KEY, shared.media()), d -> { }, recordingClock(recorded));
            List<ObjectNode> lines = replayer.replay(shared.scenario("15_file_relationships"));
            ObjectNode polled = lines.stream().filter(l -> l.has("poll_attempts")).findFirst().orElseThrow();
            assertThat(fieldNames(polled)).containsExactly("id", "comment", "request", "response", "elapsed_s",
                    "recorded_at", "poll_attempts", "n");
            assertThat(polled.get("poll_attempts").asInt()).isEqualTo(1);
            ObjectNode first = lines.getFirst();
            assertThat(fieldNames(first.get("response"))).startsWith("status", "headers", "header_order");
            assertThat(first.get("elapsed_s").isDouble()).isTrue();
        }
    }

    /**
     * The file ids the recorder put where the scenario had {@code file_id_of}/{@code file_ids_of}/{@code {{file_id:}}}
     * placeholders, read back from the recorded requests, by sha256.
     */
    private Map<String, JsonNode> fileIdsUsedByTheRecorder(String name, Transcript recorded) throws Exception {
        JsonNode steps = new PythonJsonReader().readValid(Files.readString(shared.scenario(name))).get("steps");
        MediaLibrary media = new MediaLibrary(shared.media());
        Map<String, JsonNode> ids = new HashMap<>();
        for (ObjectNode line : recorded.lines()) {
            JsonNode step = steps.get(line.get("n").asInt());
            JsonNode req = line.get("request");
            align(step.get("query"), req.get("query"), media, ids);
            align(step.get("json"), req.get("json"), media, ids);
            align(step.get("cbor"), req.get("cbor"), media, ids);
            align(step.get("headers"), req.get("headers"), media, ids);
        }
        return ids;
    }

    private static void align(JsonNode placeholder, JsonNode recorded, MediaLibrary media, Map<String, JsonNode> ids) {
        if (placeholder == null || recorded == null) {
            return;
        }
        if (placeholder.isObject() && placeholder.size() == 1 && placeholder.has("file_id_of")) {
            ids.put(media.sha256(placeholder.get("file_id_of").textValue()), recorded);
        } else if (placeholder.isObject() && placeholder.size() == 1 && placeholder.has("file_ids_of")) {
            for (int i = 0; i < placeholder.get("file_ids_of").size() && i < recorded.size(); i++) {
                ids.put(media.sha256(placeholder.get("file_ids_of").get(i).textValue()), recorded.get(i));
            }
        } else if (placeholder.isTextual() && placeholder.textValue().matches("\\{\\{file_id:[^}]*\\}\\}")) {
            String t = placeholder.textValue();
            ids.put(media.sha256(t.substring("{{file_id:".length(), t.length() - 2)), recorded);
        } else if (placeholder.isObject() && recorded.isObject()) {
            placeholder.fields().forEachRemaining(e -> align(e.getValue(), recorded.get(e.getKey()), media, ids));
        } else if (placeholder.isArray() && recorded.isArray()) {
            for (int i = 0; i < placeholder.size() && i < recorded.size(); i++) {
                align(placeholder.get(i), recorded.get(i), media, ids);
            }
        }
    }

    @Test
    void scenarioConformanceReplaysAndCompares() throws Exception {
        String name = "19_methods_paths_cors_off";
        Transcript recorded = Transcript.load(shared.transcript(name));
        try (TranscriptPlaybackServer server = new TranscriptPlaybackServer(recorded.lines(), shared.media().toString(), Map.of())) {
            ReplayTarget target = new ReplayTarget("127.0.0.1", server.port(), RequestBuildingTest.RECORDED_KEY, shared.media());
            ScenarioConformance conformance = new ScenarioConformance(shared,
                    new ScenarioReplayer(target, d -> { }, recordingClock(recorded)), ComparisonOptions.defaults());
            assertThat(conformance.template(name)).isEqualTo("default");
            assertThat(conformance.template("18_cors")).isEqualTo("cors");
            ScenarioConformance.Result result = conformance.check(name);
            assertThat(result.comparison().identical()).as(result.comparison().report()).isTrue();
            assertThat(result.replayed().lines()).hasSize(recorded.lines().size());
        }
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private long replayedSleeps(String name) throws Exception {
        JsonNode steps = new PythonJsonReader().readValid(Files.readString(shared.scenario(name))).get("steps");
        long n = 0;
        for (JsonNode s : steps) {
            n += PythonValues.truthy(s.get("sleep_before")) ? 1 : 0;
            n += s.has("sleep") && !s.has("path") ? 1 : 0;
        }
        return n;
    }

    /** A clock standing at the moment the transcript was recorded, so "now" timestamps normalise alike. */
    private static Clock recordingClock(Transcript recorded) {
        double at = recorded.lines().getFirst().get("recorded_at").asDouble();
        return Clock.fixed(Instant.ofEpochMilli((long) (at * 1000)), ZoneOffset.UTC);
    }
}
