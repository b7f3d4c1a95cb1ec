package dev.hydrant.core.tags;

/**
 * Hydrus's "searchable" form of tag text, which autocomplete matches against: in the subtag, the characters
 * {@code [](){}/\"'-_} count as spaces, runs of whitespace become one space, and the ends are trimmed. The
 * namespace is kept as it is.
 */
public final class SearchableText {
    private static final String IGNORED = "[](){}/\\\"'-_";

    private SearchableText() {
    }

    public static String subtag(String subtag) {
        if (subtag.isEmpty()) {
            return subtag;
        }
        String text = collapseWildcards(subtag);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (IGNORED.indexOf(cp) >= 0 || isPythonWhitespace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    public static String tag(String tag) {
        Tag parts = Tag.parse(tag);
        return Tag.combine(parts.namespace(), subtag(parts.subtag()));
    }

    /** Runs of {@code *} become one. */
    public static String collapseWildcards(String text) {
        if (!text.contains("**")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' && out.length() > 0 && out.charAt(out.length() - 1) == '*') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Python's {@code \s} for str patterns. */
    static boolean isPythonWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || (cp >= 0x1c && cp <= 0x1f) || cp == 0x85;
    }
}
