package dev.hydrant.core.urls.known;

import dev.hydrant.core.urls.UrlInfo;

import java.util.List;

/**
 * A file's URLs as {@code file_metadata} shows them.
 *
 * @param urls    the stored texts, sorted by code point ({@code known_urls})
 * @param details per URL in that order, what its normalised form is ({@code detailed_known_urls}; URLs that cannot
 *                be normalised are left out); empty unless asked for
 */
public record KnownUrls(List<String> urls, List<UrlInfo> details) {
    public static final KnownUrls NONE = new KnownUrls(List.of(), List.of());

    public KnownUrls {
        urls = List.copyOf(urls);
        details = List.copyOf(details);
    }
}
