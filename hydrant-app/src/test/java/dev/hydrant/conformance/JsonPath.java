package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.math.BigInteger;

/**
 * record.py's {@code get_path}: a dotted path into a JSON value, list indexes as numbers (Python's
 * {@code int()}, so negative indexes count from the end). Anything missing is JSON null (Python's None).
 */
final class JsonPath {

    private JsonPath() {
    }

    static JsonNode get(JsonNode obj, String path) {
        JsonNode cur = obj == null ? NullNode.instance : obj;
        if (path == null || path.isEmpty()) {
            return cur;
        }
        for (String part : path.split("\\.", -1)) {
            if (cur.isArray()) {
                BigInteger i = PythonValues.parseInt(part);
                if (i == null || i.bitLength() > 31) {
                    return NullNode.instance;
                }
                int index = i.intValue() < 0 ? cur.size() + i.intValue() : i.intValue();
                if (index < 0 || index >= cur.size()) {
                    return NullNode.instance;
                }
                cur = cur.get(index);
            } else if (cur.isObject()) {
                JsonNode next = cur.get(part);
                cur = next == null ? NullNode.instance : next;
            } else {
                return NullNode.instance;
            }
        }
        return cur;
    }
}
