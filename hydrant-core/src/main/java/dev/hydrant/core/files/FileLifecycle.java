package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The file lifecycle use cases: delete (to the trash, or physically from hydrus local file storage), undelete,
 * archive and unarchive, clear deletion records, and copy between local file domains. Files the library does not
 * know are ignored, as hydrus ignores them. Each call is one transaction.
 */
public final class FileLifecycle {
    public static final String DEFAULT_DELETION_REASON = "Deleted via Client API.";
    /** Where deletion and undeletion apply when the request names no domain. */
    public static final FileDomain DEFAULT_DOMAIN = FileDomain.of(FileDomainRules.LOCAL_MEDIA);

    private final FileRecordStore records;
    private final FileResolver resolver;
    private final FileDomainRules rules;
    private final ServiceCatalog services;
    private final Clock clock;
    private final BooleanSupplier deleteLockForArchived;

    /** Without the delete lock (hydrus's default). */
    public FileLifecycle(FileRecordStore records, FileDomainRules rules, ServiceCatalog services, Clock clock) {
        this(records, rules, services, clock, () -> false);
    }

    /**
     * @param deleteLockForArchived hydrus's "delete lock for archived files" option, asked at each deletion: when on,
     *                              archived files cannot be deleted from hydrus local file storage
     */
    public FileLifecycle(FileRecordStore records, FileDomainRules rules, ServiceCatalog services, Clock clock,
                         BooleanSupplier deleteLockForArchived) {
        this.deleteLockForArchived = deleteLockForArchived;
        this.records = records;
        this.resolver = new FileResolver(records);
        this.rules = rules;
        this.services = services;
        this.clock = clock;
    }

    private ServiceType typeOf(ByteKey key) {
        return services.find(key).map(Service::type).orElse(null);
    }

    /**
     * Deletes from the domain's current services of types local file domain (to the trash), combined local file
     * domains (every local domain) and hydrus local file storage (physically); other services are ignored.
     *
     * @param reason null for hydrus's default reason
     * @throws ApiException 409 with the sorted hashes when hydrus local file storage is targeted and the delete
     *                      lock is on for a stored file that is archived; nothing is deleted then
     */
    public void delete(FileSelection files, FileDomain domain, String reason) {
        List<Long> ids = resolver.knownIds(files);
        String why = reason == null ? DEFAULT_DELETION_REASON : reason;
        List<ByteKey> local = domain.current().stream().filter(k -> typeOf(k) == ServiceType.LOCAL_FILE_DOMAIN).toList();
        boolean allLocal = domain.current().stream().anyMatch(k -> typeOf(k) == ServiceType.COMBINED_LOCAL_MEDIA);
        boolean physical = domain.current().stream().anyMatch(k -> typeOf(k) == ServiceType.HYDRUS_LOCAL_FILE_STORAGE);
        if (ids.isEmpty()) {
            return;
        }
        boolean locking = physical && deleteLockForArchived.getAsBoolean();
        write(tx -> {
            if (locking) {
                refuseDeleteLocked(tx, ids);
            }
            long now = clock.millis();
            Set<Long> affected = new LinkedHashSet<>();
            for (ByteKey d : local) {
                affected.addAll(rules.deleteFromLocalDomain(tx, d, ids, now));
            }
            if (allLocal) {
                affected.addAll(rules.deleteFromAllLocalDomains(tx, ids, now));
            }
            if (physical) {
                affected.addAll(rules.deletePhysically(tx, ids, now));
            }
            tx.setDeletionReason(affected, why);
        });
    }

    /** Hydrus's {@code IsPhysicalDeleteLocked}: a stored file (in hydrus local file storage) out of the inbox. */
    private static void refuseDeleteLocked(FileWrites tx, List<Long> ids) {
        Set<Long> stored = new LinkedHashSet<>(tx.currentIn(FileDomainRules.LOCAL_STORAGE, ids).keySet());
        stored.removeAll(tx.inInbox(stored));
        if (stored.isEmpty()) {
            return;
        }
        Set<String> hashes = new TreeSet<>();
        tx.hashesOf(stored).values().forEach(h -> hashes.add(h.hex()));
        throw ApiException.conflict("Sorry, some of the files you selected are currently delete locked. Their hashes "
                + "are:\n\n" + String.join("\n", hashes));
    }

    /** Undeletes into the domain's local file domains (combined local file domains: every one of them). */
    public void undelete(FileSelection files, FileDomain domain) {
        List<Long> ids = resolver.knownIds(files);
        Set<ByteKey> targets = new LinkedHashSet<>();
        for (ByteKey k : domain.current()) {
            ServiceType type = typeOf(k);
            if (type == ServiceType.LOCAL_FILE_DOMAIN) {
                targets.add(k);
            } else if (type == ServiceType.COMBINED_LOCAL_MEDIA) {
                targets.addAll(rules.localDomains());
            }
        }
        if (ids.isEmpty() || targets.isEmpty()) {
            return;
        }
        write(tx -> rules.undelete(tx, targets, ids, clock.millis()));
    }

    public void archive(FileSelection files) {
        List<Long> ids = resolver.knownIds(files);
        if (!ids.isEmpty()) {
            write(tx -> rules.archive(tx, ids, clock.millis()));
        }
    }

    public void unarchive(FileSelection files) {
        List<Long> ids = resolver.knownIds(files);
        if (!ids.isEmpty()) {
            write(tx -> rules.unarchive(tx, ids));
        }
    }

    /** Forgets the deletion of files deleted from hydrus local file storage (not in the trash). */
    public void clearDeletionRecord(FileSelection files) {
        List<Long> ids = resolver.knownIds(files);
        if (!ids.isEmpty()) {
            write(tx -> rules.clearDeletionRecords(tx, ids));
        }
    }

    /**
     * Copies files into more local file domains ({@code migrate_files}).
     *
     * @param destination local file domains only (the caller checked); null: 400
     * @throws ApiException 400 when a file is in no local file domain
     */
    public void migrate(FileSelection files, FileDomain destination) {
        if (destination == null || destination.current().isEmpty()) {
            throw ApiException.badRequest("Sorry, you need to set a destination for the migration!");
        }
        List<FileResolver.ResolvedFile> resolved = resolver.resolve(files);
        List<Long> ids = new ArrayList<>();
        resolved.stream().filter(f -> f.fileId() != null).forEach(f -> ids.add(f.fileId()));
        Set<Long> local = records.currentIn(FileDomainRules.LOCAL_MEDIA, ids).keySet();
        for (FileResolver.ResolvedFile f : resolved) {
            if (f.fileId() == null || !local.contains(f.fileId())) {
                throw ApiException.badRequest("The file \"" + f.sha256().hex()
                        + "\" is not in any local file domains, so I cannot copy!");
            }
        }
        write(tx -> {
            long now = clock.millis();
            Map<Long, Long> rows = ids.stream().collect(Collectors.toMap(Function.identity(), id -> now, (a, b) -> a));
            for (ByteKey domain : destination.current()) {
                rules.addToLocalDomain(tx, domain, rows);
            }
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(FileWrites tx);
    }

    private void write(Change change) {
        records.write(tx -> {
            change.apply(tx);
            return null;
        });
    }
}
