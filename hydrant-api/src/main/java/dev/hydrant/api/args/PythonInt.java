package dev.hydrant.api.args;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Python's {@code int(text)} in base 10, which hydrus uses on GET parameters and Range headers: surrounding
 * whitespace (ASCII, or any Unicode space), an optional sign, decimal digits (any script's, as Python reads
 * them) with single underscores between digits.
 */
public final class PythonInt {
    private PythonInt() {
    }

    public static Optional<BigInteger> parse(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                ascii.append((char) c);
            } else if (isUnicodeSpace(c)) {
                ascii.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                return Optional.empty();
            }
        }
        String s = stripAsciiSpace(ascii);
        if (!s.matches("[+-]?[0-9]+(_[0-9]+)*")) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(s.replace("_", "")));
    }

    /** Python's {@code str.isspace()} above ASCII. */
    private static boolean isUnicodeSpace(int c) {
        return switch (c) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /** What C's {@code isspace} skips around the number: space, tab, LF, VT, FF, CR (not U+001C–U+001F). */
    private static String stripAsciiSpace(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.subSequence(start, end).toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
