package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.FileServiceStatus;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.RatioOperator;
import java.util.List;
import java.util.Map;

/** The operator vocabularies of the grammar (section 11.2 of the digest). */
final class Operators {

    /**
     * Every operator word of hydrus's number tests, longest first, so that a word is never mistaken for
     * a shorter one it starts with ({@code is about} before {@code is}, {@code <=} before {@code <}).
     */
    static final List<Map.Entry<String, Operator>> NUMBER_TEST_WORDS = List.of(
            Map.entry("greater than or equal to", Operator.GREATER_OR_EQUAL),
            Map.entry("fewer than or equal to", Operator.LESS_OR_EQUAL),
            Map.entry("less than or equal to", Operator.LESS_OR_EQUAL),
            Map.entry("more than or equal to", Operator.GREATER_OR_EQUAL),
            Map.entry("greater than", Operator.GREATER),
            Map.entry("fewer than", Operator.LESS),
            Map.entry("less than", Operator.LESS),
            Map.entry("more than", Operator.GREATER),
            Map.entry("is about", Operator.APPROX),
            Map.entry("is not", Operator.NOT_EQUAL),
            Map.entry("isn't", Operator.NOT_EQUAL),
            Map.entry("about", Operator.APPROX),
            Map.entry("==", Operator.EQUAL),
            Map.entry("is", Operator.EQUAL),
            Map.entry("!=", Operator.NOT_EQUAL),
            Map.entry("<=", Operator.LESS_OR_EQUAL),
            Map.entry(">=", Operator.GREATER_OR_EQUAL),
            Map.entry("~=", Operator.APPROX),
            Map.entry("=", Operator.EQUAL),
            Map.entry("\u2260", Operator.NOT_EQUAL),
            Map.entry("<", Operator.LESS),
            Map.entry(">", Operator.GREATER),
            Map.entry("\u2264", Operator.LESS_OR_EQUAL),
            Map.entry("\u2265", Operator.GREATER_OR_EQUAL),
            Map.entry("\u2248", Operator.APPROX));

    private Operators() {
    }

    /**
     * What hydrus does before every operator: while the text starts with a colon or a space, strip it
     * and drop one leading colon. (Only a space or a colon starts the loop; a leading tab does not.)
     */
    static String skipColonsAndSpaces(String text) {
        String s = text;
        while (s.startsWith(":") || s.startsWith(" ")) {
            s = PyText.strip(s);
            if (s.startsWith(":")) {
                s = s.substring(1);
            }
        }
        return s;
    }

    /**
     * A number-test operator ({@code RELATIONAL_NUMBERTEST}): {@code has…} reads as {@code >} and
     * {@code no…} as {@code =}, leaving the text for the value (which reads them as 0); else the
     * longest operator word the text starts with.
     */
    static Read<Operator> numberTest(String text) {
        if (text.startsWith("has")) {
            return new Read<>(Operator.GREATER, text);
        }
        if (text.startsWith("no")) {
            return new Read<>(Operator.EQUAL, text);
        }
        for (Map.Entry<String, Operator> word : NUMBER_TEST_WORDS) {
            if (text.startsWith(word.getKey())) {
                return new Read<>(word.getValue(), text.substring(word.getKey().length()));
            }
        }
        throw ParseFailure.unparseable("Invalid operator specification");
    }

    /**
     * The older relational vocabulary ({@code RELATIONAL}; {@code RELATIONAL_EXACT} when {@code exact}):
     * {@code ==}, {@code =}, {@code is}, {@code <}, {@code >}, and unless exact also {@code !=},
     * {@code is not}, {@code isn't}, {@code ≠}, {@code ~=}, {@code ≈}. No {@code <=} or {@code >=}.
     * {@code has…} and {@code no…} read as {@code >} and {@code =} and leave the text as it is.
     */
    static Read<Operator> relational(String text, boolean exact) {
        if (text.startsWith("==")) {
            return new Read<>(Operator.EQUAL, text.substring(2));
        }
        if (!exact) {
            if (text.startsWith("!=")) {
                return new Read<>(Operator.NOT_EQUAL, text.substring(2));
            }
            if (text.startsWith("is not")) {
                return new Read<>(Operator.NOT_EQUAL, text.substring(6));
            }
            if (text.startsWith("isn't")) {
                return new Read<>(Operator.NOT_EQUAL, text.substring(5));
            }
            if (text.startsWith("~=")) {
                return new Read<>(Operator.APPROX, text.substring(2));
            }
        }
        if (text.startsWith("=")) {
            return new Read<>(Operator.EQUAL, text.substring(1));
        }
        if (text.startsWith("<")) {
            return new Read<>(Operator.LESS, text.substring(1));
        }
        if (text.startsWith(">")) {
            return new Read<>(Operator.GREATER, text.substring(1));
        }
        if (!exact) {
            if (text.startsWith("\u2260")) {
                return new Read<>(Operator.NOT_EQUAL, text.substring(1));
            }
            if (text.startsWith("\u2248")) {
                return new Read<>(Operator.APPROX, text.substring(1));
            }
        }
        if (text.startsWith("is")) {
            return new Read<>(Operator.EQUAL, text.substring(2));
        }
        if (text.startsWith("has")) {
            return new Read<>(Operator.GREATER, text);
        }
        if (text.startsWith("no")) {
            return new Read<>(Operator.EQUAL, text);
        }
        throw ParseFailure.unparseable("Invalid relational operator");
    }

