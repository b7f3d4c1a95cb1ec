package dev.hydrant.core.tags;

/**
 * The character classes of Python's {@code str} methods that hydrus's tag rules depend on, where
 * Java's own definitions differ.
 */
public final class UnicodeProperties {

    private UnicodeProperties() {
    }

    /**
     * Python's {@code str.isspace()}, which is also what {@code \s} and {@code str.strip()} use for
     * {@code str}: general category Zs, or bidirectional class WS, B or S. Java's {@code \s} is ASCII
     * only, and {@link Character#isWhitespace(int)} leaves out the no-break spaces and U+0085.
     */
    public static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        if (cp < 0x85) {
            return false;
        }
        return switch (cp) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Python's {@code str.isdecimal()} for one code point: general category Nd. */
    public static boolean isDecimal(int cp) {
        return cp >= '0' && cp <= '9'
                || cp >= 0x80 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The value 0–9 of a code point for which {@link #isDecimal(int)} holds. */
    public static int decimalValue(int cp) {
        return cp <= '9' ? cp - '0' : Character.digit(cp, 10);
    }

    /** Unicode's Cased property: Lowercase, Uppercase or titlecase letter. */
    static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Unicode's Case_Ignorable property: general category Mn, Me, Cf, Lm or Sk, or word-break class
     * MidLetter, MidNumLet or Single_Quote (the apostrophe, the full stop, the colon and their kin).
     */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case 0x0027, 0x002E, 0x003A, 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027,
                    0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                break;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || type == Character.MODIFIER_LETTER
                || type == Character.MODIFIER_SYMBOL;
    }
}
