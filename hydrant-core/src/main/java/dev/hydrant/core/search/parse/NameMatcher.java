package dev.hydrant.core.search.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a predicate name at the start of the text after {@code system:}, as hydrus's
 * {@code re.match(name.replace(' ', '([_ ]+)') + ':?', text)} does, and says where the name ends.
 */
@FunctionalInterface
interface NameMatcher {

    /** The end of the name (and of one optional colon after it), or -1 when the text does not start with it. */
    int end(String text);

    /**
     * A hydrus name pattern, turned into a regular expression the way hydrus does it: every space
     * matches a run of spaces and underscores, and one colon may follow. For names whose pattern has
     * no nested repetition, so a backtracking matcher stays linear.
     */
    static NameMatcher pattern(String hydrusPattern) {
        Pattern p = Pattern.compile(hydrusPattern.replace(" ", "([_ ]+)") + ":?",
                Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
        String prefix = literalPrefix(hydrusPattern);
        return text -> {
            if (!text.startsWith(prefix)) {
                return -1;
            }
            Matcher m = p.matcher(text);
            return m.lookingAt() ? m.end() : -1;
        };
    }

    /**
     * The letters every match must start with (a cheap first test before the regex): the leading run
     * of lower-case letters, less a last one made optional by {@code ?}; nothing when the pattern
     * starts with a group or has alternatives at the top level.
     */
    private static String literalPrefix(String hydrusPattern) {
        int depth = 0;
        for (int i = 0; i < hydrusPattern.length(); i++) {
            char c = hydrusPattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return "";
            }
        }
        int end = 0;
        while (end < hydrusPattern.length() && hydrusPattern.charAt(end) >= 'a' && hydrusPattern.charAt(end) <= 'z') {
            end++;
        }
        if (end < hydrusPattern.length() && (hydrusPattern.charAt(end) == '?' || hydrusPattern.charAt(end) == '*')) {
            end--;
        }
        return hydrusPattern.substring(0, Math.max(end, 0));
    }

    /**
     * {@code <prefix>.*<middle>.*<last>} plus an optional colon (hydrus's {@code has.*embedded.*metadata}),
     * without the quadratic backtracking: the greedy match ends after the last {@code last} on the first
     * line that has a {@code middle} before it.
     */
    static NameMatcher spread(String prefix, String middle, String last) {
        return text -> {
            if (!text.startsWith(prefix)) {
                return -1;
            }
            int limit = PyText.lineEnd(text, 0);
            int lastAt = text.lastIndexOf(last, limit - last.length());
            if (lastAt < 0) {
                return -1;
            }
            int middleAt = text.indexOf(middle, prefix.length());
            if (middleAt < 0 || middleAt + middle.length() > lastAt) {
                return -1;
            }
            return withColon(text, lastAt + last.length());
        };
    }

    /**
     * Hydrus's {@code num(ber)?( of)? (?=[^\s].* tags)}: {@code num}, {@code number}, {@code num of} or
     * {@code number of}, then spaces or underscores, where what follows is not whitespace and later on
     * the same line has spaces or underscores followed by {@code tags}.
     */
    static NameMatcher namespaceTagCount() {
        return text -> {
            if (!text.startsWith("num")) {
                return -1;
            }
            int limit = PyText.lineEnd(text, 0);
            int lastSeparatorBeforeTags = -1;
            for (int k = text.lastIndexOf("tags", limit - 4); k >= 1; k = text.lastIndexOf("tags", k - 1)) {
                if (isNameSpace(text.charAt(k - 1))) {
                    lastSeparatorBeforeTags = k - 1;
                    break;
                }
            }
            List<Integer> afterNumber = text.startsWith("ber", 3) ? List.of(6, 3) : List.of(3);
            for (int b : afterNumber) {
                int run = nameSpaceRun(text, b);
                List<Integer> afterOf = run > 0 && text.startsWith("of", b + run) ? List.of(b + run + 2, b) : List.of(b);
                for (int o : afterOf) {
                    int spaces = nameSpaceRun(text, o);
                    for (int e = o + spaces; e > o; e--) {
                        boolean lookahead = e < text.length() && !PyText.isSpace(text.charAt(e))
                                && lastSeparatorBeforeTags >= e + 1;
                        if (lookahead) {
                            return withColon(text, e);
                        }
                    }
                }
            }
            return -1;
        };
    }

    /** Which lookahead a rating-name rule has. */
    enum RatingValueShape {
        /** {@code (?=.+?\d+/\d+$)}. */
        STARS,
        /** {@code (?=.+?(like|dislike)$)}. */
        LIKE,
        /** {@code (?=.+?[^/]\d+$)}. */
        COUNT
    }

    /** Hydrus's {@code (rating|count)( for)?} followed by one of the value lookaheads. */
    static NameMatcher ratingFor(RatingValueShape shape) {
        return text -> {
            int p;
            if (text.startsWith("rating")) {
                p = 6;
            } else if (text.startsWith("count")) {
                p = 5;
            } else {
                return -1;
            }
            int run = nameSpaceRun(text, p);
            List<Integer> starts = run > 0 && text.startsWith("for", p + run) ? List.of(p + run + 3, p) : List.of(p);
            for (int q : starts) {
                if (valueFollows(text, q, shape)) {
                    return withColon(text, q);
                }
            }
            return -1;
        };
    }

    private static boolean valueFollows(String text, int q, RatingValueShape shape) {
        int newline = text.indexOf('\n', q);
        int len = text.length();
        switch (shape) {
            case LIKE:
                return newline < 0 && text.endsWith("like") && len - 4 >= q + 1;
            case STARS: {
                if (newline >= 0) {
                    return false;
                }
                int denominator = RatingText.trailingDigitsStart(text, len);
                if (denominator == len || denominator == 0 || text.charAt(denominator - 1) != '/') {
                    return false;
                }
                int numerator = RatingText.trailingDigitsStart(text, denominator - 1);
                return numerator < denominator - 1 && denominator - 2 >= q + 1;
            }
            default: {
                int digits = RatingText.trailingDigitsStart(text, len);
                if (digits == len) {
                    return false;
                }
                int before = digits - 1;
                if (before >= q + 1 && text.charAt(before) != '/' && (newline < 0 || newline >= before)) {
                    return true;
                }
                int inside = Math.max(digits, q + 1);
                return inside <= len - 2 && (newline < 0 || newline >= inside);
            }
        }
    }

    private static int withColon(String text, int end) {
        return end < text.length() && text.charAt(end) == ':' ? end + 1 : end;
    }

    private static boolean isNameSpace(char c) {
        return c == ' ' || c == '_';
    }

    private static int nameSpaceRun(String text, int from) {
        int i = from;
        while (i < text.length() && isNameSpace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