    /**
     * The time vocabulary ({@code RELATIONAL_TIME}). When the text has a digit, the words before the
     * first one may be {@code month} (with a date: {@code ≈}), {@code around} (with an age: {@code ≈}),
     * {@code day} (with a date: {@code =}), {@code since} or {@code before}; the value is then the text
     * from that digit to the end of its line. Otherwise the relational vocabulary applies.
     */
    static Read<Operator> time(String text) {
        int digit = firstDigit(text);
        if (digit >= 0) {
            String words = text.substring(0, digit);
            String value = text.substring(digit, PyText.lineEnd(text, digit));
            boolean date = TimeValues.looksLikeDate(value);
            if (words.contains("month") && date) {
                return new Read<>(Operator.APPROX, value);
            } else if (words.contains("around") && !date) {
                return new Read<>(Operator.APPROX, value);
            } else if (words.contains("day") && date) {
                return new Read<>(Operator.EQUAL, value);
            } else if (words.contains("since")) {
                return new Read<>(date ? Operator.GREATER : Operator.LESS, value);
            } else if (words.contains("before")) {
                return new Read<>(date ? Operator.LESS : Operator.GREATER, value);
            }
        }
        return relational(text, false);
    }

    /** {@code EQUAL}: true for {@code ==}, {@code =}, {@code is}; false for {@code ≠}, {@code !=}, {@code is not}, {@code isn't}. */
    static Read<Boolean> equality(String text) {
        if (text.startsWith("==")) {
            return new Read<>(true, text.substring(2));
        }
        if (text.startsWith("\u2260")) {
            return new Read<>(false, text.substring(1));
        }
        if (text.startsWith("!=")) {
            return new Read<>(false, text.substring(2));
        }
        if (text.startsWith("=")) {
            return new Read<>(true, text.substring(1));
        }
        if (text.startsWith("is not")) {
            return new Read<>(false, text.substring(6));
        }
        if (text.startsWith("isn't")) {
            return new Read<>(false, text.substring(5));
        }
        if (text.startsWith("is")) {
            return new Read<>(true, text.substring(2));
        }
        throw ParseFailure.unparseable("Invalid equality operator");
    }

    /** {@code ONLY_EQUAL}: {@code ==}, {@code =} or {@code is}; returns the rest. */
    static String onlyEqual(String text) {
        for (String word : List.of("==", "=", "is")) {
            if (text.startsWith(word)) {
                return text.substring(word.length());
            }
        }
        throw ParseFailure.unparseable("Invalid equality operator");
    }

    /** The ratio vocabulary, tried in hydrus's order. */
    static Read<RatioOperator> ratio(String text) {
        List<Map.Entry<String, RatioOperator>> words = List.of(
                Map.entry("wider than", RatioOperator.WIDER_THAN),
                Map.entry("taller than", RatioOperator.TALLER_THAN),
                Map.entry("is wider than", RatioOperator.WIDER_THAN),
                Map.entry("is taller than", RatioOperator.TALLER_THAN),
                Map.entry("==", RatioOperator.EQUAL),
                Map.entry("=", RatioOperator.EQUAL),
                Map.entry("is", RatioOperator.EQUAL),
                Map.entry("~=", RatioOperator.APPROX),
                Map.entry("\u2248", RatioOperator.APPROX));
        for (Map.Entry<String, RatioOperator> word : words) {
            if (text.startsWith(word.getKey())) {
                return new Read<>(word.getValue(), text.substring(word.getKey().length()));
            }
        }
        throw ParseFailure.unparseable("Invalid ratio operator");
    }

    /**
     * The ratio words, found anywhere in the text: {@code square} (= 1:1), {@code portrait} (taller
     * than 1:1), {@code landscape} (wider than 1:1).
     */
    static RatioOperator ratioWord(String text) {
        if (text.contains("square")) {
            return RatioOperator.EQUAL;
        }
        if (text.contains("portrait")) {
            return RatioOperator.TALLER_THAN;
        }
        if (text.contains("landscape")) {
            return RatioOperator.WIDER_THAN;
        }
        throw ParseFailure.unparseable("Invalid operator specification");
    }

    /** A file-service relationship and whether it is negated. */
    record FileServiceTest(FileServiceStatus status, boolean isIn) {
    }

    /** {@code FILESERVICE_STATUS}, tried in hydrus's order. */
    static Read<FileServiceTest> fileService(String text) {
        List<Map.Entry<String, FileServiceTest>> words = List.of(
                Map.entry("is currently in", new FileServiceTest(FileServiceStatus.CURRENT, true)),
                Map.entry("currently in", new FileServiceTest(FileServiceStatus.CURRENT, true)),
                Map.entry("is not currently in", new FileServiceTest(FileServiceStatus.CURRENT, false)),
                Map.entry("not currently in", new FileServiceTest(FileServiceStatus.CURRENT, false)),
                Map.entry("isn't currently in", new FileServiceTest(FileServiceStatus.CURRENT, false)),
                Map.entry("is pending to", new FileServiceTest(FileServiceStatus.PENDING, true)),
                Map.entry("pending to", new FileServiceTest(FileServiceStatus.PENDING, true)),
                Map.entry("is not pending to", new FileServiceTest(FileServiceStatus.PENDING, false)),
                Map.entry("not pending to", new FileServiceTest(FileServiceStatus.PENDING, false)),
                Map.entry("isn't pending to", new FileServiceTest(FileServiceStatus.PENDING, false)));
        for (Map.Entry<String, FileServiceTest> word : words) {
            if (text.startsWith(word.getKey())) {
                return new Read<>(word.getValue(), text.substring(word.getKey().length()));
            }
        }
        throw ParseFailure.unparseable("Invalid operator, expected a file service relationship");
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (PyText.isDigit(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
