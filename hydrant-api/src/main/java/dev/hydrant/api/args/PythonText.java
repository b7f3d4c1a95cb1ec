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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    /** Python's repr of a float: shortest round-trip digits, always with a decimal point or exponent. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return String.format(java.util.Locale.ROOT, "%.1f", d);
        }
        java.math.BigDecimal bd = java.math.BigDecimal.valueOf(d);
        double abs = Math.abs(d);
        if (abs >= 1e16 || abs < 1e-4) {
            String s = Double.toString(d).replace("E", "e");
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e);
            String exp = s.substring(e + 1);
            if (mantissa.endsWith(".0")) {
                mantissa = mantissa.substring(0, mantissa.length() - 2);
            }
            int expValue = Integer.parseInt(exp);
            return mantissa + "e" + (expValue < 0 ? "-" : "+") + String.format("%02d", Math.abs(expValue));
        }
        return bd.toPlainString();
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
