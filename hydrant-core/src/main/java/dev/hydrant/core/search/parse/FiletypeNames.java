package dev.hydrant.core.search.parse;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filetype words of {@code system:filetype} and how hydrus reads a list of them
 * ({@code FILETYPE_LIST}).
 *
 * <p>The words are every mime string hydrus knows (with its aliases), every human filetype name, the
 * group names ({@code image}, {@code video}, {@code audio}, {@code animation}, {@code application},
 * {@code archive}, {@code image project file}) and {@code gif} (static and animated). Hydrus puts them,
 * longest first and unescaped, into one regular expression, so {@code .} and {@code +} in a mime act as
 * regex operators: {@code image/svg+xml} does not match itself (and the list then fails), while
 * {@code paint net} matches {@code paint.net}. Each word here is a small pattern with the same meaning.
 *
 * <p>The matched text is then cut at commas only; each piece, trimmed, must be exactly a word or it is
 * silently dropped. So {@code image/png apng} (no comma) gives nothing, and the predicate matches no
 * file, as in hydrus.
 */
final class FiletypeNames {

    /** What one word stands for. */
    record Meaning(Set<FileType> types, Set<FileTypeGroup> groups) {
    }

    private static final Map<String, Meaning> MEANINGS = meanings();
    /** Words by their first character, each list longest first. */
    private static final Map<Character, List<Word>> BY_FIRST_CHAR = index();

    /** A word; those with {@code .} or {@code +} in them are matched as the regex hydrus makes of them. */
    private record Word(String text, Pattern pattern) {

        static Word of(String text) {
            boolean regex = text.indexOf('.') >= 0 || text.indexOf('+') >= 0;
            return new Word(text, regex ? Pattern.compile(text, Pattern.UNIX_LINES) : null);
        }

        /** The end of this word matched at {@code p}, or -1. */
        int matchEnd(String s, int p) {
            if (pattern == null) {
                return s.startsWith(text, p) ? p + text.length() : -1;
            }
            java.util.regex.Matcher m = pattern.matcher(s).region(p, s.length());
            return m.lookingAt() ? m.end() : -1;
        }
    }

    private FiletypeNames() {
    }

    /** What {@code word} stands for, or null if it is not one. */
    static Meaning meaning(String word) {
        return MEANINGS.get(word);
    }

    /**
     * Reads a filetype list at the start of {@code text} (stripped first): the types and groups named,
     * and the text after the list. Fails when the text does not start with a filetype word.
     */
    static Read<Meaning> readList(String text) {
        String s = PyText.strip(text);
        int end = listEnd(s);
        if (end < 0) {
            throw ParseFailure.unparseable("Invalid value, expected a list of file types");
        }
        EnumSet<FileType> types = EnumSet.noneOf(FileType.class);
        EnumSet<FileTypeGroup> groups = EnumSet.noneOf(FileTypeGroup.class);
        for (String piece : s.substring(0, end).split(",", -1)) {
            Meaning meaning = MEANINGS.get(PyText.strip(piece));
            if (meaning != null) {
                types.addAll(meaning.types());
                groups.addAll(meaning.groups());
            }
        }
        return new Read<>(new Meaning(types, groups), s.substring(end));
    }

    /**
     * The end of {@code re.match('(W(\s|,)+)*W', s)} where W is the alternation of all words, longest
     * first: computed for every place a list item can start, from the right, as the regex's
     * backtracking would find it.
     */
    private static int listEnd(String s) {
        int[] ends = new int[s.length() + 1];
        for (int p = s.length(); p >= 0; p--) {
            boolean itemStart = p == 0 || (isSeparator(s.charAt(p - 1)) && p < s.length() && !isSeparator(s.charAt(p)));
            ends[p] = itemStart ? endFrom(s, p, ends) : -1;
        }
        return ends[0];
    }

    /** The regex's result from {@code p}: another item after a separator if possible, else one item. */
    private static int endFrom(String s, int p, int[] ends) {
        if (p >= s.length()) {
            return -1;
        }
        List<Word> candidates = BY_FIRST_CHAR.get(s.charAt(p));
        if (candidates == null) {
            return -1;
        }
        int single = -1;
        for (Word word : candidates) {
            int e = word.matchEnd(s, p);
            if (e < 0) {
                continue;
            }
            if (single < 0) {
                single = e;
            }
            int q = e;
            while (q < s.length() && isSeparator(s.charAt(q))) {
                q++;
            }
            if (q > e && ends[q] >= 0) {
                return ends[q];
            }
        }
        return single;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || PyText.isSpace(c);
    }

    private static Map<String, Meaning> meanings() {
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        for (String mime : FileType.knownMimes()) {
            FileType.fromMime(mime).ifPresent(t -> meanings.put(mime, new Meaning(EnumSet.of(t), Set.of())));
        }
        for (FileType t : FileType.values()) {
            FileType.fromHumanName(t.humanName())
                    .ifPresent(named -> meanings.put(t.humanName(), new Meaning(EnumSet.of(named), Set.of())));
        }
        for (FileTypeGroup g : FileTypeGroup.values()) {
            meanings.put(g.displayName(), new Meaning(Set.of(), EnumSet.of(g)));
        }
        meanings.put("gif", new Meaning(EnumSet.of(FileType.IMAGE_GIF, FileType.ANIMATION_GIF), Set.of()));
        Map<String, Meaning> frozen = new LinkedHashMap<>();
        meanings.forEach((word, meaning) -> frozen.put(word,
                new Meaning(Set.copyOf(meaning.types()), Set.copyOf(meaning.groups()))));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    private static Map<Character, List<Word>> index() {
        Map<Character, List<Word>> index = new HashMap<>();
        MEANINGS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(word -> index.computeIfAbsent(word.charAt(0), c -> new ArrayList<>())
                        .add(Word.of(word)));
        index.replaceAll((c, words) -> List.copyOf(words));
        return Map.copyOf(index);
    }
}
