package dev.hydrant.core.tags;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Hydrus's tag cleaning ({@code HydrusTags.CleanTag} and {@code CleanTags}), the normal form every tag
 * is stored, searched and answered in.
 *
 * <p>{@link #clean(String)} works in this order:
 * <ol>
 *   <li>keep the first {@value #MAX_CODE_POINTS} code points, then lowercase as Python's
 *       {@code str.lower} does (so {@code İ} becomes two code points, and a final {@code Σ} becomes
 *       {@code ς});</li>
 *   <li>a tag that starts with one colon and has no other colon gets a second one in front
 *       ({@code :D → ::d}); this looks at the text before any trimming, so {@code " :)"} is not
 *       affected and ends up as {@code ")"};</li>
 *   <li>a tag with a colon is stripped as a whole (that removes leading {@code system:} and {@code -}),
 *       split at its first colon, each part stripped again, and joined with {@link Tag#combine};
 *       a tag without a colon is just stripped.</li>
 * </ol>
 * Stripping a text (hydrus's {@code StripTagTextOfGumpf}) removes control, bidi-control, private-use
 * and surrogate code points; collapses every run of Python whitespace ({@code str.isspace}) into one
 * space and trims; removes any run of leading {@code -} and {@code system:}; removes the Hangul filler
 * U+3164 unless the text has Hangul in it; removes ZWNJ/ZWJ from text that is otherwise Latin, and a
 * text made only of ZWNJ/ZWJ; and collapses and trims once more.
 *
 * <p>A cleaned tag may still be unusable: its subtag can be empty ({@code "character:"}, {@code "-"},
 * {@code "system:"}, {@code "   "}). {@link #cleanTags} drops those; {@link #cleanNonEmpty} reports them.
 */
public final class TagCleaner {

    /** Tags are cut to this many code points before anything else happens. */
    public static final int MAX_CODE_POINTS = 1024;

    private static final String SYSTEM_PREFIX = "system:";
    private static final char HANGUL_FILLER = '\u3164';
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private TagCleaner() {
    }

    /**
     * Cleans one tag. The result can have an empty subtag, which hydrus treats as no tag.
     *
     * @throws NullPointerException if {@code tag} is null (hydrus raises an error as well)
     */
    public static String clean(String tag) {
        Objects.requireNonNull(tag, "tag");
        String text = PythonCase.lower(truncate(tag));
        if (hasOneLeadingColonOnly(text)) {
            text = ":" + text;
        }
        if (text.indexOf(':') < 0) {
            return strip(text);
        }
        Tag parts = Tag.parse(strip(text));
        return Tag.combine(strip(parts.namespace()), strip(parts.subtag()));
    }

    /** Cleans one tag, or gives nothing when the cleaned tag's subtag is empty. */
    public static Optional<String> cleanNonEmpty(String tag) {
        String cleaned = clean(tag);
        return hasEmptySubtag(cleaned) ? Optional.empty() : Optional.of(cleaned);
    }

    /**
     * Cleans many tags (hydrus's {@code CleanTags}): nulls are skipped, tags whose subtag comes out empty
     * are dropped, duplicates after cleaning are kept once. The returned set is new, mutable, and in the
     * order the tags were first seen (hydrus's own set has no meaningful order).
     */
    public static Set<String> cleanTags(Collection<String> tags) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null) {
                continue;
            }
            String clean = clean(tag);
            if (!hasEmptySubtag(clean)) {
                cleaned.add(clean);
            }
        }
        return cleaned;
    }

    /**
     * Reads one tag term of a search list. A leading {@code -} on the raw text, before any cleaning,
     * makes the term negated; the cleaning itself then removes that {@code -} with any others. So
     * {@code "-flower"} and {@code "--flower"} are the negated tag {@code flower}, but {@code " -flower"}
     * (leading space) is the plain tag {@code flower}, as in hydrus.
     *
     * <p>Callers route texts that start with lowercase {@code system:} to the system-predicate parser
     * before calling this; anything else (even {@code "System:inbox"} or {@code "-system:inbox"}) is a tag.
     *
     * @return the term, or nothing when the cleaned tag has an empty subtag (the API answers 400
     *     "Could not understand the tag")
     */
    public static Optional<SearchTag> cleanSearchTag(String rawTerm) {
        Objects.requireNonNull(rawTerm, "rawTerm");
        boolean negated = rawTerm.startsWith("-");
        return cleanNonEmpty(rawTerm).map(tag -> new SearchTag(tag, negated));
    }

    /** Whether a (cleaned) tag counts as no tag because its subtag is empty. */
    public static boolean hasEmptySubtag(String tag) {
        return Tag.parse(tag).subtag().isEmpty();
    }

    private static String truncate(String tag) {
        if (tag.length() <= MAX_CODE_POINTS
                || tag.codePointCount(0, tag.length()) <= MAX_CODE_POINTS) {
            return tag;
        }
        return tag.substring(0, tag.offsetByCodePoints(0, MAX_CODE_POINTS));
    }

    /** {@code ^:(?=[^:]+$)}: one colon in front, at least one more character, no other colon. */
    private static boolean hasOneLeadingColonOnly(String text) {
        return text.length() >= 2 && text.charAt(0) == ':' && text.indexOf(':', 1) < 0;
    }

    /** Hydrus's {@code StripTagTextOfGumpf}, applied to a whole tag or to one part of it. */
    static String strip(String text) {
        String t = collapseSpaces(removeUnwantedCodePoints(text));
        t = trimSpaces(removeLeadingJunk(t));
        if (t.indexOf(HANGUL_FILLER) >= 0 && !containsHangul(t)) {
            t = t.replace(String.valueOf(HANGUL_FILLER), "");
        }
        if (!t.isEmpty() && isLatinAndJoinersOnly(t)) {
            t = removeJoiners(t);
        }
        if (!t.isEmpty() && isJoinersOnly(t)) {
            t = "";
        }
        return collapseSpaces(t);
    }

    /**
     * Removes C0/C1 controls, U+200B, U+200E, U+200F, U+202A–202E, U+2066–2069, U+FEFF, the private use
     * areas (U+E000–F8FF, U+F0000–FFFFD, U+100000–10FFFD) and lone surrogates.
     */
    private static String removeUnwantedCodePoints(String text) {
        int firstUnwanted = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnwanted(cp)) {
                firstUnwanted = i;
                break;
            }
            i += Character.charCount(cp);
        }
        if (firstUnwanted < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, firstUnwanted);
        for (int i = firstUnwanted; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isUnwanted(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isUnwanted(int cp) {
        if (cp < 0xA0) {
            return cp <= 0x1F || cp >= 0x7F;
        }
        if (cp < 0x200B) {
            return false;
        }
        if (cp <= 0xFFFF) {
            return cp == 0x200B || cp == 0x200E || cp == 0x200F
                    || (cp >= 0x202A && cp <= 0x202E)
                    || (cp >= 0x2066 && cp <= 0x2069)
                    || (cp >= 0xD800 && cp <= 0xF8FF) // surrogates D800–DFFF, private use E000–F8FF
                    || cp == 0xFEFF;
        }
        return (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
    }

    /** {@code re.sub(r'\s+', ' ', text).strip()} with Python's {@code str} whitespace. */
    private static String collapseSpaces(String text) {
        StringBuilder out = null;
        boolean pendingSpace = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // every Python whitespace code point is in the BMP, so chars will do
            if (UnicodeProperties.isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(length);
                    out.append(text, 0, i);
                }
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
            } else if (out == null) {
                continue;
            }
            out.append(c);
        }
        if (out == null) {
            return text;
        }
        return out.toString();
    }

    /** {@code str.strip()}: removes Python whitespace at both ends. */
    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && UnicodeProperties.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && UnicodeProperties.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code ^(-|system:)+}. */
    private static String removeLeadingJunk(String text) {
        int start = 0;
        while (true) {
            if (text.startsWith("-", start)) {
                start += 1;
            } else if (text.startsWith(SYSTEM_PREFIX, start)) {
                start += SYSTEM_PREFIX.length();
            } else {
                return text.substring(start);
            }
        }
    }

    /** {@code [\u1100-\u11FF\uAC00-\uD7AF]}: Hangul Jamo or Hangul syllables. */
    private static boolean containsHangul(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u1100' && c <= '\u11FF') || (c >= '\uAC00' && c <= '\uD7AF')) {
                return true;
            }
        }
        return false;
    }

    /** {@code ^[\u0020-\u007E\u00A0-\u024F\u200C\u200D]+$} (for a non-empty text). */
    private static boolean isLatinAndJoinersOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latin = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0x24F);
            if (!latin && c != ZWNJ && c != ZWJ) {
                return false;
            }
        }
        return true;
    }

    /** {@code ^[\u200C\u200D]+$} (for a non-empty text). */
    private static boolean isJoinersOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ZWNJ && c != ZWJ) {
                return false;
            }
        }
        return true;
    }

    private static String removeJoiners(String text) {
        if (text.indexOf(ZWNJ) < 0 && text.indexOf(ZWJ) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ZWNJ && c != ZWJ) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
