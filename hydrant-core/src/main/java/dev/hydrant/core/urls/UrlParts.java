package dev.hydrant.core.urls;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The six parts of a URL exactly as Python's (3.11) {@code urllib.parse.urlparse} splits them (hydrus's URL rules are
 * written against that split, so its quirks matter: the scheme is lower-cased, the netloc keeps its case and port,
 * {@code ;params} are split off the last path segment only for some schemes, nothing is decoded), and the reverse,
 * {@code urlunparse}.
 *
 * <p>Invariants: every part is non-null (missing parts are empty strings); {@link #parse} never decodes or encodes.
 */
public record UrlParts(String scheme, String netloc, String path, String params, String query, String fragment) {

    private static final String SCHEME_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

    /** Schemes for which {@code urlparse} splits {@code ;params} off the path. */
    private static final Set<String> USES_PARAMS = Set.of("", "ftp", "hdl", "prospero", "http", "imap", "https",
            "shttp", "rtsp", "rtsps", "rtspu", "sip", "sips", "mms", "sftp", "tel");

    private static final Pattern IPV_FUTURE = Pattern.compile("^v[a-fA-F0-9]+\\..+$");

    /**
     * Splits as {@code urllib.parse.urlparse(url)} does.
     *
     * @throws UrlClassException where Python raises {@code ValueError} (unbalanced or invalid {@code [...]} hosts,
     *                           netlocs that NFKC-normalise into URL delimiters)
     */
    public static UrlParts parse(String url) {
        String rest = stripLeadingControlOrSpace(url);
        rest = removeTabsAndNewlines(rest);
        String scheme = "";
        String netloc = "";
        String query = "";
        String fragment = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isAsciiLetter(rest.charAt(0)) && allSchemeChars(rest, colon)) {
            scheme = asciiLower(rest.substring(0, colon));
            rest = rest.substring(colon + 1);
        }
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char delimiter : new char[]{'/', '?', '#'}) {
                int at = rest.indexOf(delimiter, 2);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
            boolean open = netloc.indexOf('[') >= 0;
            boolean close = netloc.indexOf(']') >= 0;
            if (open != close) {
                throw new UrlClassException("Invalid IPv6 URL");
            }
            if (open) {
                checkBracketedNetloc(netloc);
            }
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        checkNetloc(netloc);
        String params = "";
        if (USES_PARAMS.contains(scheme) && rest.indexOf(';') >= 0) {
            int semicolon;
            int lastSlash = rest.lastIndexOf('/');
            if (lastSlash >= 0) {
                semicolon = rest.indexOf(';', lastSlash);
            } else {
                semicolon = rest.indexOf(';');
            }
            if (semicolon >= 0) {
                params = rest.substring(semicolon + 1);
                rest = rest.substring(0, semicolon);
            }
        }
        return new UrlParts(scheme, netloc, rest, params, query, fragment);
    }

    /** Joins the parts as {@code urllib.parse.urlunparse} does (an empty query or fragment leaves no {@code ?}/{@code #}). */
    public String unparse() {
        String url = params.isEmpty() ? path : path + ";" + params;
        if (!netloc.isEmpty() || (!scheme.isEmpty() && usesNetloc(scheme) && !url.startsWith("//"))) {
            if (!url.isEmpty() && url.charAt(0) != '/') {
                url = "/" + url;
            }
            url = "//" + netloc + url;
        }
        if (!scheme.isEmpty()) {
            url = scheme + ":" + url;
        }
        if (!query.isEmpty()) {
            url = url + "?" + query;
        }
        if (!fragment.isEmpty()) {
            url = url + "#" + fragment;
        }
        return url;
    }

    public UrlParts withScheme(String newScheme) {
        return new UrlParts(newScheme, netloc, path, params, query, fragment);
    }

    public UrlParts withNetloc(String newNetloc) {
        return new UrlParts(scheme, newNetloc, path, params, query, fragment);
    }

    public UrlParts withPath(String newPath) {
        return new UrlParts(scheme, netloc, newPath, params, query, fragment);
    }

    public UrlParts withParams(String newParams) {
        return new UrlParts(scheme, netloc, path, newParams, query, fragment);
    }

    public UrlParts withQuery(String newQuery) {
        return new UrlParts(scheme, netloc, path, params, newQuery, fragment);
    }

    public UrlParts withFragment(String newFragment) {
        return new UrlParts(scheme, netloc, path, params, query, newFragment);
    }

    private static boolean usesNetloc(String scheme) {
        return switch (scheme) {
            case "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
                 "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
                 "git+ssh", "ws", "wss", "itms-services" -> true;
            default -> false;
        };
    }

    /** WHATWG's "C0 control or space": U+0000–U+0020. */
    private static String stripLeadingControlOrSpace(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= 0x20) {
            i++;
        }
        return s.substring(i);
    }

    private static String removeTabsAndNewlines(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && c != '\r' && c != '\n') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean allSchemeChars(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (SCHEME_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /**
     * Python's (3.11) check of bracketed hosts: the text between the first {@code [} and the next {@code ]} must be
     * an IPv6 address or an IPvFuture ({@code v1.x}).
     */
    private static void checkBracketedNetloc(String netloc) {
        String afterOpen = netloc.substring(netloc.indexOf('[') + 1);
        int close = afterOpen.indexOf(']');
        String host = close < 0 ? afterOpen : afterOpen.substring(0, close);
        if (host.startsWith("v")) {
            if (!IPV_FUTURE.matcher(host).matches()) {
                throw new UrlClassException("IPvFuture address is invalid");
            }
        } else if (!Ipv6Text.isAddress(host)) {
            throw new UrlClassException("'" + host + "' does not appear to be an IPv6 address");
        }
    }

    /** Python refuses netlocs whose NFKC form holds a delimiter the original did not (e.g. full-width solidus). */
    private static void checkNetloc(String netloc) {
        if (netloc.isEmpty() || isAscii(netloc)) {
            return;
        }
        String n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
        String normalised = Normalizer.normalize(n, Normalizer.Form.NFKC);
        if (n.equals(normalised)) {
            return;
        }
        for (char c : "/?#@:".toCharArray()) {
            if (normalised.indexOf(c) >= 0) {
                throw new UrlClassException("netloc '" + netloc + "' contains invalid characters under NFKC normalization");
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
