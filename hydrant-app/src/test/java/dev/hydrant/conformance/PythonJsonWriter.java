package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON text exactly as Python's {@code json.dumps(obj)} does with its default separators
 * ({@code ", "} and {@code ": "}): floats as {@code float.__repr__}, {@code NaN}/{@code Infinity}, and with
 * {@code ensure_ascii=True} every character outside {@code ' '..'~'} as a lower-case {@code \\uXXXX} escape
 * (astral characters as surrogate pairs). record.py builds request bodies and JSON-valued query parameters
 * with {@code ensure_ascii=True} and writes transcript lines with {@code ensure_ascii=False}.
 */
final class PythonJsonWriter {

    private PythonJsonWriter() {
    }

    /** {@code json.dumps(v)}. */
    static String dumps(JsonNode v) {
        return dumps(v, true);
    }

    /** {@code json.dumps(v, ensure_ascii=ensureAscii)}. */
    static String dumps(JsonNode v, boolean ensureAscii) {
        StringBuilder sb = new StringBuilder();
        write(v, ensureAscii, sb);
        return sb.toString();
    }

    private static void write(JsonNode v, boolean ensureAscii, StringBuilder sb) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            sb.append("null");
        } else if (v.isBoolean()) {
            sb.append(v.booleanValue() ? "true" : "false");
        } else if (v.isIntegralNumber()) {
            sb.append(v.bigIntegerValue());
        } else if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isNaN(d)) {
                sb.append("NaN");
            } else if (Double.isInfinite(d)) {
                sb.append(d > 0 ? "Infinity" : "-Infinity");
            } else {
                sb.append(PythonValues.floatRepr(d));
            }
        } else if (v.isTextual()) {
            writeString(v.textValue(), ensureAscii, sb);
        } else if (v.isArray()) {
            sb.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(v.get(i), ensureAscii, sb);
            }
            sb.append(']');
        } else if (v.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                writeString(e.getKey(), ensureAscii, sb);
                sb.append(": ");
                write(e.getValue(), ensureAscii, sb);
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("Object of type " + v.getNodeType() + " is not JSON serializable");
        }
    }

    static void writeString(String s, boolean ensureAscii, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > '~')) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
