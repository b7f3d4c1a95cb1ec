package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.PixelUnit;
import dev.hydrant.core.search.predicate.RelationshipKind;
import dev.hydrant.core.search.predicate.SizeUnit;
import java.util.List;
import java.util.Map;

/** Plain numbers and the units that may follow them. */
final class Numbers {

    private Numbers() {
    }

    /** {@code NATURAL}: a non-negative integer, see {@link #integer}. */
    static Read<Long> natural(String text) {
        return read(text, true);
    }

    /**
     * {@code INTEGER}: after stripping, a text starting with {@code has} or {@code no} is 0 and nothing
     * is left; otherwise {@code -?[0-9,]+} with the commas dropped ({@code 1,024} is 1024). Decimals are
     * refused (the {@code .} is left over). A number that does not fit a long is refused too (hydrus,
     * with Python's big integers, would accept it).
     */
    static Read<Long> integer(String text) {
        return read(text, false);
    }

    private static Read<Long> read(String text, boolean natural) {
        String s = PyText.strip(text);
        if (s.startsWith("has") || s.startsWith("no")) {
            return new Read<>(0L, "");
        }
        int start = s.startsWith("-") ? 1 : 0;
        int end = start;
        while (end < s.length() && (PyText.isAsciiDigit(s.charAt(end)) || s.charAt(end) == ',')) {
            end++;
        }
        if (end == start) {
            throw ParseFailure.unparseable(natural ? "Invalid value, expected a natural number"
                    : "Invalid value, expected an integer");
        }
        String digits = s.substring(start, end).replace(",", "");
        if (digits.isEmpty()) {
            throw ParseFailure.unparseable("invalid literal for int(): " + PyText.abbreviate(s.substring(0, end)));
        }
        long value = PyText.parseDigits(digits);
        if (start == 1) {
            value = -value;
        }
        if (natural && value < 0) {
            throw ParseFailure.unparseable("Invalid value, expected a positive integer!");
        }
        return new Read<>(value, s.substring(end));
    }

    /** {@code 0|[1-9][0-9]*} at {@code from}: the end of the number, or -1. */
    static int plainNumberEnd(String text, int from) {
        if (from >= text.length()) {
            return -1;
        }
        char c = text.charAt(from);
        if (c == '0') {
            return from + 1;
        }
        if (c >= '1' && c <= '9') {
            return PyText.skipAsciiDigits(text, from + 1);
        }
        return -1;
    }

    /** The first of {@code words} (tried in order) that {@code text} starts with at {@code from}, or null. */
    static String firstWordAt(String text, int from, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, from)) {
                return word;
            }
        }
        return null;
    }

    /**
     * {@code FILESIZE} unit, required: {@code b|byte|bytes}, {@code kb|kilobytes|kilobyte},
     * {@code mb|...}, {@code gb|...}, each tried in that order. So {@code bytes} reads as {@code b}
     * and leaves {@code ytes}, which fails: hydrus refuses "5 bytes".
     */
    static Read<SizeUnit> sizeUnit(String text) {
        String s = PyText.strip(text);
        List<Map.Entry<List<String>, SizeUnit>> units = List.of(
                Map.entry(List.of("b", "byte", "bytes"), SizeUnit.BYTES),
                Map.entry(List.of("kb", "kilobytes", "kilobyte"), SizeUnit.KILOBYTES),
                Map.entry(List.of("mb", "megabytes", "megabyte"), SizeUnit.MEGABYTES),
                Map.entry(List.of("gb", "gigabytes", "gigabyte"), SizeUnit.GIGABYTES));
        for (Map.Entry<List<String>, SizeUnit> unit : units) {
            String word = firstWordAt(s, 0, unit.getKey());
            if (word != null) {
                return new Read<>(unit.getValue(), s.substring(word.length()));
            }
        }
        throw ParseFailure.unparseable("Invalid unit, expected a filesize");
    }

    /** {@code PIXELS} unit, required: {@code px|pixels|pixel}, {@code kpx|kilopixels|kilopixel}, {@code mpx|...}. */
    static Read<PixelUnit> pixelUnit(String text) {
        String s = PyText.strip(text);
        List<Map.Entry<List<String>, PixelUnit>> units = List.of(
                Map.entry(List.of("px", "pixels", "pixel"), PixelUnit.PIXELS),
                Map.entry(List.of("kpx", "kilopixels", "kilopixel"), PixelUnit.KILOPIXELS),
                Map.entry(List.of("mpx", "megapixels", "megapixel"), PixelUnit.MEGAPIXELS));
        for (Map.Entry<List<String>, PixelUnit> unit : units) {
            String word = firstWordAt(s, 0, unit.getKey());
            if (word != null) {
                return new Read<>(unit.getValue(), s.substring(word.length()));
            }
        }
        throw ParseFailure.unparseable("Invalid unit, expected pixels");
    }

    /** {@code PIXELS_OR_NONE}: nothing, or {@code pixels}, {@code pixel} or {@code px}. Returns the rest. */
    static String pixelsOrNone(String text) {
        return optionalUnit(text, List.of("pixels", "pixel", "px"), "Invalid unit, expected no unit or pixels");
    }

    /** {@code FPS_OR_NONE}: nothing, or {@code fps}. Returns the rest. */
    static String fpsOrNone(String text) {
        return optionalUnit(text, List.of("fps"), "Invalid unit, expected no unit or fps");
    }

    private static String optionalUnit(String text, List<String> words, String failure) {
        String s = PyText.strip(text);
        if (s.isEmpty()) {
            return s;
        }
        String word = firstWordAt(s, 0, words);
        if (word == null) {
            throw ParseFailure.unparseable(failure);
        }
        return s.substring(word.length());
    }

    /** {@code FILE_RELATIONSHIP_TYPE} unit, required. */
    static Read<RelationshipKind> relationshipKind(String text) {
        String s = PyText.strip(text);
        List<Map.Entry<List<String>, RelationshipKind>> kinds = List.of(
                Map.entry(List.of("duplicates"), RelationshipKind.DUPLICATES),
                Map.entry(List.of("alternates"), RelationshipKind.ALTERNATES),
                Map.entry(List.of("not related/false positives", "not related/false positive", "not related",
                        "false positives", "false positive"), RelationshipKind.FALSE_POSITIVE),
                Map.entry(List.of("potential duplicates"), RelationshipKind.POTENTIAL_DUPLICATES));
        for (Map.Entry<List<String>, RelationshipKind> kind : kinds) {
            String word = firstWordAt(s, 0, kind.getKey());
            if (word != null) {
                return new Read<>(kind.getValue(), s.substring(word.length()));
            }
        }
        throw ParseFailure.unparseable("Invalid unit, expected a file relationship");
    }

    /** {@code a × b}, refused when it does not fit a long. */
    static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw ParseFailure.unparseable("value too large");
        }
    }
}
