package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A port of record.py's {@code normalise_line}: reduces a transcript line to what a comparison looks at,
 * {@code {n, id, status, headers, json | cbor | body}}, with the volatile parts replaced:
 * <ul>
 *   <li>headers: {@code Date}, {@code Expires}, {@code Content-Length} dropped;</li>
 *   <li>numbers under timestamp keys (and in {@code time_modified_details}) within ±3 days of
 *       {@code recorded_at}: {@code "<now>"};</li>
 *   <li>64-hex values under key-like keys: {@code "<key#n>"};</li>
 *   <li>{@code file_id}, {@code file_ids}, {@code hash_ids}, {@code hash_ids_selected}: {@code "file:<16 hex>"}
 *       or {@code "<id#n>"};</li>
 *   <li>{@code note} times and ages, {@code traceback} and traceback-bearing {@code error} texts: last line;</li>
 *   <li>{@code job_statuses}: the sorted set of their field-name lists, without hydrus's start-up popup;</li>
 *   <li>potential-duplicate values, and whole {@code shape_only} steps: JSON type only;</li>
 *   <li>{@code file_ids}/{@code hashes} of set-compared sorts: sorted by {@code str()};</li>
 *   <li>bodies: length, content type, image, text and sha256 only.</li>
 * </ul>
 */
public final class TranscriptNormaliser {

    static final Set<String> TS_KEYS = Set.of("time_imported", "time_deleted", "time_modified", "time_archived",
            "earliest_import_time", "last_viewed_timestamp", "creation_time", "boot_time", "timestamp");
    static final Set<String> KEY_KEYS = Set.of("session_key", "access_key", "boot_id", "page_key", "key", "job_status_key");
    static final Set<String> DROP_HEADERS = Set.of("Date", "Expires", "Content-Length");
    static final Set<Integer> SET_SORTS = Set.of(3, 4, 9, 10, 11, 13, 17, 18, 19);
    static final List<String> SHAPE_ONLY = List.of("potential_duplicates_count", "potential_duplicate_pairs",
            "random_potential_duplicate_hashes");
    static final String HYDRUS_INTERNAL_POPUP = "initialising popup message manager";

    private static final Pattern NOTE_RE = Pattern.compile(
            "^file recognised: Imported at .*, which was .* before this check\\.$", Pattern.DOTALL | Pattern.UNIX_LINES);
    private static final Pattern TIME_RE = Pattern.compile(
            "\\p{Nd}{4}-\\p{Nd}{2}-\\p{Nd}{2} \\p{Nd}{2}:\\p{Nd}{2}:\\p{Nd}{2}");
    private static final Pattern AGE_RE = Pattern.compile("which was .*? before this check", Pattern.UNIX_LINES);
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final double THREE_DAYS = 3 * 86400;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Clock clock;

    public TranscriptNormaliser() {
        this(Clock.systemUTC());
    }

    /** @param clock stands in for {@code time.time()} when a line has no {@code recorded_at} */
    public TranscriptNormaliser(Clock clock) {
        this.clock = clock;
    }

