package dev.hydrant.core.urls.known;

import java.util.List;

/**
 * The in-memory view of the known URLs that search reads. It is filled from {@link UrlMappingStore#forEachMapping}
 * when the library opens and told about every committed change, in commit order.
 */
public interface UrlMappingIndex {
    /** Rows committed together: {@code added} were inserted before {@code removed} were deleted. */
    void changed(List<UrlMapping> added, List<UrlMapping> removed);
}
