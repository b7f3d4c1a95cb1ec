package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:file service currently in my files}, {@code system:file service is not pending to ...}.
 *
 * @param service a file service; hydrus resolves the name among its real file services (local domains,
 *                trash, update files, the combined local domains, deleted files, repositories, IPFS)
 * @param isIn    false for the {@code is not}/{@code isn't} forms
 */
public record FileServicePredicate(ServiceRef service, FileServiceStatus status, boolean isIn)
        implements SystemPredicate {
    public FileServicePredicate {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
    }
}
