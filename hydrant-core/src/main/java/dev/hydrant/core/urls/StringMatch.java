package dev.hydrant.core.urls;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule one piece of text (a path segment, a parameter value) must meet, as hydrus's string matches: exactly a
 * fixed text, only characters of a class (alphabetic, alphanumeric, numeric, hex, base64), a regular expression
 * found somewhere in the text, or anything; optionally with a minimum and maximum length in characters.
 * Class and regex rules look at the text with line breaks removed and surrounding whitespace trimmed.
 */
public final class StringMatch {
    /** What kind of rule this is. */
    public enum Kind {
        FIXED, ALPHA, ALPHANUMERIC, NUMERIC, HEX, BASE64, REGEX, ANY
    }

    private static final StringMatch ANYTHING = new StringMatch(Kind.ANY, "", null, null);

    private final Kind kind;
    private final String value;
    private final Integer minChars;
    private final Integer maxChars;
    private final Pattern pattern;

    private StringMatch(Kind kind, String value, Integer minChars, Integer maxChars) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.minChars = minChars;
        this.maxChars = maxChars;
        this.pattern = switch (kind) {
            case ALPHA -> Pattern.compile("^[a-zA-Z]+$");
            case ALPHANUMERIC -> PythonRegex.compile("^[a-zA-Z\\d]+$");
            case NUMERIC -> PythonRegex.compile("^\\d+$");
            case HEX -> PythonRegex.compile("^[\\da-fA-F]+$");
            case BASE64 -> PythonRegex.compile("^[a-zA-Z\\d+/]+={0,2}$");
            case REGEX -> PythonRegex.compile(value);
            case FIXED, ANY -> null;
        };
    }

    public static StringMatch fixed(String text) {
        return new StringMatch(Kind.FIXED, text, null, null);
    }

    /** @throws PatternSyntaxException when the (Python-syntax) regular expression is not valid */
    public static StringMatch regex(String pythonRegex) {
        return new StringMatch(Kind.REGEX, pythonRegex, null, null);
    }

    public static StringMatch of(Kind kind) {
        if (kind == Kind.FIXED || kind == Kind.REGEX) {
            throw new IllegalArgumentException(kind + " needs a value");
        }
        return kind == Kind.ANY ? ANYTHING : new StringMatch(kind, "", null, null);
    }

    public static StringMatch any() {
        return ANYTHING;
    }

    /** This rule with length limits (either may be null). */
    public StringMatch withLength(Integer min, Integer max) {
        return new StringMatch(kind, value, min, max);
    }

    public Kind kind() {
        return kind;
    }

    /** The fixed text or the regular expression; empty for the other kinds. */
    public String value() {
        return value;
    }

    public Optional<Integer> minChars() {
        return Optional.ofNullable(minChars);
    }

    public Optional<Integer> maxChars() {
        return Optional.ofNullable(maxChars);
    }

    public boolean matches(String text) {
        return failure(text) == null;
    }

    /** @throws UrlClassException with hydrus's wording when the text does not meet the rule */
    public void test(String text) {
        String failure = failure(text);
        if (failure != null) {
            throw new UrlClassException(failure);
        }
    }

    /** Why the text does not meet the rule, worded as hydrus words it; null when it does. */
    String failure(String text) {
        int length = text.codePointCount(0, text.length());
        String shown = "\"" + text + "\"";
        if (minChars != null && length < minChars) {
            return shown + " had fewer than " + humanInt(minChars) + " characters";
        }
        if (maxChars != null && length > maxChars) {
            return shown + " had more than " + humanInt(maxChars) + " characters";
        }
        return switch (kind) {
            case ANY -> null;
            case FIXED -> text.equals(value) ? null : shown + " did not exactly match \"" + value + "\"";
            default -> pattern.matcher(joinLinesAndStrip(text)).find() ? null : shown + classFailure();
        };
    }

    private String classFailure() {
        return switch (kind) {
            case ALPHA -> " had non-alpha characters";
            case ALPHANUMERIC -> " had non-alphanumeric characters";
            case NUMERIC -> " had non-numeric characters";
            case HEX -> " had non-hex characters";
            case BASE64 -> " had non-base64 characters";
            default -> " did not match \"" + value + "\"";
        };
    }

    /** Python's {@code ''.join(text.splitlines()).strip()}. */
    private static String joinLinesAndStrip(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = switch (c) {
                case '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029 -> true;
                default -> false;
            };
            if (lineBreak && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!lineBreak && b != null) {
                b.append(c);
            }
        }
        return UrlText.pythonStrip(b == null ? text : b.toString());
    }

    private static String humanInt(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringMatch m && kind == m.kind && value.equals(m.value)
                && Objects.equals(minChars, m.minChars) && Objects.equals(maxChars, m.maxChars);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, minChars, maxChars);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FIXED -> "fixed \"" + value + "\"";
            case REGEX -> "regex \"" + value + "\"";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        } + (minChars == null && maxChars == null ? "" : " (" + minChars + ".." + maxChars + " chars)");
    }
}
