package dev.hydrant.core.files;

import java.util.Set;

/**
 * Told which files a committed transaction changed (their record, domains, inbox, times or viewing statistics), in
 * commit order, before the in-memory {@link FileDomainMembership} shows the change: the search index re-reads those
 * files here, so a file is complete in the index by the time it appears in a domain.
 */
@FunctionalInterface
public interface FileChangeListener {
    void filesChanged(Set<Long> fileIds);

    FileChangeListener NONE = ids -> {
    };
}
