package dev.hydrant.core.search;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;

import java.util.Objects;

/**
 * One file search as the index evaluates it: the terms, where to look, which tags count, and the order.
 *
 * @param domain     the file domain searched (current and/or deleted files of file services)
 * @param tagService a real tag service key, or all known tags (every real tag service together)
 * @param current    whether current mappings count
 * @param pending    whether pending mappings count
 * @param display    true for display tags (siblings and parents applied), false for storage tags
 * @param ascending  {@code file_sort_asc}
 */
public record SearchQuery(SearchTerms terms, FileDomain domain, ByteKey tagService, boolean current,
                          boolean pending, boolean display, FileSortType sort, boolean ascending) {
    public SearchQuery {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(tagService, "tagService");
        Objects.requireNonNull(sort, "sort");
    }
}
