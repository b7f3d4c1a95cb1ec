package dev.hydrant.core.tags;

/**
 * Python's {@code str.lower()} and {@code str.casefold()}, code point for code point.
 *
 * <p>Java's {@link String#toLowerCase(java.util.Locale)} is close but not the same: it decides the
 * final form of capital sigma with word boundaries, while Python looks at the nearest character that
 * is not case-ignorable on each side. Casefolding has no JDK counterpart at all. Both are done here per
 * code point with {@link Character#toLowerCase(int)} (Unicode's simple lowercase mapping, which equals
 * the full one everywhere except U+0130), plus the two context- or length-changing rules Python applies:
 * <ul>
 *   <li>U+0130 (İ) lowers to {@code i} followed by U+0307 (combining dot above);</li>
 *   <li>U+03A3 (Σ) lowers to ς when it is preceded by a cased letter and not followed by one, skipping
 *       case-ignorable characters in both directions (Unicode's Final_Sigma condition); otherwise σ.</li>
 * </ul>
 * Lone surrogates are code points of their own, as in Python; they are neither cased nor ignorable.
 * Character properties come from the running JDK's Unicode tables, so characters assigned after the
 * Unicode version of hydrus's Python may behave differently there.
 */
public final class PythonCase {

    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final int SMALL_SIGMA = 0x03C3;
    private static final int FINAL_SIGMA = 0x03C2;
    private static final int CAPITAL_I_WITH_DOT = 0x0130;

    private PythonCase() {
    }

    /** Python's {@code text.lower()}. */
    public static String lower(String text) {
        if (isLowerAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == CAPITAL_SIGMA) {
                out.append((char) (isFinalSigma(text, i) ? FINAL_SIGMA : SMALL_SIGMA));
            } else {
                appendLower(out, cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Python's {@code text.casefold()}: full case folding, no context rules. */
    public static String casefold(String text) {
        if (isLowerAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String special = cp < 0x80 ? null : FullCaseFolding.special(cp);
            if (special != null) {
                out.append(special);
            } else {
                appendLower(out, cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void appendLower(StringBuilder out, int cp) {
        if (cp == CAPITAL_I_WITH_DOT) {
            out.append('i').append('\u0307');
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    private static boolean isLowerAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Final_Sigma: a cased letter before (skipping case-ignorables) and none after. */
    private static boolean isFinalSigma(String text, int sigmaIndex) {
        int before = sigmaIndex;
        int previous = -1;
        while (before > 0) {
            int cp = text.codePointBefore(before);
            before -= Character.charCount(cp);
            if (!UnicodeProperties.isCaseIgnorable(cp)) {
                previous = cp;
                break;
            }
        }
        if (previous < 0 || !UnicodeProperties.isCased(previous)) {
            return false;
        }
        int after = sigmaIndex + 1;
        while (after < text.length()) {
            int cp = text.codePointAt(after);
            after += Character.charCount(cp);
            if (!UnicodeProperties.isCaseIgnorable(cp)) {
                return !UnicodeProperties.isCased(cp);
            }
        }
        return true;
    }
}
