package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every scenario step that does not depend on a server answer is built into exactly the request record.py
 * recorded: same target byte for byte, same query/headers/auth/body record, and a body whose bytes are what
 * record.py's {@code json.dumps}/{@code cbor_dumps} produce for the recorded body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBuildingTest {

    static final String RECORDED_KEY = "d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57";
    private static final Set<String> SERVER_PLACEHOLDERS = Set.of("file_id_of", "file_ids_of", "session_key", "var");

    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();
    private final PythonJsonReader json = new PythonJsonReader();
    private final Map<String, Integer> checkedPerScenario = new HashMap<>();
    private Map<String, String> recordPyBodies;

    List<String> scenarios() {
        return shared.recordedScenarios();
    }

    @BeforeAll
    void encodeRecordedBodiesWithRecordPy() {
        RecordPy py = RecordPy.require(shared);
        String code = """
                import json
                out = {}
                for name, path in json.load(sys.stdin):
                    for l in open(path, encoding='utf-8'):
                        if not l.strip():
                            continue
                        d = json.loads(l)
                        r = d['request']
                        key = '%s#%s' % (name, d['n'])
                        if 'json' in r:
                            out[key] = json.dumps(r['json']).encode('utf-8').hex()
                        elif 'cbor' in r:
                            out[key] = record.cbor_dumps(r['cbor']).hex()
                print(json.dumps(out))
                """;
        var input = JsonNodeFactory.instance.arrayNode();
        scenarios().forEach(n -> input.addArray().add(n).add(shared.transcript(n).toString()));
        JsonNode out = json.readValid(py.eval(code, PythonJsonWriter.dumps(input)));
        recordPyBodies = new HashMap<>();
        out.fields().forEachRemaining(e -> recordPyBodies.put(e.getKey(), e.getValue().textValue()));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void independentStepsAreBuiltAsRecorded(String name) throws IOException {
        JsonNode scenario = json.readValid(Files.readString(shared.scenario(name)));
        Map<Integer, ObjectNode> recordedByN = new HashMap<>();
        Transcript.load(shared.transcript(name)).lines().forEach(l -> recordedByN.put(l.get("n").asInt(), l));

        ReplayState state = new ReplayState();
        MediaLibrary media = new MediaLibrary(shared.media());
        PlaceholderResolver resolver = new PlaceholderResolver(media, RECORDED_KEY, state,
                sha -> fail("a step thought independent of the server needed a file_id lookup"));
        RequestBuilder builder = new RequestBuilder(resolver, media, RECORDED_KEY, state);
        TranscriptRedactor redactor = new TranscriptRedactor(Map.of(media.dir(), "<media>"));
        JsonDiff strict = new JsonDiff(true, true, 20);

        int checked = 0;
        JsonNode steps = scenario.get("steps");
        for (int n = 0; n < steps.size(); n++) {
            JsonNode step = steps.get(n);
            if (!step.has("path") || dependsOnServer(step)) {
                continue;
            }
            ObjectNode recorded = recordedByN.get(n);
            assertThat(recorded).as("recorded step %d of %s", n, name).isNotNull();
            JsonNode recordedRequest = recorded.get("request");
            PreparedRequest built = builder.prepare(step);
            String where = name + " step " + n + " (" + step.path("id").asText() + ")";

            assertThat(built.target()).as("target of %s", where).isEqualTo(recordedRequest.get("target").textValue());
            ObjectNode redacted = redactor.apply(wrap(built.transcriptRequest()));
            assertThat(strict.diff(recordedRequest, redacted.get("request"))).as("request record of %s", where).isEmpty();
            assertThat(built.hiddenLookups()).isEmpty();

            String pyHex = recordPyBodies.get(name + "#" + n);
            if (built.bodyKind() != null && !built.bodyKind().equals("body")) {
                assertThat(pyHex).as("record.py body of %s", where).isNotNull();
                JsonNode redactedBody = redacted.get("request").get(built.bodyKind());
                byte[] ours = redactedBody.equals(built.bodyRecord()) ? built.body()
                        : built.bodyKind().equals("cbor") ? CborWriter.encode(redactedBody)
                        : PythonJsonWriter.dumps(redactedBody).getBytes(StandardCharsets.UTF_8);
                assertThat(HexFormat.of().formatHex(ours)).as("body bytes of %s", where).isEqualTo(pyHex);
            } else if (recordedRequest.has("body") && recordedRequest.get("body").has("raw")) {
                assertThat(new String(built.body(), StandardCharsets.UTF_8)).isEqualTo(recordedRequest.get("body").get("raw").textValue());
            } else if (recordedRequest.has("body")) {
                assertThat(ResponseDescriber.sha256(built.body())).isEqualTo(recordedRequest.get("body").get("sha256").textValue());
            } else {
                assertThat(built.body()).as("body of %s", where).isNull();
            }
            checked++;
        }
        checkedPerScenario.put(name, checked);
        assertThat(checked).as("independent steps of %s", name).isPositive();
    }

    @Test
    void theIndependentStepsAreNearlyAll() throws IOException {
        int independent = 0;
        int total = 0;
        for (String name : scenarios()) {
            JsonNode steps = json.readValid(Files.readString(shared.scenario(name))).get("steps");
            for (JsonNode step : steps) {
                total++;
                independent += step.has("path") && !dependsOnServer(step) ? 1 : 0;
            }
        }
        assertThat(total).isEqualTo(992);
        assertThat(independent).isEqualTo(956);
    }

    private static ObjectNode wrap(ObjectNode request) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.set("request", request);
        return line;
    }

    /** Uses a file_id, a session key or a saved variable, or authenticates with a session. */
    static boolean dependsOnServer(JsonNode step) {
        if (step.path("auth").asText("").startsWith("session-")) {
            return true;
        }
        return usesServerValue(step);
    }

    private static boolean usesServerValue(JsonNode v) {
        if (v.isObject()) {
            if (v.size() == 1 && SERVER_PLACEHOLDERS.contains(v.fieldNames().next())) {
                return true;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (usesServerValue(JsonNodeFactory.instance.textNode(e.getKey())) || usesServerValue(e.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (usesServerValue(x)) {
                    return true;
                }
            }
            return false;
        }
        if (v.isTextual()) {
            String s = v.textValue();
            return s.contains("{{file_id:") || s.contains("{{session_key}}") || s.contains("{{var:");
        }
        return false;
    }
}
