package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hydrant.app.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every recorded hydrus 682 scenario of ../shared/conformance against a fresh Hydrant server each and
 * compares every step with the recording (after the recorder's normalisation rules). A step passes, is one of
 * the deliberate deviations D1–D7 (asserted as Hydrant's behaviour), is a documented known difference, or is
 * pending because its endpoint is not built yet; anything else fails the test. The report goes to
 * {@code target/conformance-report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceSuiteTest {
    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();
    private final Map<String, List<StepVerdict>> verdicts = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyRecordedScenario() {
        List<String> scenarios = shared.recordedScenarios();
        assertThat(scenarios).as("recorded scenarios").hasSizeGreaterThanOrEqualTo(19);
        return scenarios.stream().map(name -> DynamicTest.dynamicTest(name, () -> replay(name)));
    }

    private void replay(String scenario) throws Exception {
        ScenarioConformance probe = new ScenarioConformance(shared, new ReplayTarget("127.0.0.1", 1, "", shared.media()),
                ComparisonOptions.defaults());
        boolean cors = "cors".equals(probe.template(scenario));
        try (TestServer server = TestServer.start(cors)) {
            ReplayTarget target = new ReplayTarget("127.0.0.1", server.port(), TestServer.ACCESS_KEY, shared.media());
            ScenarioReplayer replayer = new ScenarioReplayer(target, Sleeper.real(), Clock.systemUTC(),
                    response -> isNotImplemented(response));
            ScenarioConformance.Result result = new ScenarioConformance(shared, replayer, ComparisonOptions.defaults(),
                    server.folder()).check(scenario);
            Path replays = Path.of("target", "conformance-replays");
            Files.createDirectories(replays);
            result.replayed().write(replays.resolve(scenario + ".jsonl"));
            JsonNode steps = new PythonJsonReader().readValid(Files.readString(shared.scenario(scenario))).get("steps");
            List<StepVerdict> stepVerdicts = classify(scenario, result, steps, server.server().pendingPaths());
            verdicts.put(scenario, stepVerdicts);
            List<StepVerdict> failures = stepVerdicts.stream().filter(v -> v.kind() == StepVerdict.Kind.FAIL).toList();
            assertThat(result.comparison().actualSteps()).as("replayed steps").isEqualTo(result.comparison().expectedSteps());
            assertThat(failures).as(scenario + ": steps that differ from hydrus\n" + describe(failures)).isEmpty();
        }
    }

    private static boolean isNotImplemented(JsonNode response) {
        return "NotImplementedException".equals(response.path("json").path("exception_type").asText());
    }

    /**
     * A step is pending when its endpoint is not built (501), or when it needs a value (a file id, a saved
     * variable) that only an earlier pending step could have produced.
     */
    private static List<StepVerdict> classify(String scenario, ScenarioConformance.Result result, JsonNode steps,
                                              java.util.Set<String> pendingPaths) {
        List<ObjectNode> actual = result.replayed().lines();
        List<StepVerdict> out = new ArrayList<>();
        boolean earlierPending = false;
        java.util.Set<String> unbuiltWrites = new java.util.LinkedHashSet<>();
        for (StepComparison compared : result.comparison().steps()) {
            StepComparison step = withoutEncoderBytes(compared);
            int n = step.n();
            JsonNode line = actual.stream().filter(l -> l.path("n").asInt(-1) == n).findFirst().orElseThrow();
            StepVerdict.Kind kind;
            String detail;
            var deviation = ExpectedDeviations.deviation(scenario, n);
            var known = ExpectedDeviations.knownDifference(scenario, n);
            var rule = ExpectedDeviations.rule(line);
            boolean notBuilt = pendingPaths.contains(step.path()) && ExpectedDeviations.status(line) == 501;
            boolean blocked = (earlierPending && usesServerValues(steps.get(n)))
                    || (line.has("hidden_lookups") && pendingPaths.contains("/get_files/file_metadata"));
            List<String> beyondMedia = step.differences().stream()
                    .filter(d -> !ExpectedDeviations.isMediaAnalysisGap(d)).toList();
            String unbuiltWriter = beyondMedia.isEmpty() ? null
                    : ExpectedDeviations.unbuiltWriterCovering(unbuiltWrites, beyondMedia);
            if (unbuiltWriter == null && !beyondMedia.isEmpty()) {
                unbuiltWriter = ExpectedDeviations.unbuiltWriterForSearch(unbuiltWrites, line, beyondMedia);
            }
            if (notBuilt && "POST".equals(step.method())) {
                unbuiltWrites.add(step.path());
            }
            if (!step.matches() && (notBuilt || blocked || unbuiltWriter != null)) {
                kind = StepVerdict.Kind.PENDING;
                detail = notBuilt ? step.method() + " " + step.path()
                        : unbuiltWriter != null ? "(needs state from pending " + unbuiltWriter + ") " + step.method()
                        + " " + step.path()
                        : "(needs a value from a pending step) " + step.method() + " " + step.path();
                earlierPending = true;
            } else if (!step.matches() && deviation.isEmpty() && beyondMedia.isEmpty()) {
                kind = StepVerdict.Kind.KNOWN_DIFFERENCE;
                detail = ExpectedDeviations.MEDIA_ANALYSIS_REASON;
            } else if (deviation.isPresent()) {
                boolean ok = deviation.get().check().test(line);
                kind = ok ? StepVerdict.Kind.DEVIATION : StepVerdict.Kind.FAIL;
                detail = deviation.get().code() + ": " + deviation.get().description()
                        + (ok ? "" : " — but Hydrant answered " + line.path("response"));
            } else if (step.matches()) {
                kind = StepVerdict.Kind.PASS;
                detail = "";
            } else if (rule.isPresent() && rule.get().covers(step.differences())) {
                boolean ok = rule.get().check().test(line);
                kind = ok ? StepVerdict.Kind.DEVIATION : StepVerdict.Kind.FAIL;
                detail = rule.get().code() + ": " + rule.get().description()
                        + (ok ? "" : " — but Hydrant answered " + line.path("response"));
            } else if (known.isPresent() && known.get().covers(step.differences())) {
                kind = StepVerdict.Kind.KNOWN_DIFFERENCE;
                detail = known.get().reason();
            } else {
                kind = StepVerdict.Kind.FAIL;
                detail = String.join("; ", step.differences());
            }
            out.add(new StepVerdict(kind, n, step.id(), step.method(), step.path(), detail));
        }
        return out;
    }

    /** Thumbnails and renders: the bytes depend on the encoder, not on the API. */
    private static final java.util.Set<String> ENCODED_IMAGE_PATHS = java.util.Set.of("/get_files/thumbnail",
            "/get_files/render");

    /**
     * The conformance README's rule 7: for thumbnails and renders only the status, headers, format and pixel size
     * are compared, never the body length (record.py's normaliser keeps it, so it is dropped here).
     */
    private static StepComparison withoutEncoderBytes(StepComparison step) {
        if (!ENCODED_IMAGE_PATHS.contains(step.path())) {
            return step;
        }
        List<String> kept = step.differences().stream().filter(d -> !d.startsWith("$.body.length:")).toList();
        return new StepComparison(step.n(), step.id(), step.method(), step.path(), kept);
    }

    private static boolean usesServerValues(JsonNode step) {
        String text = step.toString();
        return text.contains("\"file_id_of\"") || text.contains("\"file_ids_of\"") || text.contains("\"var\"")
                || text.contains("{{file_id:") || text.contains("{{var:") || text.contains("\"session_key\"")
                || text.contains("{{session_key}}");
    }

    private static String describe(List<StepVerdict> failures) {
        StringBuilder b = new StringBuilder();
        for (StepVerdict v : failures) {
            b.append("  step ").append(v.n()).append(" (").append(v.id()).append(") ").append(v.method()).append(' ')
                    .append(v.path()).append(": ").append(v.detail()).append('\n');
        }
        return b.toString();
    }

    @AfterAll
    void writeReport() throws IOException {
        Map<StepVerdict.Kind, Integer> totals = new EnumMap<>(StepVerdict.Kind.class);
        Map<String, Integer> pendingByEndpoint = new TreeMap<>();
        StringBuilder table = new StringBuilder("| scenario | steps | pass | deviation | known difference | pending | fail |\n|---|---|---|---|---|---|---|\n");
        StringBuilder details = new StringBuilder();
        for (var e : verdicts.entrySet()) {
            Map<StepVerdict.Kind, Integer> counts = new EnumMap<>(StepVerdict.Kind.class);
            for (StepVerdict v : e.getValue()) {
                counts.merge(v.kind(), 1, Integer::sum);
                totals.merge(v.kind(), 1, Integer::sum);
                if (v.kind() == StepVerdict.Kind.PENDING) {
                    pendingByEndpoint.merge(v.detail(), 1, Integer::sum);
                } else if (v.kind() != StepVerdict.Kind.PASS) {
                    details.append("- ").append(e.getKey()).append(" step ").append(v.n()).append(" (").append(v.id())
                            .append("): ").append(v.kind()).append(" — ").append(v.detail()).append('\n');
                }
            }
            table.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size());
            for (StepVerdict.Kind k : StepVerdict.Kind.values()) {
                table.append(" | ").append(counts.getOrDefault(k, 0));
            }
            table.append(" |\n");
        }
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder report = new StringBuilder("# Conformance report\n\n");
        report.append(String.format("%d steps: %d pass, %d deviation (D1–D7), %d known difference, %d pending, %d fail%n%n",
                all, totals.getOrDefault(StepVerdict.Kind.PASS, 0), totals.getOrDefault(StepVerdict.Kind.DEVIATION, 0),
                totals.getOrDefault(StepVerdict.Kind.KNOWN_DIFFERENCE, 0), totals.getOrDefault(StepVerdict.Kind.PENDING, 0),
                totals.getOrDefault(StepVerdict.Kind.FAIL, 0)));
        report.append(table).append("\n## Pending steps by endpoint\n\n");
        pendingByEndpoint.forEach((endpoint, count) -> report.append("- ").append(endpoint).append(": ").append(count).append('\n'));
        report.append("\n## Steps that are not a plain pass or pending\n\n").append(details);
        Path out = Path.of("target", "conformance-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report.substring(0, report.indexOf("## Pending")));
    }
}
