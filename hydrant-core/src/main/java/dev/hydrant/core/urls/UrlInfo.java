package dev.hydrant.core.urls;

import java.util.Optional;

/**
 * What Hydrant knows about a URL, as {@code /add_urls/get_url_info} and {@code detailed_known_urls} report it.
 *
 * @param normalisedUrl     the URL in its stored form
 * @param type              the matched class's type, or {@link UrlType#UNKNOWN}
 * @param matchName         the matched class's name, or {@code "unknown url"}
 * @param canParse          whether a parser exists for it (none do yet: Hydrant has no downloader parsers)
 * @param cannotParseReason why not, in hydrus's words; empty when {@code canParse}
 * @param requestUrl        the URL that would be fetched (after API/redirect conversion); null where not computed
 */
public record UrlInfo(String normalisedUrl, UrlType type, String matchName, boolean canParse,
                      String cannotParseReason, String requestUrl) {

    /** hydrus's {@code url_type_string}. */
    public String typeText() {
        return type.text();
    }

    public Optional<String> requestUrlOption() {
        return Optional.ofNullable(requestUrl);
    }
}
