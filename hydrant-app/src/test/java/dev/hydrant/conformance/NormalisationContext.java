package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * record.py's normalisation {@code ctx} for one transcript: the file_id to hash pairs found in any JSON
 * response of the transcript (learned up front, as {@code load_with_ctx} does), and the aliases handed out
 * so far to 64-hex keys ({@code <key#n>}) and to ids with no known hash ({@code <id#n>}), numbered by first
 * appearance while the lines are normalised in order. Ids are Python dict keys: {@code 1}, {@code 1.0} and
 * {@code true} are the same id.
 */
public final class NormalisationContext {

    private final Map<Object, JsonNode> idToHash = new HashMap<>();
    private final Map<String, String> keyAliases = new HashMap<>();
    private final Map<Object, String> idAliases = new HashMap<>();

    /** A context that has learned every id/hash pair from the JSON responses of these lines. */
    public static NormalisationContext learnedFrom(List<? extends JsonNode> lines) {
        NormalisationContext ctx = new NormalisationContext();
        for (JsonNode line : lines) {
            JsonNode resp = line.get("response");
            if (resp == null) {
                throw new IllegalArgumentException("a transcript line has no response: n=" + line.get("n"));
            }
            ctx.learn(resp.get("json"));
        }
        return ctx;
    }

    private void learn(JsonNode o) {
        if (o == null) {
            return;
        }
        if (o.isObject()) {
            JsonNode hash = o.get("hash");
            JsonNode fileId = o.get("file_id");
            if (hash != null && hash.isTextual() && fileId != null && (fileId.isIntegralNumber() || fileId.isBoolean())) {
                idToHash.put(PythonValues.dictKey(fileId), hash);
            }
            JsonNode hashes = o.get("hashes");
            JsonNode fileIds = o.get("file_ids");
            if (hashes != null && hashes.isArray() && fileIds != null && fileIds.isArray() && hashes.size() == fileIds.size()) {
                for (int i = 0; i < hashes.size(); i++) {
                    Object key = PythonValues.dictKey(fileIds.get(i));
                    if (key != null) {
                        idToHash.put(key, hashes.get(i));
                    }
                }
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                learn(it.next());
            }
        } else if (o.isArray()) {
            for (JsonNode x : o) {
                learn(x);
            }
        }
    }

    /** The hash known for an int (or bool) file id, or null. */
    JsonNode hashOf(JsonNode intId) {
        return idToHash.get(PythonValues.dictKey(intId));
    }

    /** {@code <key#n>} for a 64-hex key, numbered by first appearance. */
    String keyAlias(String key) {
        return keyAliases.computeIfAbsent(key, k -> "<key#" + (keyAliases.size() + 1) + ">");
    }

    /** {@code <id#n>} for an int id with no known hash, numbered by first appearance. */
    String idAlias(JsonNode intId) {
        return idAliases.computeIfAbsent(PythonValues.dictKey(intId), k -> "<id#" + (idAliases.size() + 1) + ">");
    }
}
