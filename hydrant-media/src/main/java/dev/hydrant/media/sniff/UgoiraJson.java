package dev.hydrant.media.sniff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;

/**
 * The ugoira test on a zip's {@code animation.json}, as hydrus evaluates it in Python: the frames are the
 * document itself when it is a list, else its {@code frames} member; there must be at least one, and
 * every frame must "contain" both {@code delay} and {@code file} in Python's sense of {@code in} (a key
 * of an object, an element of a list, a substring of a string).
 */
final class UgoiraJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(990).build())
            .build());

    private UgoiraJson() {
    }

    /**
     * {@code TRUE} when the frames pass, {@code FALSE} when they are present and fail, {@code null} when
     * hydrus's test would not apply or would raise (missing file, bad JSON, frames of the wrong kind); in
     * both of the latter cases hydrus goes on to its file-name test.
     */
    static Boolean framesLookValid(byte[] json) {
        if (json == null) {
            return null;
        }
        JsonNode root;
        try {
            int start = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB
                    && (json[2] & 0xFF) == 0xBF ? 3 : 0;
            root = MAPPER.readTree(json, start, json.length - start);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        if (root == null) {
            return null;
        }
        JsonNode frames;
        if (root.isArray()) {
            frames = root;
        } else if (root.isObject() && root.has("frames")) {
            frames = root.get("frames");
        } else {
            return null;
        }
        Iterator<?> items;
        if (frames.isArray()) {
            items = frames.elements();
        } else if (frames.isObject()) {
            items = frames.fieldNames();
        } else if (frames.isTextual()) {
            items = frames.asText().codePoints().mapToObj(Character::toString).iterator();
        } else {
            return null;
        }
        if (!items.hasNext()) {
            return false;
        }
        while (items.hasNext()) {
            Boolean ok = containsBoth(items.next());
            if (ok == null) {
                return null;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Boolean containsBoth(Object frame) {
        Boolean delay = pythonIn("delay", frame);
        if (delay == null) {
            return null;
        }
        if (!delay) {
            return false;
        }
        return pythonIn("file", frame);
    }

    /** Python's {@code needle in value}; null where Python raises TypeError. */
    private static Boolean pythonIn(String needle, Object value) {
        if (value instanceof String s) {
            return s.contains(needle);
        }
        JsonNode node = (JsonNode) value;
        if (node.isObject()) {
            return node.has(needle);
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isTextual() && element.asText().equals(needle)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isTextual()) {
            return node.asText().contains(needle);
        }
        return null;
    }
}
