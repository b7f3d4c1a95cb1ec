package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * One call per scenario for a test that runs a server: replay {@code scenarios/NAME.json} against the target,
 * show the media folder as {@code <media>} (as in the recorded transcripts), and compare with
 * {@code transcripts/NAME.jsonl}.
 */
public final class ScenarioConformance {

    private final SharedConformanceFiles shared;
    private final ScenarioReplayer replayer;
    private final TranscriptComparer comparer;
    private final TranscriptRedactor redactor;

    public ScenarioConformance(SharedConformanceFiles shared, ReplayTarget target, ComparisonOptions options) {
        this(shared, new ScenarioReplayer(target), options);
    }

    public ScenarioConformance(SharedConformanceFiles shared, ScenarioReplayer replayer, ComparisonOptions options) {
        this(shared, replayer, options, null);
    }

    /**
     * @param dataFolder the server's data folder, shown as {@code <db_dir>} like hydrus's database folder in the
     *                   recordings (file and thumbnail paths); null when unknown
     */
    public ScenarioConformance(SharedConformanceFiles shared, ScenarioReplayer replayer, ComparisonOptions options,
                               java.nio.file.Path dataFolder) {
        this.shared = shared;
        this.replayer = replayer;
        this.comparer = new TranscriptComparer(options);
        Map<String, String> redactions = new java.util.HashMap<>();
        redactions.put(shared.media().toAbsolutePath().normalize().toString(), "<media>");
        if (dataFolder != null) {
            redactions.put(dataFolder.toAbsolutePath().normalize().toString(), "<db_dir>");
        }
        this.redactor = new TranscriptRedactor(redactions);
    }

    /** The scenario's {@code template}: {@code "cors"} needs the server's CORS support on, anything else off. */
    public String template(String scenario) throws IOException {
        JsonNode t = new PythonJsonReader().readValid(Files.readString(shared.scenario(scenario))).get("template");
        return t == null || t.isNull() ? "default" : t.asText();
    }

    /** Replays the scenario (the server should hold a fresh database) and compares it with its recording. */
    public Result check(String scenario) throws IOException {
        List<ObjectNode> replayed = redactor.apply(replayer.replay(shared.scenario(scenario)));
        Transcript expected = Transcript.load(shared.transcript(scenario));
        return new Result(new Transcript(replayed), comparer.compare(expected.lines(), replayed));
    }

    /** The replayed transcript (worth writing out when steps differ) and its comparison with the recording. */
    public record Result(Transcript replayed, TranscriptComparison comparison) {
    }
}
