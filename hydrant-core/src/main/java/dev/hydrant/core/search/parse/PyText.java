package dev.hydrant.core.search.parse;

import dev.hydrant.core.tags.PythonCase;
import dev.hydrant.core.tags.UnicodeProperties;

/** Python {@code str} operations the grammar depends on, where Java's differ. */
final class PyText {

    private PyText() {
    }

    /** {@code str.isspace()} for one char (every Python whitespace is in the BMP); also regex {@code \s}. */
    static boolean isSpace(char c) {
        return UnicodeProperties.isSpace(c);
    }

    /** Regex {@code \d} on a Python {@code str}: any Unicode decimal digit (general category Nd). */
    static boolean isDigit(int cp) {
        return UnicodeProperties.isDecimal(cp);
    }

    /** {@code [0-9]}. */
    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [0-9a-f]}. */
    static boolean isLowerHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /** {@code str.strip()}. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** {@code str.lower()}. */
    static String lower(String text) {
        return PythonCase.lower(text);
    }

    /** The index just past the run of Python whitespace starting at {@code from}. */
    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just past the run of {@code [0-9]} starting at {@code from}. */
    static int skipAsciiDigits(String text, int from) {
        int i = from;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just past the run of {@code \d} starting at {@code from}. */
    static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isDigit(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Where the regex {@code .} stops: the first line feed at or after {@code from}, or the end. */
    static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    /** Python {@code int()} of a run of {@code \d} characters; fails when it does not fit a long. */
    static long parseDigits(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); ) {
            int cp = digits.codePointAt(i);
            int d = UnicodeProperties.decimalValue(cp);
            try {
                value = Math.addExact(Math.multiplyExact(value, 10), d);
            } catch (ArithmeticException e) {
                throw ParseFailure.unparseable("number too large: " + abbreviate(digits));
            }
            i += Character.charCount(cp);
        }
        return value;
    }

    /** A text cut short for an error detail. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
