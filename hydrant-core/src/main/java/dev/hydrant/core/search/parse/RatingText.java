package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.Operator;
import java.util.Map;

/**
 * The text of the rating predicates, where the service name comes first and can be anything:
 * {@code favourites is like}, {@code my stars > 3/5}, {@code my counter = 12}.
 */
final class RatingText {

    private RatingText() {
    }

    /** An operator, and the text {@code "<service name> <value>"} left for the value step. */
    static Read<Operator> operator(String text) {
        // (?P<first>.*?)(?P<second>(dislike|like|\d+/\d+|\d+))$
        int valueStart = valueSuffixStart(text);
        if (valueStart < 0 || text.substring(0, valueStart).indexOf('\n') >= 0) {
            throw ParseFailure.unparseable("Invalid rating operator");
        }
        String before = PyText.strip(text.substring(0, valueStart));
        String value = text.substring(valueStart);
        for (Map.Entry<String, Operator> word : Operators.NUMBER_TEST_WORDS) {
            if (before.endsWith(word.getKey())) {
                if (word.getValue() == Operator.NOT_EQUAL) {
                    throw ParseFailure.unparseable("Invalid rating operator--cannot select \"is not\"");
                }
                String serviceName = before.substring(0, before.length() - word.getKey().length());
                return new Read<>(word.getValue(), serviceName + " " + value);
            }
        }
        throw ParseFailure.unparseable("Invalid rating operator");
    }

    /** The start of the longest suffix that is {@code dislike}, {@code like}, {@code D+/D+} or {@code D+}. */
    private static int valueSuffixStart(String text) {
        int best = -1;
        if (text.endsWith("dislike")) {
            best = text.length() - 7;
        } else if (text.endsWith("like")) {
            best = text.length() - 4;
        }
        int digitsStart = trailingDigitsStart(text, text.length());
        if (digitsStart < text.length()) {
            int candidate = digitsStart;
            if (digitsStart > 0 && text.charAt(digitsStart - 1) == '/') {
                int numeratorStart = trailingDigitsStart(text, digitsStart - 1);
                if (numeratorStart < digitsStart - 1) {
                    candidate = numeratorStart;
                }
            }
            best = best < 0 ? candidate : Math.min(best, candidate);
        }
        return best;
    }

    /** The start of the run of {@code \d} that ends at {@code end}. */
    static int trailingDigitsStart(String text, int end) {
        int i = end;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (!PyText.isDigit(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** A star value and the service name: {@code (?P<name>.+?)\s+(?P<num>\d+)/(?P<den>\d+)$}. */
    record Stars(String service, long stars, long outOf) {
    }

    static Stars stars(String text) {
        String s = PyText.strip(text);
        int denominatorStart = trailingDigitsStart(s, s.length());
        if (denominatorStart == s.length() || denominatorStart == 0 || s.charAt(denominatorStart - 1) != '/') {
            throw ParseFailure.unparseable("Invalid value, expected a numerical rating");
        }
        int slash = denominatorStart - 1;
        int numeratorStart = trailingDigitsStart(s, slash);
        int nameEnd = nameEnd(s, numeratorStart, slash);
        if (nameEnd < 0) {
            throw ParseFailure.unparseable("Invalid value, expected a numerical rating");
        }
        long stars = PyText.parseDigits(s.substring(numeratorStart, slash));
        long outOf = PyText.parseDigits(s.substring(denominatorStart));
        if (stars > outOf) {
            throw ParseFailure.unparseable("Invalid value, rating value was out of bounds");
        }
        return new Stars(s.substring(0, nameEnd), stars, outOf);
    }

    /** A count and the service name: {@code (?P<name>.+?)\s+(?P<num>\d+)$}. */
    record Count(String service, long count) {
    }

    static Count count(String text) {
        String s = PyText.strip(text);
        int digitsStart = trailingDigitsStart(s, s.length());
        int nameEnd = nameEnd(s, digitsStart, s.length());
        if (nameEnd < 0) {
            throw ParseFailure.unparseable("Invalid value, expected an inc/dec rating");
        }
        return new Count(s.substring(0, nameEnd), PyText.parseDigits(s.substring(digitsStart)));
    }

    /**
     * For {@code (?P<name>.+?)\s+} followed by digits from {@code digitsStart} to {@code digitsEnd}: the
     * end of the shortest name (at least one character, no line feed) followed by whitespace up to the
     * digits, or -1.
     */
    private static int nameEnd(String s, int digitsStart, int digitsEnd) {
        if (digitsStart >= digitsEnd) {
            return -1;
        }
        int spaceStart = digitsStart;
        while (spaceStart > 0 && PyText.isSpace(s.charAt(spaceStart - 1))) {
            spaceStart--;
        }
        if (spaceStart == digitsStart) {
            return -1;
        }
        int end = Math.max(1, spaceStart);
        if (end >= digitsStart || s.substring(0, end).indexOf('\n') >= 0) {
            return -1;
        }
        return end;
    }

    /** A like or dislike and the service name, from {@code <name> [operator] like|dislike}. */
    record Likes(String service, boolean like) {
    }

    static Likes likes(String text) {
        String s = PyText.strip(text);
        boolean like;
        if (s.endsWith("dislike")) {
            like = false;
            s = s.substring(0, s.length() - 7);
        } else if (s.endsWith("like")) {
            like = true;
            s = s.substring(0, s.length() - 4);
        } else {
            throw ParseFailure.unparseable("Invalid value, expected like/dislike");
        }
        s = PyText.strip(s);
        for (Map.Entry<String, Operator> word : Operators.NUMBER_TEST_WORDS) {
            if (s.endsWith(word.getKey())) {
                s = PyText.strip(s.substring(0, s.length() - word.getKey().length()));
                break;
            }
        }
        return new Likes(s, like);
    }
}
