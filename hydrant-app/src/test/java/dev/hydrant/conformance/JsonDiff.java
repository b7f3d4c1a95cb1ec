package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * record.py's {@code diff}: walks two JSON values and words each difference with its path
 * ({@code $.json.metadata[0].size}). Objects report missing and unexpected keys, lists their length and
 * then element by element, scalars {@code expected X, got Y} with Python's JSON text cut to 200 characters.
 * Unordered mode visits keys in sorted order (record.py's {@code unordered}); ordered mode visits them as
 * they come and also reports a different order of the common keys. Collection stops once
 * {@code limit} differences are reached, at the same points as record.py.
 */
final class JsonDiff {

    private final boolean orderedKeys;
    private final boolean distinguishNumberTypes;
    private final int limit;

    JsonDiff(boolean orderedKeys, boolean distinguishNumberTypes, int limit) {
        this.orderedKeys = orderedKeys;
        this.distinguishNumberTypes = distinguishNumberTypes;
        this.limit = limit;
    }

    List<String> diff(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff(expected, actual, "$", out);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private void diff(JsonNode a, JsonNode b, String path, List<String> out) {
        if (out.size() >= limit) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            List<String> aKeys = keys(a);
            List<String> bKeys = keys(b);
            if (orderedKeys && !path.equals("$.headers")) {
                List<String> commonInA = aKeys.stream().filter(b::has).toList();
                List<String> commonInB = bKeys.stream().filter(a::has).toList();
                if (!commonInA.equals(commonInB)) {
                    out.add(path + ": key order " + PythonJsonWriter.dumps(texts(commonInA)) + " != "
                            + PythonJsonWriter.dumps(texts(commonInB)));
                }
            }
            List<String> visit = new ArrayList<>(aKeys);
            bKeys.stream().filter(k -> !a.has(k)).forEach(visit::add);
            for (String k : visit) {
                if (!b.has(k)) {
                    out.add(path + "." + k + ": missing in actual");
                } else if (!a.has(k)) {
                    out.add(path + "." + k + ": unexpected in actual");
                } else {
                    diff(a.get(k), b.get(k), path + "." + k, out);
                }
            }
        } else if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": list length " + a.size() + " != " + b.size());
            }
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                diff(a.get(i), b.get(i), path + "[" + i + "]", out);
            }
        } else if (!same(a, b)) {
            out.add(path + ": expected " + PythonText.head(PythonJsonWriter.dumps(a), 200)
                    + ", got " + PythonText.head(PythonJsonWriter.dumps(b), 200));
        }
    }

    private boolean same(JsonNode a, JsonNode b) {
        if (distinguishNumberTypes && PythonValues.isNumeric(a) && PythonValues.isNumeric(b)
                && numberKind(a) != numberKind(b)) {
            return false;
        }
        return PythonValues.equal(a, b);
    }

    /** 0 bool, 1 int, 2 float. */
    private static int numberKind(JsonNode v) {
        return v.isBoolean() ? 0 : v.isIntegralNumber() ? 1 : 2;
    }

    private List<String> keys(JsonNode o) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        if (!orderedKeys) {
            keys.sort(PythonText.CODE_POINT_ORDER);
        }
        return keys;
    }

    private static ArrayNode texts(List<String> keys) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        keys.forEach(a::add);
        return a;
    }
}
