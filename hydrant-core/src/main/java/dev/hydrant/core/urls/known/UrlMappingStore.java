package dev.hydrant.core.urls.known;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the known URLs of files are kept: URL texts interned once with their domain, and (file, URL) rows indexed
 * both ways. Reads take a batch and cost a fixed number of statements whatever its size.
 */
public interface UrlMappingStore {
    /** Runs {@code work} in one write transaction (committed when it returns, rolled back when it throws). */
    <T> T write(Function<UrlMappingWrites, T> work);

    /** The URLs of each of these files, in no particular order; files without URLs are absent. */
    Map<Long, List<String>> urlsOf(Collection<Long> fileIds);

    /** The files that have at least one of these exact URL texts (an indexed lookup per text). */
    Set<Long> filesWithAny(Collection<String> urls);

    /** Every stored (file, URL) row, for building the in-memory search data. */
    void forEachMapping(Consumer<UrlMapping> visitor);
}
