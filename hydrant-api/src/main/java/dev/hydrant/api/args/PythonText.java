package dev.hydrant.api.args;

import dev.hydrant.core.ByteKey;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Formats decoded request values the way Python's {@code str()} does, because hydrus's error messages embed
 * values that way ({@code ['a']}, {@code None}, {@code True}, {@code <class 'int'>}).
 */
public final class PythonText {
    private PythonText() {
    }

    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return repr(value);
    }

    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d) {
            return floatRepr(d);
        }
        if (value instanceof ByteKey k) {
            return "b'" + k.hex() + "'";
        }
        if (value instanceof List<?> list) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            list.forEach(x -> j.add(repr(x)));
            return j.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> j.add(repr(k) + ": " + repr(v)));
            return j.toString();
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        boolean useDouble = s.contains("'") && !s.contains("\"");
        char q = useDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(q).toString();
    }

    /** Python's {@code str.isprintable()} for one non-ASCII code point: not a control, format, surrogate, private, unassigned or separator. */
    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * Python's repr of a float: the shortest digits that read back as the same double, in fixed notation when
     * the decimal exponent is from -4 to 15 (always with a decimal point), otherwise as {@code 1.5e+300}.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        // Double.toString gives the shortest round-tripping digits, as Python's repr does
        java.math.BigDecimal exact = new java.math.BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (exact.precision() == 2) {
            // Java prefers two digits where one is enough but not exact (subnormals such as 5e-324); Python does not
            java.math.BigDecimal one = exact.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == Math.abs(d)) {
                exact = one.stripTrailingZeros();
            }
        }
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    /** Python's {@code type(value)} text, e.g. {@code <class 'int'>}. */
    public static String typeOf(Object value) {
        String name;
        if (value == null) {
            name = "NoneType";
        } else if (value instanceof Boolean) {
            name = "bool";
        } else if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
            name = "int";
        } else if (value instanceof Double) {
            name = "float";
        } else if (value instanceof String) {
            name = "str";
        } else if (value instanceof ByteKey) {
            name = "bytes";
        } else if (value instanceof List) {
            name = "list";
        } else if (value instanceof Map) {
            name = "dict";
        } else {
            name = value.getClass().getSimpleName();
        }
        return "<class '" + name + "'>";
    }
}