    /** Normalises every line of one transcript in order, with a context learned from all of them. */
    public List<ObjectNode> normaliseAll(List<? extends JsonNode> lines) {
        NormalisationContext ctx = NormalisationContext.learnedFrom(lines);
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode line : lines) {
            out.add(normalise(line, ctx));
        }
        return out;
    }

    public ObjectNode normalise(JsonNode line, NormalisationContext ctx) {
        JsonNode recordedAtNode = line.get("recorded_at");
        double recordedAt = PythonValues.truthy(recordedAtNode) && recordedAtNode.isNumber()
                ? recordedAtNode.doubleValue() : epochSeconds(clock.instant());
        Walk walk = new Walk(ctx, recordedAt);
        JsonNode resp = line.get("response");

        ObjectNode out = NODES.objectNode();
        out.set("n", copy(line.get("n")));
        out.set("id", copy(line.get("id")));
        out.set("status", copy(resp.get("status")));
        ObjectNode headers = out.putObject("headers");
        JsonNode respHeaders = resp.get("headers");
        for (Iterator<Map.Entry<String, JsonNode>> it = respHeaders.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!DROP_HEADERS.contains(e.getKey())) {
                headers.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        JsonNode req = line.has("request") ? line.get("request") : NODES.objectNode();

        if (resp.has("json")) {
            JsonNode j = resp.get("json");
            if (j.isObject()) {
                ObjectNode top = ((ObjectNode) j).deepCopy();
                JsonNode popups = top.get("job_statuses");
                if (popups != null && popups.isArray()) {
                    top.set("job_statuses", popupShapes(popups));
                }
                for (String k : SHAPE_ONLY) {
                    if (top.has(k)) {
                        top.put(k, shape(top.get(k)));
                    }
                }
                j = top;
            }
            JsonNode walked = walk.value(j);
            if (PythonValues.truthy(line.get("shape_only")) && walked.isObject()) {
                ObjectNode shapes = NODES.objectNode();
                walked.fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getValue())));
                walked = shapes;
            }
            Integer sortType = fileSortType(req.get("query"));
            if (sortType != null && SET_SORTS.contains(sortType) && walked.isObject()) {
                for (String k : List.of("file_ids", "hashes")) {
                    JsonNode list = walked.get(k);
                    if (list != null && list.isArray()) {
                        ((ObjectNode) walked).set(k, sortedByStr(list));
                    }
                }
            }
            out.set("json", walked);
        } else if (resp.has("cbor")) {
            out.set("cbor", walk.value(resp.get("cbor")));
        } else {
            JsonNode b = resp.has("body") ? resp.get("body") : NODES.objectNode();
            ObjectNode body = out.putObject("body");
            for (String k : List.of("length", "content_type", "image", "text", "sha256")) {
                if (b.has(k)) {
                    body.set(k, b.get(k).deepCopy());
                }
            }
        }
        return out;
    }

    /** The per-line part of {@code normalise_line}: {@code walk} with its {@code ts}, {@code fid} and {@code key_alias}. */
    private record Walk(NormalisationContext ctx, double recordedAt) {

        JsonNode value(JsonNode o) {
            if (o.isObject()) {
                ObjectNode r = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    r.set(e.getKey(), field(e.getKey(), e.getValue()));
                }
                return r;
            }
            if (o.isArray()) {
                ArrayNode r = NODES.arrayNode();
                for (JsonNode x : o) {
                    r.add(value(x));
                }
                return r;
            }
            return o.deepCopy();
        }

        private JsonNode field(String k, JsonNode v) {
            if (TS_KEYS.contains(k) && !v.isContainerNode()) {
                return ts(v);
            }
            if (k.equals("time_modified_details") && v.isObject()) {
                ObjectNode r = NODES.objectNode();
                v.fields().forEachRemaining(e -> r.set(e.getKey(), ts(e.getValue())));
                return r;
            }
            if (KEY_KEYS.contains(k) && v.isTextual() && HEX64.matcher(v.textValue()).matches()) {
                return NODES.textNode(ctx.keyAlias(v.textValue()));
            }
            if (k.equals("file_id")) {
                return fid(v);
            }
            if ((k.equals("file_ids") || k.equals("hash_ids") || k.equals("hash_ids_selected")) && v.isArray()) {
                ArrayNode r = NODES.arrayNode();
                v.forEach(x -> r.add(fid(x)));
                return r;
            }
            if (k.equals("note") && v.isTextual() && NOTE_RE.matcher(v.textValue()).lookingAt()) {
                return NODES.textNode("file recognised: Imported at <time>, which was <age> before this check.");
            }
            if (k.equals("note") && v.isTextual()) {
                String s = TIME_RE.matcher(v.textValue()).replaceAll("<time>");
                return NODES.textNode(AGE_RE.matcher(s).replaceAll("which was <age> before this check"));
            }
            if (k.equals("traceback") && v.isTextual()) {
                String stripped = PythonText.strip(v.textValue());
                return NODES.textNode(stripped.isEmpty() ? v.textValue() : PythonText.lastLine(stripped));
            }
            if (k.equals("error") && v.isTextual() && v.textValue().contains("Traceback")) {
                return NODES.textNode(PythonText.lastLine(PythonText.strip(v.textValue())));
            }
            return value(v);
        }

        private JsonNode ts(JsonNode v) {
            if (v.isNumber() && Math.abs(v.doubleValue() - recordedAt) < THREE_DAYS) {
                return NODES.textNode("<now>");
            }
            return v.deepCopy();
        }

        private JsonNode fid(JsonNode v) {
            if (v.isIntegralNumber() || v.isBoolean()) {
                JsonNode hash = ctx.hashOf(v);
                if (hash != null) {
                    return NODES.textNode("file:" + PythonText.head(PythonValues.str(hash), 16));
                }
                return NODES.textNode(ctx.idAlias(v));
            }
            return v.deepCopy();
        }
    }

    /** {@code sorted({json.dumps(sorted(p.keys())) for p in kept})} for a {@code job_statuses} list. */
    private static ArrayNode popupShapes(JsonNode popups) {
        TreeSet<String> shapes = new TreeSet<>(PythonText.CODE_POINT_ORDER);
        for (JsonNode p : popups) {
            JsonNode nice = p.isObject() ? p.get("nice_string") : null;
            String niceText = nice == null ? "" : PythonValues.str(nice);
            if (niceText.startsWith(HYDRUS_INTERNAL_POPUP)) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            p.fieldNames().forEachRemaining(keys::add);
            keys.sort(PythonText.CODE_POINT_ORDER);
            ArrayNode keyList = NODES.arrayNode();
            keys.forEach(keyList::add);
            shapes.add(PythonJsonWriter.dumps(keyList));
        }
        ArrayNode r = NODES.arrayNode();
        shapes.forEach(r::add);
        return r;
    }

    /** {@code int(q.get('file_sort_type'))}, or null when absent, None or not convertible. */
    private static Integer fileSortType(JsonNode query) {
        if (query == null || !query.isObject()) {
            return null;
        }
        JsonNode v = query.get("file_sort_type");
        if (v == null || v.isNull()) {
            return null;
        }
        BigInteger i = PythonValues.toInt(v);
        return i == null || i.bitLength() > 31 ? null : i.intValue();
    }

    private static ArrayNode sortedByStr(JsonNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        items.sort(Comparator.comparing(PythonValues::str, PythonText.CODE_POINT_ORDER));
        ArrayNode r = NODES.arrayNode();
        items.forEach(r::add);
        return r;
    }

    /** record.py's {@code shape}. */
    static String shape(JsonNode v) {
        if (v.isBoolean()) {
            return "<bool>";
        }
        if (v.isNumber()) {
            return "<number>";
        }
        if (v.isTextual()) {
            return "<str>";
        }
        if (v.isArray()) {
            return "<list>";
        }
        if (v.isObject()) {
            return "<object>";
        }
        return "<null>";
    }

    private static JsonNode copy(JsonNode v) {
        return v == null ? NODES.nullNode() : v.deepCopy();
    }

    private static double epochSeconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
