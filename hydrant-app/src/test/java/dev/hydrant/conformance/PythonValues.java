package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * Python 3's value semantics over JSON trees, as record.py experiences them after {@code json.loads}:
 * {@code str()} and {@code repr()}, the shortest round-tripping {@code float.__repr__}, {@code int()} of
 * text, {@code ==} (where {@code 1 == 1.0 == True}) and the ordering operators (None for a TypeError).
 */
final class PythonValues {

    private PythonValues() {
    }

    // ------------------------------------------------------------------------------------ str / repr

    /** Python's {@code str(v)} of a value loaded from JSON. */
    static String str(JsonNode v) {
        return v.isTextual() ? v.textValue() : repr(v);
    }

    /** Python's {@code repr(v)} of a value loaded from JSON. */
    static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        if (v.isTextual()) {
            return strRepr(v.textValue());
        }
        if (v.isBinary()) {
            try {
                return bytesRepr(v.binaryValue());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (v.isArray()) {
            sb.append('[');
            for (int i = 0; i < v.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(repr(v.get(i)));
            }
            return sb.append(']').toString();
        }
        sb.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(first ? "" : ", ").append(strRepr(e.getKey())).append(": ").append(repr(e.getValue()));
            first = false;
        }
        return sb.append('}').toString();
    }

    /** Python's {@code repr(s)} of a str. */
    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.append(quote).toString();
    }

    /** Python's {@code repr(b)} of bytes. */
    static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one non-ASCII code point. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code repr(float)}: the shortest decimal that reads back as the same double. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDecimal(d).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = decpt - 1;
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static BigDecimal shortestDecimal(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(p, mode));
                if (Double.parseDouble(candidate.toString()) != d) {
                    continue;
                }
                if (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    // ------------------------------------------------------------------------------------ int()

    /** Python's {@code int(s)} of a str, or null where Python raises ValueError. */
    static BigInteger parseInt(String s) {
        String t = PythonText.strip(s);
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastWasDigit = false;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            int digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
                lastWasDigit = true;
            } else if (cp == '_' && lastWasDigit) {
                lastWasDigit = false;
            } else {
                return null;
            }
            i += Character.charCount(cp);
        }
        if (digits.isEmpty() || !lastWasDigit) {
            return null;
        }
        BigInteger v = new BigInteger(digits.toString());
        return negative ? v.negate() : v;
    }

    /** Python's {@code int(v)} of a value loaded from JSON, or null where Python raises TypeError/ValueError. */
    static BigInteger toInt(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d).toBigInteger() : null;
        }
        if (v.isTextual()) {
            return parseInt(v.textValue());
        }
        return null;
    }

    // ------------------------------------------------------------------------------------ truth, == and <

    /** Python's {@code bool(v)}; an absent value is None, so false. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0 || (v.isIntegralNumber() && v.bigIntegerValue().signum() != 0);
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    static boolean isNumeric(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    /** An exact value for an int, bool or finite float; null for nan and infinities. */
    static BigDecimal exactNumber(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v.isIntegralNumber()) {
            return new BigDecimal(v.bigIntegerValue());
        }
        double d = v.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(d) : null;
    }

    /** Python's {@code a == b}. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (isNumeric(a) && isNumeric(b)) {
            Integer c = compareNumbers(a, b);
            return c != null && c == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isNull() && b.isNull()) {
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = b.get(e.getKey());
                if (other == null || !equal(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Python's ordering of two values: negative, zero or positive; null where Python raises TypeError or nan is involved. */
    static Integer compare(JsonNode a, JsonNode b) {
        if (isNumeric(a) && isNumeric(b)) {
            return compareNumbers(a, b);
        }
        if (a.isTextual() && b.isTextual()) {
            return Integer.signum(PythonText.compareCodePoints(a.textValue(), b.textValue()));
        }
        if (a.isArray() && b.isArray()) {
            int n = Math.min(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return compare(a.get(i), b.get(i));
                }
            }
            return Integer.compare(a.size(), b.size());
        }
        return null;
    }

    private static Integer compareNumbers(JsonNode a, JsonNode b) {
        BigDecimal x = exactNumber(a);
        BigDecimal y = exactNumber(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        double dx = a.isBoolean() ? (a.booleanValue() ? 1 : 0) : a.doubleValue();
        double dy = b.isBoolean() ? (b.booleanValue() ? 1 : 0) : b.doubleValue();
        if (Double.isNaN(dx) || Double.isNaN(dy)) {
            return null;
        }
        return Double.compare(dx, dy);
    }

    // ------------------------------------------------------------------------------------ dict keys

    /**
     * A Java key that is equal exactly when Python's dict keys would be ({@code 1}, {@code 1.0} and {@code True}
     * are one key); null for an unhashable value (list, dict).
     */
    static Object dictKey(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return DictKey.NONE;
        }
        if (isNumeric(v)) {
            BigDecimal exact = exactNumber(v);
            if (exact == null) {
                return new DictKey("float", Double.toString(v.doubleValue()));
            }
            return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0
                    ? new DictKey("number", exact.toBigInteger().toString())
                    : new DictKey("number", exact.stripTrailingZeros().toPlainString());
        }
        if (v.isTextual()) {
            return new DictKey("str", v.textValue());
        }
        return null;
    }

    private record DictKey(String kind, String value) {
        static final DictKey NONE = new DictKey("none", "");
    }
}
