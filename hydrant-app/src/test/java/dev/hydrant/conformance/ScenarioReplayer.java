package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Replays a scenario file against a running server and returns one transcript line per step, in
 * record.py's transcript format ({@code id, comment, request, response, elapsed_s, recorded_at,
 * poll_attempts?, hidden_lookups?, shape_only?, expect_status?, unexpected_status?, n}).
 *
 * <p>Each {@link #replay} starts from nothing learned, like one {@code record.py run}: file ids and session
 * keys are learned from the responses of that replay only. Steps holding only {@code sleep} wait and produce
 * no line; {@code n} is the step's index in the scenario.
 */
public final class ScenarioReplayer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ReplayTarget target;
    private final RawHttpClient http;
    private final Sleeper sleeper;
    private final Clock clock;
    private final WireRequestEncoder wire;
    private final ResponseDescriber describer = new ResponseDescriber();
    private final PythonJsonReader json = new PythonJsonReader();
    private final java.util.function.Predicate<JsonNode> pollIsHopeless;

    public ScenarioReplayer(ReplayTarget target) {
        this(target, Sleeper.real(), Clock.systemUTC());
    }

    public ScenarioReplayer(ReplayTarget target, Sleeper sleeper, Clock clock) {
        this(target, sleeper, clock, response -> false);
    }

    /**
     * @param pollIsHopeless stops a {@code poll} step early when its response (the described {@code response}
     *                       object) can never meet the condition, e.g. an endpoint the server does not implement
     */
    public ScenarioReplayer(ReplayTarget target, Sleeper sleeper, Clock clock,
                            java.util.function.Predicate<JsonNode> pollIsHopeless) {
        this.pollIsHopeless = pollIsHopeless;
        this.target = target;
        this.http = new RawHttpClient(target.timeout());
        this.sleeper = sleeper;
        this.clock = clock;
        this.wire = new WireRequestEncoder(target.host(), target.port());
    }

    /** Replays a scenario file ({@code scenarios/NAME.json}). */
    public List<ObjectNode> replay(Path scenarioFile) throws IOException {
        return replay(json.readValid(Files.readString(scenarioFile)));
    }

    /** Replays a parsed scenario ({@code {"name", "steps": [...]}}). */
    public List<ObjectNode> replay(JsonNode scenario) {
        ReplayState state = new ReplayState();
        MediaLibrary media = new MediaLibrary(target.mediaDir());
        PlaceholderResolver resolver = new PlaceholderResolver(media, target.accessKey(), state, this::lookUpFileId);
        RequestBuilder builder = new RequestBuilder(resolver, media, target.accessKey(), state);
        List<ObjectNode> lines = new ArrayList<>();
        JsonNode steps = scenario.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (step.has("sleep") && !step.has("path")) {
                pause(seconds(step.get("sleep")));
                continue;
            }
            ObjectNode line = runStep(step, builder.prepare(step), state);
            line.put("n", i);
            lines.add(line);
        }
        return lines;
    }

    /** Sends one prepared step (polling if asked), learns from the answer and builds its transcript line. */
    ObjectNode runStep(JsonNode step, PreparedRequest request, ReplayState state) {
        if (PythonValues.truthy(step.get("sleep_before"))) {
            pause(seconds(step.get("sleep_before")));
        }
        JsonNode pollNode = step.get("poll");
        PollCondition poll = PythonValues.truthy(pollNode) ? PollCondition.of(pollNode) : null;
        int attempts = 0;
        long pollStart = System.nanoTime();
        ObjectNode resp;
        double recordedAt;
        double elapsed;
        while (true) {
            attempts++;
            recordedAt = epochSeconds(clock.instant());
            long t0 = System.nanoTime();
            RawHttpResponse r = send(request);
            elapsed = (System.nanoTime() - t0) / 1e9;
            resp = describer.describe(r);
            if (poll == null) {
                break;
            }
            if (poll.isMetBy(resp.get("json")) || (System.nanoTime() - pollStart) / 1e9 > poll.timeoutSeconds()
                    || pollIsHopeless.test(resp)) {
                break;
            }
            pause(poll.interval());
        }
        if (resp.has("json")) {
            state.learn(resp.get("json"));
        } else if (resp.has("cbor")) {
            state.learn(resp.get("cbor"));
        }
        JsonNode keysOnly = step.get("json_keys_only");
        if (keysOnly != null && !keysOnly.isNull() && resp.has("json") && resp.get("json").isObject()) {
            resp.set("json", keySummary(resp.get("json"), keysOnly));
            resp.put("json_summarised", true);
        }
        if (step.has("save")) {
            JsonNode source = resp.has("json") ? resp.get("json") : resp.get("cbor");
            for (Iterator<Map.Entry<String, JsonNode>> it = step.get("save").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = e.getValue().isNull() ? null : e.getValue().asText();
                state.saveVar(e.getKey(), JsonPath.get(source, p).deepCopy());
            }
        }

        ObjectNode line = NODES.objectNode();
        line.set("id", copyOrNull(step.get("id")));
        line.set("comment", copyOrNull(step.get("comment")));
        line.set("request", request.transcriptRequest());
        line.set("response", resp);
        line.put("elapsed_s", round3(elapsed));
        line.put("recorded_at", round3(recordedAt));
        if (poll != null) {
            line.put("poll_attempts", attempts);
        }
        if (!request.hiddenLookups().isEmpty()) {
            ArrayNode lookups = line.putArray("hidden_lookups");
            request.hiddenLookups().forEach(lookups::add);
        }
        if (PythonValues.truthy(step.get("shape_only"))) {
            line.put("shape_only", true);
        }
        if (step.has("expect_status")) {
            JsonNode expected = step.get("expect_status");
            line.set("expect_status", expected.deepCopy());
            if (!PythonValues.equal(expected, resp.get("status"))) {
                line.put("unexpected_status", true);
            }
        }
        return line;
    }

    private RawHttpResponse send(PreparedRequest request) {
        try {
            return http.send(target.host(), target.port(), wire.encode(request));
        } catch (WireRequestEncoder.RequestRejected e) {
            return RawHttpResponse.noResponse("no response: " + e.getMessage());
        }
    }

    /** record.py's hidden lookup: {@code GET /get_files/file_metadata?hash=…&only_return_identifiers=true}. */
    private JsonNode lookUpFileId(String sha256) {
        ObjectNode headers = NODES.objectNode();
        headers.put(RequestBuilder.ACCESS_KEY_HEADER, target.accessKey());
        String t = "/get_files/file_metadata?hash=" + QueryStringEncoder.quote(sha256) + "&only_return_identifiers=true";
        RawHttpResponse r;
        try {
            r = http.send(target.host(), target.port(), wire.encode("GET", t, headers, null));
        } catch (WireRequestEncoder.RequestRejected e) {
            return null;
        }
        try {
            JsonNode id = JsonPath.get(json.read(r.body()), "metadata.0.file_id");
            return id.isNull() ? null : id;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** {@code {"$top_level_keys": [...], "$keys_of.<path>": [...]}} for {@code json_keys_only}. */
    private static ObjectNode keySummary(JsonNode j, JsonNode paths) {
        ObjectNode summary = NODES.objectNode();
        summary.set("$top_level_keys", keys(j));
        List<String> ps = new ArrayList<>();
        if (paths.isArray()) {
            paths.forEach(p -> ps.add(p.isNull() ? null : p.asText()));
        } else if (paths.isTextual()) {
            paths.textValue().codePoints().forEach(cp -> ps.add(new String(Character.toChars(cp))));
        }
        for (String p : ps) {
            JsonNode v = JsonPath.get(j, p);
            if (v.isObject()) {
                summary.set("$keys_of." + (p == null ? "None" : p), keys(v));
            }
        }
        return summary;
    }

    private static ArrayNode keys(JsonNode obj) {
        ArrayNode a = NODES.arrayNode();
        obj.fieldNames().forEachRemaining(a::add);
        return a;
    }

    private void pause(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        }
    }

    private static Duration seconds(JsonNode v) {
        return Duration.ofNanos((long) (v.asDouble() * 1e9));
    }

    private static JsonNode copyOrNull(JsonNode v) {
        return v == null ? NODES.nullNode() : v.deepCopy();
    }

    private static double epochSeconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    /** Python's {@code round(x, 3)}: the exact binary value rounded half-even to 3 decimals. */
    static double round3(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double r = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, x) : r;
    }
}
