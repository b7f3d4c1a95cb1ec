package dev.hydrant.core.tags;

import java.util.Arrays;

/**
 * Hydrus's human ("natural") sort key for a text ({@code HydrusText.HumanTextSortKey}), so that
 * {@code 9 < 10 < 11} and {@code page 2 < page 10}.
 *
 * <p>The text is casefolded as Python's {@code str.casefold} does ({@code ß} and {@code ss} are equal),
 * then cut at every run of ASCII digits into alternating text and digit pieces, always starting and
 * ending with a (possibly empty) text piece: {@code a1b22} gives {@code a, 1, b, 22, ""}. Each piece
 * becomes a pair: a digit run, or a text piece made only of Unicode decimal digits (Python's
 * {@code isdecimal}, e.g. {@code ٣}), becomes {@code ("", its value)}; any other text piece becomes
 * {@code (piece, 0)}. Keys compare pair by pair, texts by code point, then values; when one key runs
 * out first it is the smaller. Numbers of any length compare by value.
 *
 * <p>Keys are immutable; {@link #equals} agrees with {@link #compareTo}.
 */
public final class HumanSortKey implements Comparable<HumanSortKey> {

    private static final String ZERO = "0";

    /** Text of each pair. */
    private final String[] texts;
    /** Value of each pair as ASCII digits without leading zeros ({@code "0"} for zero). */
    private final String[] values;

    private HumanSortKey(String[] texts, String[] values) {
        this.texts = texts;
        this.values = values;
    }

    /** The key of {@code text}. */
    public static HumanSortKey of(String text) {
        String folded = PythonCase.casefold(text);
        int pieces = 1;
        for (int i = 0; i < folded.length(); ) {
            if (isAsciiDigit(folded.charAt(i))) {
                pieces += 2;
                while (i < folded.length() && isAsciiDigit(folded.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        String[] texts = new String[pieces];
        String[] values = new String[pieces];
        int piece = 0;
        int textStart = 0;
        int i = 0;
        while (true) {
            while (i < folded.length() && !isAsciiDigit(folded.charAt(i))) {
                i++;
            }
            setTextPiece(texts, values, piece++, folded.substring(textStart, i));
            if (i == folded.length()) {
                break;
            }
            int digitsStart = i;
            while (i < folded.length() && isAsciiDigit(folded.charAt(i))) {
                i++;
            }
            texts[piece] = "";
            values[piece++] = withoutLeadingZeros(folded.substring(digitsStart, i));
            textStart = i;
        }
        return new HumanSortKey(texts, values);
    }

    private static void setTextPiece(String[] texts, String[] values, int piece, String text) {
        String decimal = decimalDigits(text);
        if (decimal != null) {
            texts[piece] = "";
            values[piece] = withoutLeadingZeros(decimal);
        } else {
            texts[piece] = text;
            values[piece] = ZERO;
        }
    }

    /** ASCII digits of a non-empty text made only of Unicode decimal digits, else {@code null}. */
    private static String decimalDigits(String text) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!UnicodeProperties.isDecimal(cp)) {
                return null;
            }
            digits.append((char) ('0' + UnicodeProperties.decimalValue(cp)));
            i += Character.charCount(cp);
        }
        return digits.toString();
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public int compareTo(HumanSortKey other) {
        int pairs = Math.min(texts.length, other.texts.length);
        for (int i = 0; i < pairs; i++) {
            int byText = CodePointOrder.compareStrings(texts[i], other.texts[i]);
            if (byText != 0) {
                return byText;
            }
            int byValue = compareValues(values[i], other.values[i]);
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(texts.length, other.texts.length);
    }

    private static int compareValues(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HumanSortKey key
                && Arrays.equals(texts, key.texts)
                && Arrays.equals(values, key.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(texts) + Arrays.hashCode(values);
    }

    /** The key as Python would print the tuple, e.g. {@code (('a', 0), ('', 1), ('', 0))}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append("('").append(texts[i]).append("', ").append(values[i]).append(')');
        }
        return out.append(texts.length == 1 ? ",)" : ")").toString();
    }
}
