package dev.hydrant.core.urls;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * hydrus's URL rules over a {@link UrlClassCatalog}: the stored (normalised) form of any URL, the URL actually
 * fetched for it, and whether it could be parsed.
 *
 * <ul>
 *   <li>Texts that are not full URLs ({@code not a url}, {@code example.com/x}) are returned unchanged.</li>
 *   <li>Full URLs no class matches are washed: percent-encoded where needed, scheme lower-cased, fragment dropped;
 *       the domain's case and the parameter order are kept ({@code ftp://…} URLs too).</li>
 *   <li>URLs a class matches get that class's normalisation ({@link UrlClass#normalise}).</li>
 * </ul>
 */
public final class UrlNormaliser {
    /** {@code match_name} of URLs no class matches. */
    public static final String UNKNOWN_NAME = "unknown url";
    /** {@code cannot_parse_reason} of URLs no class matches. */
    public static final String UNKNOWN_REASON = "unknown url class";

    private final UrlClassCatalog catalog;

    public UrlNormaliser(UrlClassCatalog catalog) {
        this.catalog = catalog;
    }

    public UrlClassCatalog catalog() {
        return catalog;
    }

    /** The stored form of a URL (hydrus's {@code NormaliseURL}). */
    public String normalise(String url) {
        return normalise(url, false);
    }

    /**
     * The stored form, or with {@code forServer} the form that is fetched.
     *
     * @throws UrlClassException when the matching class cannot normalise it
     */
    public String normalise(String url, boolean forServer) {
        if (!UrlText.looksLikeFullUrl(url)) {
            return url;
        }
        Optional<UrlClass> c = catalog.classFor(url);
        if (c.isEmpty()) {
            return UrlText.ensureEncoded(url, false);
        }
        return c.get().normalise(url, forServer);
    }

    /** The stored forms of several URLs, skipping those that fail, without duplicates, in order. */
    public List<String> normaliseAll(Collection<String> urls) {
        Set<String> out = new LinkedHashSet<>();
        for (String url : urls) {
            try {
                out.add(normalise(url));
            } catch (UrlClassException e) {
                // hydrus skips URLs it cannot normalise here
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The URL that is fetched for a (normalised) URL: itself when no class matches, else the fetched form of the
     * last class in its API/redirect chain.
     *
     * @throws UrlClassException when the chain leads to a URL no class matches, or loops
     */
    public String requestUrl(String url) {
        if (catalog.classFor(url).isEmpty()) {
            return url;
        }
        try {
            return resolveApi(url).url();
        } catch (UrlClassException e) {
            throw new UrlClassException("Could not find a URL class for " + url + "!\n\n" + e.getMessage());
        }
    }

    /**
     * Everything {@code get_url_info} reports for a URL (the Client API refuses an empty URL before this).
     *
     * @throws UrlClassException when the URL cannot be normalised or its request URL cannot be found
     */
    public UrlInfo info(String url) {
        String normalised = normalise(url);
        Capability capability = capability(normalised);
        String request = requestUrl(normalised);
        return new UrlInfo(normalised, capability.type(), capability.name(), capability.canParse(),
                capability.reason(), request);
    }

    /** What {@code detailed_known_urls} reports for a stored URL; empty when it cannot be normalised. */
    public Optional<UrlInfo> knownUrlInfo(String url) {
        String normalised;
        try {
            normalised = normalise(url);
        } catch (UrlClassException e) {
            return Optional.empty();
        }
        Capability c = capability(normalised);
        return Optional.of(new UrlInfo(normalised, c.type(), c.name(), c.canParse(), c.reason(), null));
    }

    /**
     * The URLs a stored URL may have been recorded as (hydrus's {@code GetSearchURLs}, used to find the files of a
     * URL): itself, its normalised and fetched forms, each over http and https, with and without {@code www.},
     * leading {@code //} of the path collapsed, and with and without a trailing {@code /}.
     */
    public Set<String> searchVariants(String url) {
        Set<String> urls = new LinkedHashSet<>();
        urls.add(url);
        try {
            urls.add(normalise(url, true));
            urls.add(normalise(url));
        } catch (UrlClassException e) {
            // only the given text then
        }
        for (String u : List.copyOf(urls)) {
            urls.add(UrlText.swapHttpScheme(u));
        }
        for (String u : List.copyOf(urls)) {
            UrlParts p;
            try {
                p = UrlText.parse(u);
            } catch (UrlClassException e) {
                continue;
            }
            UrlParts noParams = p.withParams("");
            if (p.path().startsWith("//")) {
                String collapsed = p.path();
                while (collapsed.startsWith("//")) {
                    collapsed = collapsed.substring(1);
                }
                urls.add(noParams.withPath(collapsed).unparse());
            }
            String netloc = p.netloc();
            String alternative = netloc.startsWith("www") ? UrlText.removeWww(netloc) : "www." + netloc;
            urls.add(noParams.withNetloc(alternative).unparse());
        }
        for (String u : List.copyOf(urls)) {
            urls.add(u.endsWith("/") ? u.substring(0, u.length() - 1) : u + "/");
        }
        return urls;
    }

    /** The type, class name and parse ability of a URL (hydrus's {@code GetURLParseCapability}). */
    private Capability capability(String url) {
        Optional<UrlClass> c = catalog.classFor(url);
        if (c.isEmpty()) {
            return new Capability(UrlType.UNKNOWN, UNKNOWN_NAME, false, UNKNOWN_REASON);
        }
        UrlClass urlClass = c.get();
        Resolved resolved;
        try {
            resolved = resolveApi(url);
        } catch (UrlClassException e) {
            return new Capability(urlClass.type(), urlClass.name(), false,
                    "Could not find a URL class for " + url + "!\n\n" + e.getMessage());
        }
        Optional<String> parser = resolved.urlClass().parser();
        if (parser.isPresent() && catalog.hasParser(parser.get())) {
            return new Capability(urlClass.type(), urlClass.name(), true, "");
        }
        return new Capability(urlClass.type(), urlClass.name(), false,
                "Could not find a parser for " + resolved.urlClass().name() + " URL Class!");
    }

    /** Follows a URL's API/redirect chain to the class that would be fetched and parsed, and its fetched form. */
    private Resolved resolveApi(String url) {
        UrlClass start = catalog.classFor(url)
                .orElseThrow(() -> new UrlClassException("Could not find a URL Class for " + url + "!"));
        Set<UrlClass> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(start);
        UrlClass current = start;
        String apiUrl = url;
        while (current.usesApiUrl()) {
            apiUrl = current.apiUrl(apiUrl);
            String from = apiUrl;
            UrlClass next = catalog.classFor(apiUrl).orElseThrow(() -> new UrlClassException(
                    "Could not find an API/Redirect URL Class for " + from + " URL, which originally came from " + url + "!"));
            if (seen.contains(next)) {
                throw new UrlClassException(loopMessage(url, seen.size()));
            }
            seen.add(next);
            current = next;
        }
        return new Resolved(current, current.normalise(apiUrl, true));
    }

    private static String loopMessage(String url, int size) {
        String prefix = "Could not find an API/Redirect URL Class for " + url;
        return switch (size) {
            case 1 -> prefix + " as the url class API-linked to itself!";
            case 2 -> prefix + " as the url class and its API url class API-linked to each other!";
            default -> prefix + " as it and its API url classes linked in a loop of size " + size + "!";
        };
    }

    private record Capability(UrlType type, String name, boolean canParse, String reason) {
    }

    private record Resolved(UrlClass urlClass, String url) {
    }
}
