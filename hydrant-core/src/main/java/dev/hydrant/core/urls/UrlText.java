package dev.hydrant.core.urls;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * hydrus's low-level URL text rules, which everything else builds on: how a URL is split (after trimming and
 * NFKC-normalising the domain), whether it "looks like a full URL", percent-encoding that never double-encodes,
 * and the washing of unknown URLs ({@link #ensureEncoded}).
 */
public final class UrlText {
    /** Characters left as they are in a query parameter name or value (RFC 3986 §3.4 sub-delims and friends). */
    static final String PARAM_SAFE = "!$&'()*+,;=@:/?";
    /** Characters left as they are in one path segment (RFC 3986 §3.3). */
    static final String PATH_SAFE = "!$&'()*+,;=@:";

    private UrlText() {
    }

    /**
     * Splits a URL as hydrus does before any URL rule looks at it: Python-trimmed, the domain NFKC-normalised (with
     * {@code ?}/{@code #} in it turned into {@code _}), then {@code urlparse}.
     */
    public static UrlParts parse(String url) {
        return UrlParts.parse(unicodeNormalise(pythonStrip(url)));
    }

    /** Whether the text has a scheme and a domain ({@code http://x}, {@code ftp://x}; not {@code x.com/y}). */
    public static boolean looksLikeFullUrl(String text) {
        try {
            checkLooksLikeFullUrl(text);
            return true;
        } catch (UrlClassException e) {
            return false;
        }
    }

    /** @throws UrlClassException {@code Could not parse "TEXT" at all!} when there is no scheme or no domain */
    public static void checkLooksLikeFullUrl(String text) {
        UrlParts p;
        try {
            p = parse(text);
        } catch (UrlClassException e) {
            p = null;
        }
        if (p == null || p.scheme().isEmpty() || p.netloc().isEmpty()) {
            throw new UrlClassException("Could not parse \"" + text + "\" at all!");
        }
    }

    /** The domain (netloc, with any port and user info) of a full URL. */
    public static String domain(String url) {
        checkLooksLikeFullUrl(url);
        return parse(url).netloc();
    }

    /**
     * Percent-encodes whatever in a full URL is not yet encoded (path segments, query names and values, never
     * re-encoding a valid {@code %XX}), keeps the order of query parameters, and drops the fragment unless asked.
     * Texts that are not full URLs, or that cannot be encoded, come back unchanged.
     */
    public static String ensureEncoded(String url, boolean keepFragment) {
        if (!looksLikeFullUrl(url)) {
            return url;
        }
        try {
            UrlParts p = parse(url);
            List<String> segments = new ArrayList<>();
            for (String s : pathSegments(p.path())) {
                segments.add(encodePathComponent(s));
            }
            QueryText q = QueryText.parse(p.query()).encoded();
            UrlParts clean = new UrlParts(p.scheme(), p.netloc(), "/" + String.join("/", segments), p.params(),
                    q.render(), keepFragment ? p.fragment() : "");
            return clean.unparse();
        } catch (RuntimeException e) {
            return url;
        }
    }

    /**
     * The segments of a URL path: one leading {@code /} removed, then split on {@code /} (so {@code ""} and
     * {@code "/"} are one empty segment, and {@code //images/x} keeps an empty first segment).
     */
    public static List<String> pathSegments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.asList(p.split("/", -1));
    }

    /** One path segment, percent-encoded where it is not yet. */
    public static String encodePathComponent(String segment) {
        return encodeComponent(segment, PATH_SAFE);
    }

    /** One query parameter name or value, percent-encoded where it is not yet. */
    public static String encodeParamComponent(String component) {
        return encodeComponent(component, PARAM_SAFE);
    }

    /**
     * Encodes a mix of encoded and raw text: a {@code %} followed by two hex digits is kept as an escape, any other
     * {@code %} becomes {@code %25}, and the rest is quoted (UTF-8) except letters, digits, {@code _.-~} and
     * {@code safe}. Idempotent.
     */
    static String encodeComponent(String text, String safe) {
        String[] parts = text.split("%", -1);
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                b.append('%');
                if (!startsWithTwoHexDigits(part)) {
                    b.append("25");
                }
            }
            b.append(quote(part, safe));
        }
        return b.toString();
    }

    /**
     * Python's {@code urllib.parse.quote(text, safe)}.
     *
     * @throws IllegalArgumentException for a lone surrogate, which Python cannot encode either
     */
    public static String quote(String text, String safe) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnreserved(c) || (c < 0x80 && safe.indexOf(c) >= 0)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            int cp = text.codePointAt(i);
            if (Character.isSurrogate(c) && !Character.isSupplementaryCodePoint(cp)) {
                throw new IllegalArgumentException("lone surrogate in URL text");
            }
            for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
            }
            i += Character.charCount(cp) - 1;
        }
        return b == null ? text : b.toString();
    }

    /** Python's {@code urllib.parse.unquote}: %XX sequences decoded as UTF-8, invalid bytes replaced. */
    public static String unquote(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** The same URL over http (https URLs) or https (http URLs). */
    static String swapHttpScheme(String url) {
        if (url.startsWith("http://")) {
            return "https://" + url.substring(7);
        }
        if (url.startsWith("https://")) {
            return "http://" + url.substring(8);
        }
        return url;
    }

    /** {@code www.x.com} → {@code x.com} (only with at least two dots); other domains unchanged. */
    static String removeWww(String domain) {
        if (domain.chars().filter(c -> c == '.').count() > 1 && domain.startsWith("www")) {
            return domain.substring(domain.indexOf('.') + 1);
        }
        return domain;
    }

    /**
     * The domain part of {@code scheme://domain/...} NFKC-normalised, with {@code ?} and {@code #} in it replaced by
     * {@code _} (hydrus does this so that look-alike characters cannot fake a domain); {@code file:} URLs unchanged.
     */
    static String unicodeNormalise(String url) {
        if (url.startsWith("file:")) {
            return url;
        }
        int sep = url.indexOf("://");
        if (sep < 0) {
            return url;
        }
        String scheme = url.substring(0, sep);
        String rest = url.substring(sep + 3);
        int slash = rest.indexOf('/');
        String netloc = slash < 0 ? rest : rest.substring(0, slash);
        String pathAndRest = slash < 0 ? null : rest.substring(slash + 1);
        netloc = Normalizer.normalize(netloc, Normalizer.Form.NFKC).replace('?', '_').replace('#', '_');
        String schemeAndNetloc = scheme + "://" + netloc;
        return pathAndRest == null ? schemeAndNetloc : schemeAndNetloc + "/" + pathAndRest;
    }

    /** Python's {@code str.strip()}: removes leading and trailing {@code str.isspace()} characters. */
    static String pythonStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.isspace()} for one BMP character (no astral character is whitespace). */
    static boolean isPythonSpace(char c) {
        if (c <= 0x20) {
            return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        if (c < 0x85) {
            return false;
        }
        return switch (c) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-' || c == '~';
    }

    private static boolean startsWithTwoHexDigits(String s) {
        return s.length() >= 2 && isHex(s.charAt(0)) && isHex(s.charAt(1));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
