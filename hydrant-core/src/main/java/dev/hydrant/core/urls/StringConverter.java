package dev.hydrant.core.urls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A chain of text conversions, as hydrus's string converters: what a URL class applies to a URL to get the URL of
 * its API (or the page it redirects to). Lengths count characters (code points) and cut as Python slices do.
 */
public record StringConverter(List<Conversion> conversions) {

    public static final StringConverter NONE = new StringConverter(List.of());

    public StringConverter {
        conversions = List.copyOf(conversions);
    }

    public static StringConverter of(Conversion... conversions) {
        return new StringConverter(List.of(conversions));
    }

    /** Whether this converter changes anything (a URL class with one uses an API/redirect URL). */
    public boolean makesChanges() {
        return !conversions.isEmpty();
    }

    /** @throws UrlClassException naming the step that could not be applied */
    public String convert(String text) {
        String s = text;
        for (Conversion c : conversions) {
            try {
                s = c.apply(s);
            } catch (RuntimeException e) {
                throw new UrlClassException("ERROR: Could not apply \"" + c.describe() + "\" to string \"" + s + "\": "
                        + e.getMessage());
            }
        }
        return s;
    }

    /** One step. */
    public sealed interface Conversion {
        String apply(String s);

        /** hydrus's wording of the step. */
        String describe();
    }

    /** Drop the first {@code n} characters. */
    public record RemoveFromStart(int n) implements Conversion {
        public String apply(String s) {
            return slice(s, n, null);
        }

        public String describe() {
            return "remove the first " + n + " characters";
        }
    }

    /** Drop the last {@code n} characters (like Python's {@code s[:-n]}, so 0 leaves nothing). */
    public record RemoveFromEnd(int n) implements Conversion {
        public String apply(String s) {
            return slice(s, null, -n);
        }

        public String describe() {
            return "remove the last " + n + " characters";
        }
    }

    /** Keep the first {@code n} characters. */
    public record KeepStart(int n) implements Conversion {
        public String apply(String s) {
            return slice(s, null, n);
        }

        public String describe() {
            return "take the first " + n + " characters";
        }
    }

    /** Keep the last {@code n} characters (like Python's {@code s[-n:]}, so 0 keeps everything). */
    public record KeepEnd(int n) implements Conversion {
        public String apply(String s) {
            return slice(s, -n, null);
        }

        public String describe() {
            return "take the last " + n + " characters";
        }
    }

    public record Prepend(String text) implements Conversion {
        public String apply(String s) {
            return text + s;
        }

        public String describe() {
            return "prepend with \"" + text + "\"";
        }
    }

    public record Append(String text) implements Conversion {
        public String apply(String s) {
            return s + text;
        }

        public String describe() {
            return "append with \"" + text + "\"";
        }
    }

    public record Reverse() implements Conversion {
        public String apply(String s) {
            return new StringBuilder(s).reverse().toString();
        }

        public String describe() {
            return "reverse text";
        }
    }

    /** Python's {@code re.sub(pattern, replacement, s)}, written in Python's syntax ({@code \1}, {@code \g<name>}). */
    public record RegexSubstitution(String pattern, String replacement) implements Conversion {
        public RegexSubstitution {
            PythonRegex.checkReplacement(PythonRegex.compile(pattern), replacement);
        }

        public String apply(String s) {
            Pattern p = PythonRegex.compile(pattern);
            return p.matcher(s).replaceAll(PythonRegex.replacement(replacement));
        }

        public String describe() {
            return "regex substitution: ('" + pattern + "', '" + replacement + "')";
        }
    }

    /** The text as an integer plus {@code delta}. */
    public record AddInteger(long delta) implements Conversion {
        public String apply(String s) {
            return Long.toString(Long.parseLong(s.strip()) + delta);
        }

        public String describe() {
            return "integer addition: add " + delta;
        }
    }

    /** Text encodings a converter can encode to or decode from. */
    public enum Encoding {
        URL_PERCENT("url percent encoding"), HEX("hex (utf-8)"), BASE64("base64 (utf-8)"),
        HTML_ENTITIES("html entities");

        private final String text;

        Encoding(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public record Encode(Encoding encoding) implements Conversion {
        public String apply(String s) {
            return switch (encoding) {
                case URL_PERCENT -> UrlText.quote(s, "");
                case HEX -> HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
                case BASE64 -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
                case HTML_ENTITIES -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#x27;");
            };
        }

        public String describe() {
            return "encode to " + encoding.text();
        }
    }

    /** Decoding; {@link Encoding#HTML_ENTITIES} is not supported. */
    public record Decode(Encoding encoding) implements Conversion {
        public Decode {
            if (encoding == Encoding.HTML_ENTITIES) {
                throw new IllegalArgumentException("decoding html entities is not supported");
            }
        }

        public String apply(String s) {
            return switch (encoding) {
                case URL_PERCENT -> UrlText.unquote(s);
                case HEX -> new String(HexFormat.of().parseHex(s), StandardCharsets.UTF_8);
                case BASE64 -> new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
                case HTML_ENTITIES -> throw new IllegalStateException();
            };
        }

        public String describe() {
            return "decode from " + encoding.text();
        }
    }

    /** The hex digest of the UTF-8 text: md5, sha1, sha256 or sha512. */
    public record Hash(String function) implements Conversion {
        public Hash {
            algorithm(function);
        }

        public String apply(String s) {
            try {
                MessageDigest d = MessageDigest.getInstance(algorithm(function));
                return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public String describe() {
            return "hash string by " + function;
        }

        private static String algorithm(String function) {
            return switch (function.toLowerCase(Locale.ROOT)) {
                case "md5" -> "MD5";
                case "sha1" -> "SHA-1";
                case "sha256" -> "SHA-256";
                case "sha512" -> "SHA-512";
                default -> throw new IllegalArgumentException("Unknown hash function \"" + function + "\"!");
            };
        }
    }

    /** Python's {@code s[start:end]} over code points (either bound may be null or negative). */
    static String slice(String s, Integer start, Integer end) {
        int length = s.codePointCount(0, s.length());
        int from = bound(start, length, 0);
        int to = bound(end, length, length);
        if (to <= from) {
            return "";
        }
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    private static int bound(Integer index, int length, int ifMissing) {
        if (index == null) {
            return ifMissing;
        }
        int i = index < 0 ? length + index : index;
        return Math.max(0, Math.min(length, i));
    }
}
