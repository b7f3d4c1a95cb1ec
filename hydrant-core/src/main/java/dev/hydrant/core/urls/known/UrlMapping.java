package dev.hydrant.core.urls.known;

import java.util.Objects;

/**
 * One stored association of a file with a URL.
 *
 * @param fileId the file (hash) id
 * @param urlId  the URL's id in the store (a URL text is stored once)
 * @param url    the URL text as stored
 * @param domain the domain recorded for it ({@link FileUrls#recordedDomain})
 */
public record UrlMapping(long fileId, long urlId, String url, String domain) {
    public UrlMapping {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(domain, "domain");
    }
}
