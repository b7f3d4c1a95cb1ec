package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What one replay of one scenario has learned so far: hash to file_id pairs and the last session key seen
 * in any response, the variables saved by steps, and the media names looked up behind the scenes while
 * preparing the current step.
 */
final class ReplayState {

    private final Map<String, JsonNode> hashToId = new HashMap<>();
    private final Map<String, JsonNode> vars = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private JsonNode lastSessionKey;

    JsonNode fileIdOf(String sha256) {
        return hashToId.get(sha256);
    }

    void rememberFileId(String sha256, JsonNode fileId) {
        hashToId.put(sha256, fileId);
    }

    /** A saved variable, or null (Python's None) when it was never saved. */
    JsonNode var(String name) {
        return vars.get(name);
    }

    void saveVar(String name, JsonNode value) {
        vars.put(name, value);
    }

    /** The last session key seen, or null. */
    JsonNode lastSessionKey() {
        return lastSessionKey;
    }

    void noteLookup(String mediaName) {
        lookups.add(mediaName);
    }

    /** The hidden lookups made since the last call, and forgets them. */
    List<String> takeLookups() {
        List<String> r = List.copyOf(lookups);
        lookups.clear();
        return r;
    }

    /**
     * record.py's {@code learn}: every object carrying a string {@code hash} and an int {@code file_id}, every
     * object with equally long {@code hashes} and {@code file_ids} lists, and every string {@code session_key}.
     */
    void learn(JsonNode obj) {
        if (obj == null) {
            return;
        }
        if (obj.isObject()) {
            JsonNode hash = obj.get("hash");
            JsonNode fileId = obj.get("file_id");
            if (hash != null && hash.isTextual() && fileId != null && (fileId.isIntegralNumber() || fileId.isBoolean())) {
                hashToId.put(hash.textValue(), fileId);
            }
            JsonNode hashes = obj.get("hashes");
            JsonNode fileIds = obj.get("file_ids");
            if (hashes != null && hashes.isArray() && fileIds != null && fileIds.isArray() && hashes.size() == fileIds.size()) {
                for (int i = 0; i < hashes.size(); i++) {
                    if (hashes.get(i).isTextual()) {
                        hashToId.put(hashes.get(i).textValue(), fileIds.get(i));
                    }
                }
            }
            JsonNode session = obj.get("session_key");
            if (session != null && session.isTextual()) {
                lastSessionKey = session;
            }
            for (Iterator<JsonNode> it = obj.elements(); it.hasNext(); ) {
                learn(it.next());
            }
        } else if (obj.isArray()) {
            for (JsonNode x : obj) {
                learn(x);
            }
        }
    }
}
