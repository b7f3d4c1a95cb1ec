package dev.hydrant.core.search;

/**
 * The in-memory file search engine (implemented in hydrant-index): evaluates a {@link SearchQuery} against
 * postings, domain bit sets and file columns, never SQL. Searches may run concurrently with writes; each
 * sees every change committed before it started.
 */
public interface SearchIndex {
    /** The matching file ids in the query's order, {@code system:limit} applied. */
    int[] search(SearchQuery query);

    /** Counts over the matching files for {@code /manage_database/mr_bones}. */
    FileSetStats stats(SearchQuery query);

    /** The sha256 of each file id, in order (ids the index does not know give null). */
    java.util.List<dev.hydrant.core.ByteKey> sha256s(int[] fileIds);
}
