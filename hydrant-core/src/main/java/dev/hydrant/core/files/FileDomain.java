package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A file domain (hydrus's "location context"): files currently in any of {@code current}, or deleted from any of
 * {@code deleted}. Service keys of file services.
 */
public record FileDomain(Set<ByteKey> current, Set<ByteKey> deleted) {
    public FileDomain {
        current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
        deleted = Collections.unmodifiableSet(new LinkedHashSet<>(deleted));
    }

    public static FileDomain of(ByteKey service) {
        return new FileDomain(Set.of(service), Set.of());
    }

    public boolean isEmpty() {
        return current.isEmpty() && deleted.isEmpty();
    }

    /**
     * Checks the keys a request named (hydrus's {@code ParseLocationContext}): each must be a known file
     * service; with {@code localOnly}, deleted keys are ignored and current keys must be local file domains.
     *
     * @return the domain, or {@code fallback} when no key was given (may be null)
     */
    public static FileDomain resolve(ServiceCatalog catalog, Collection<ByteKey> current, Collection<ByteKey> deleted,
                                     boolean localOnly, FileDomain fallback) {
        for (ByteKey key : current) {
            check(catalog, key);
        }
        for (ByteKey key : deleted) {
            check(catalog, key);
        }
        Set<ByteKey> deletedKeys = new LinkedHashSet<>(deleted);
        if (localOnly) {
            deletedKeys.clear();
            for (ByteKey key : current) {
                if (catalog.get(key).type() != ServiceType.LOCAL_FILE_DOMAIN) {
                    throw ApiException.badRequest(
                            "Sorry, any custom file domain here must only declare local file domains.");
                }
            }
        }
        if (current.isEmpty() && deletedKeys.isEmpty()) {
            return fallback;
        }
        return new FileDomain(new LinkedHashSet<>(current), deletedKeys);
    }

    private static void check(ServiceCatalog catalog, ByteKey key) {
        Service service = catalog.find(key).orElseThrow(() -> ApiException.badRequest(
                "Could not find the file service \"" + key.hex() + "\"!"));
        if (!ServiceType.FILE_SERVICES.contains(service.type())) {
            throw ApiException.badRequest("Sorry, the service key \"" + key.hex() + "\" did not give a file service!");
        }
    }
}
