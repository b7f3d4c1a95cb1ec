package dev.hydrant.core.search.predicate;

/** How a {@link UrlPredicate} matches a file's known URLs. */
public enum UrlRule {
    /** The URL itself ({@code system:has url https://...}). */
    EXACT,
    /** A URL on this domain ({@code system:has domain example.com}). */
    DOMAIN,
    /** A URL matching this regular expression ({@code system:has url matching regex ...}). */
    REGEX,
    /** A URL that this URL class matches ({@code system:has a url with class ...}). */
    URL_CLASS
}
