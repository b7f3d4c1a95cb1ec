package dev.hydrant.api.args;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON exactly as Python's {@code json.loads} (CPython's C scanner) does, because hydrus passes its error
 * text straight to clients ({@code Sorry, did not understand the JSON you gave me: Expecting value: line 1
 * column 1 (char 0)}). The scanner follows the same steps in the same order, so a malformed document fails at the
 * same place with the same words: {@code Expecting value}, {@code Expecting ',' delimiter},
 * {@code Expecting ':' delimiter}, {@code Expecting property name enclosed in double quotes},
 * {@code Unterminated string starting at}, {@code Invalid control character at}, {@code Invalid \escape},
 * {@code Invalid &#92;uXXXX escape}, {@code Extra data} and the BOM message.
 *
 * <p>Python's rules kept here: whitespace is only space, tab, CR and LF; {@code NaN}, {@code Infinity} and
 * {@code -Infinity} are numbers; a number is the longest prefix matching {@code -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?}
 * (so {@code 01} is {@code 0} followed by extra data); control characters below U+0020 are refused inside
 * strings; a repeated object key keeps its first position and its last value. Positions count code points,
 * as Python's {@code str} indexes do.
 *
 * <p>Values come back as plain Java: Long (or BigInteger past 64 bits), Double, String, Boolean, null,
 * List and Map (insertion ordered).
 */
public final class PythonJson {
    /** Nesting deeper than this is refused, as Python's recursion limit refuses it. */
    static final int MAX_DEPTH = 1000;

    /** A syntax error, with Python's description. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    public Object parse(String document) throws SyntaxError {
        Scanner scanner = new Scanner(document.codePoints().toArray());
        if (scanner.text.length > 0 && scanner.text[0] == 0xFEFF) {
            throw scanner.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
        Object value = scanner.value(scanner.skipWhitespace(0));
        int end = scanner.skipWhitespace(scanner.next);
        if (end != scanner.text.length) {
            throw scanner.error("Extra data", end);
        }
        return value;
    }

    /** One pass over a document; {@link #next} is the index just after the value last scanned. */
    private static final class Scanner {
        private final int[] text;
        private int next;
        private int depth;

        Scanner(int[] text) {
            this.text = text;
        }

        SyntaxError error(String what, int pos) {
            int line = 1;
            int lastNewline = -1;
            for (int i = 0; i < pos && i < text.length; i++) {
                if (text[i] == '\n') {
                    line++;
                    lastNewline = i;
                }
            }
            int column = pos - lastNewline;
            return new SyntaxError(what + ": line " + line + " column " + column + " (char " + pos + ")");
        }

        int skipWhitespace(int from) {
            int i = from;
            while (i < text.length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
                i++;
            }
            return i;
        }

        private boolean startsWith(int at, String word) {
            if (at + word.length() > text.length) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (text[at + i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        Object value(int at) throws SyntaxError {
            if (at >= text.length) {
                throw error("Expecting value", at);
            }
            switch (text[at]) {
                case '"':
                    return string(at + 1);
                case '{':
                    return nested(at, true);
                case '[':
                    return nested(at, false);
                case 'n':
                    if (startsWith(at, "null")) {
                        next = at + 4;
                        return null;
                    }
                    break;
                case 't':
                    if (startsWith(at, "true")) {
                        next = at + 4;
                        return Boolean.TRUE;
                    }
                    break;
                case 'f':
                    if (startsWith(at, "false")) {
                        next = at + 5;
                        return Boolean.FALSE;
                    }
                    break;
                case 'N':
                    if (startsWith(at, "NaN")) {
                        next = at + 3;
                        return Double.NaN;
                    }
                    break;
                case 'I':
                    if (startsWith(at, "Infinity")) {
                        next = at + 8;
                        return Double.POSITIVE_INFINITY;
                    }
                    break;
                case '-':
                    if (startsWith(at, "-Infinity")) {
                        next = at + 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    break;
                default:
                    break;
            }
            return number(at);
        }

        private Object nested(int at, boolean object) throws SyntaxError {
            if (++depth > MAX_DEPTH) {
                // Python raises RecursionError here, which is not a JSON syntax error
                throw new IllegalArgumentException("maximum recursion depth exceeded while decoding a JSON "
                        + (object ? "object" : "array") + " from a unicode string");
            }
            Object result = object ? object(at + 1) : array(at + 1);
            depth--;
            return result;
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private Object number(int start) throws SyntaxError {
            int i = start;
            int last = text.length - 1;
            if (text[i] == '-') {
                i++;
                if (i > last) {
                    throw error("Expecting value", start);
                }
            }
            if (text[i] >= '1' && text[i] <= '9') {
                i++;
                while (i <= last && isDigit(text[i])) {
                    i++;
                }
            } else if (text[i] == '0') {
                i++;
            } else {
                throw error("Expecting value", start);
            }
            boolean isFloat = false;
            if (i < last && text[i] == '.' && isDigit(text[i + 1])) {
                isFloat = true;
                i += 2;
                while (i <= last && isDigit(text[i])) {
                    i++;
                }
            }
            if (i < last && (text[i] == 'e' || text[i] == 'E')) {
                int exponentStart = i;
                i++;
                if (i < last && (text[i] == '-' || text[i] == '+')) {
                    i++;
                }
                while (i <= last && isDigit(text[i])) {
                    i++;
                }
                if (isDigit(text[i - 1])) {
                    isFloat = true;
                } else {
                    i = exponentStart;
                }
            }
            next = i;
            String literal = new String(text, start, i - start);
            if (isFloat) {
                return Double.parseDouble(literal);
            }
            BigInteger big = new BigInteger(literal);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private String string(int afterQuote) throws SyntaxError {
            int begin = afterQuote - 1;
            StringBuilder out = new StringBuilder();
            int at = afterQuote;
            while (true) {
                int scan = at;
                while (scan < text.length && text[scan] != '"' && text[scan] != '\\') {
                    if (text[scan] <= 0x1f) {
                        throw error("Invalid control character at", scan);
                    }
                    scan++;
                }
                if (scan >= text.length) {
                    throw error("Unterminated string starting at", begin);
                }
                for (int i = at; i < scan; i++) {
                    out.appendCodePoint(text[i]);
                }
                if (text[scan] == '"') {
                    next = scan + 1;
                    return out.toString();
                }
                int escape = scan + 1;
                if (escape == text.length) {
                    throw error("Unterminated string starting at", begin);
                }
                int c = text[escape];
                if (c != 'u') {
                    int mapped = switch (c) {
                        case '"' -> '"';
                        case '\\' -> '\\';
                        case '/' -> '/';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> -1;
                    };
                    if (mapped < 0) {
                        throw error("Invalid \\escape", scan);
                    }
                    out.append((char) mapped);
                    at = escape + 1;
                    continue;
                }
                int hexStart = escape + 1;
                int end = hexStart + 4;
                if (end >= text.length) {
                    throw error("Invalid \\uXXXX escape", escape);
                }
                int unit = hex4(hexStart, escape);
                if (unit >= 0xD800 && unit <= 0xDBFF && end + 6 < text.length
                        && text[end] == '\\' && text[end + 1] == 'u') {
                    int low = hex4(end + 2, end + 1);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        unit = Character.toCodePoint((char) unit, (char) low);
                        end += 6;
                    }
                }
                out.appendCodePoint(unit);
                at = end;
            }
        }

        /** Four hex digits at {@code from}; a bad digit is reported at the escape's {@code u}. */
        private int hex4(int from, int uPosition) throws SyntaxError {
            int value = 0;
            for (int i = from; i < from + 4; i++) {
                int digit = text[i] < 128 ? Character.digit(text[i], 16) : -1;
                if (digit < 0) {
                    throw error("Invalid \\uXXXX escape", uPosition);
                }
                value = value << 4 | digit;
            }
            return value;
        }

        private Map<String, Object> object(int at) throws SyntaxError {
            Map<String, Object> map = new LinkedHashMap<>();
            int i = skipWhitespace(at);
            if (i >= text.length || text[i] != '}') {
                while (true) {
                    if (i >= text.length || text[i] != '"') {
                        throw error("Expecting property name enclosed in double quotes", i);
                    }
                    String key = string(i + 1);
                    i = skipWhitespace(next);
                    if (i >= text.length || text[i] != ':') {
                        throw error("Expecting ':' delimiter", i);
                    }
                    Object value = value(skipWhitespace(i + 1));
                    map.put(key, value);
                    i = skipWhitespace(next);
                    if (i < text.length && text[i] == '}') {
                        break;
                    }
                    if (i >= text.length || text[i] != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    i = skipWhitespace(i + 1);
                }
            }
            next = i + 1;
            return map;
        }

        private List<Object> array(int at) throws SyntaxError {
            List<Object> list = new ArrayList<>();
            int i = skipWhitespace(at);
            if (i >= text.length || text[i] != ']') {
                while (true) {
                    list.add(value(i));
                    i = skipWhitespace(next);
                    if (i < text.length && text[i] == ']') {
                        break;
                    }
                    if (i >= text.length || text[i] != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    i = skipWhitespace(i + 1);
                }
            }
            next = i + 1;
            return list;
        }
    }
}
