package dev.hydrant.core.urls.known;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes inside one {@link UrlMappingStore#write} transaction. */
public interface UrlMappingWrites {
    /** The file ids of these hashes; hashes without one get a new id (as hydrus gives them one). */
    Map<ByteKey, Long> fileIdsFor(Collection<ByteKey> sha256s);

    /**
     * Associates every file with every URL, storing URLs not seen before with their domain.
     *
     * @param urlDomains URL text → the domain to record for it
     * @return the rows that did not exist before
     */
    List<UrlMapping> add(Collection<Long> fileIds, Map<String, String> urlDomains);

    /** Removes the rows of these files for these URL texts; returns the rows that existed. */
    List<UrlMapping> remove(Collection<Long> fileIds, Collection<String> urls);
}
