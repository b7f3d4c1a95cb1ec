package dev.hydrant.core.tags;

import java.util.Comparator;

/**
 * Orders strings by Unicode code point, as Python compares {@code str} values.
 *
 * <p>{@link String#compareTo} compares UTF-16 units instead, which puts astral characters (stored as
 * surrogates D800–DFFF) before U+E000–U+FFFF. Lone surrogates count as the code point of their value,
 * as in Python.
 */
public final class CodePointOrder implements Comparator<String> {

    /** The one instance; it holds no state. */
    public static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {
    }

    @Override
    public int compare(String a, String b) {
        return compareStrings(a, b);
    }

    /** Negative, zero or positive as {@code a} is before, equal to or after {@code b}. */
    public static int compareStrings(String a, String b) {
        int common = Math.min(a.length(), b.length());
        int i = 0;
        while (i < common && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == common) {
            return Integer.compare(a.length(), b.length());
        }
        char ca = a.charAt(i);
        char cb = b.charAt(i);
        if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
            return Character.compare(ca, cb);
        }
        // Everything before unit i splits into the same code points in both strings, except that a high
        // surrogate at i - 1 may pair with unit i in one string and not in the other.
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) {
            int startA = a.codePointAt(i - 1);
            int startB = b.codePointAt(i - 1);
            if (startA != startB) {
                return Integer.compare(startA, startB);
            }
        }
        return Integer.compare(a.codePointAt(i), b.codePointAt(i));
    }
}
