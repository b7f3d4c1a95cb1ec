package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hydrus's rules for moving files between file domains, applied inside one store transaction.
 *
 * <p>Invariants: a file in any local file domain is also in "combined local file domains" (21) and in "hydrus local
 * file storage" (15); a file that leaves its last local domain goes to the trash and gets a deletion record in 21;
 * only leaving 15 is a physical deletion (the bytes are queued for removal and the file leaves the inbox);
 * arriving somewhere clears that domain's deletion record. Leaving the trash is never recorded.
 */
public final class FileDomainRules {
    public static final ByteKey TRASH = DefaultServices.TRASH;
    public static final ByteKey LOCAL_STORAGE = DefaultServices.HYDRUS_LOCAL_FILE_STORAGE;
    public static final ByteKey LOCAL_MEDIA = DefaultServices.COMBINED_LOCAL_FILE_DOMAINS;

    private final ServiceCatalog services;

    public FileDomainRules(ServiceCatalog services) {
        this.services = services;
    }

    /** The keys of every local file domain ("my files" and the ones users create). */
    public List<ByteKey> localDomains() {
        return services.ofType(EnumSet.of(ServiceType.LOCAL_FILE_DOMAIN)).stream().map(Service::key).toList();
    }

    /**
     * Adds files to a local file domain (import, undelete, migrate) with their arrival times; files already there
     * are left alone. They also enter 21 and 15 where missing, and leave the trash.
     *
     * @return the ids that were added
     */
    public Set<Long> addToLocalDomain(FileWrites tx, ByteKey domain, Map<Long, Long> arrivedMs) {
        Map<Long, Long> missing = missingFrom(tx, domain, arrivedMs);
        if (missing.isEmpty()) {
            return Set.of();
        }
        tx.addCurrent(domain, missing);
        tx.clearDeleted(domain, missing.keySet());
        for (ByteKey combined : List.of(LOCAL_MEDIA, LOCAL_STORAGE)) {
            Map<Long, Long> rows = missingFrom(tx, combined, missing);
            tx.addCurrent(combined, rows);
            tx.clearDeleted(combined, rows.keySet());
        }
        tx.removeCurrent(TRASH, missing.keySet());
        tx.dequeueRemoval(missing.keySet());
        return missing.keySet();
    }

    private static Map<Long, Long> missingFrom(FileWrites tx, ByteKey domain, Map<Long, Long> rows) {
        Map<Long, Long> missing = new HashMap<>(rows);
        missing.keySet().removeAll(tx.currentIn(domain, rows.keySet()).keySet());
        return missing;
    }

    /**
     * Deletes files from one local file domain; those that are in no other local domain afterwards go to the
     * trash and leave 21.
     *
     * @return the ids that were in the domain
     */
    public Set<Long> deleteFromLocalDomain(FileWrites tx, ByteKey domain, Collection<Long> fileIds, long nowMs) {
        Map<Long, Long> existing = tx.currentIn(domain, fileIds);
        if (existing.isEmpty()) {
            return Set.of();
        }
        tx.removeCurrent(domain, existing.keySet());
        tx.recordDeleted(domain, deletions(existing, nowMs));
        Set<Long> leaving = new HashSet<>(existing.keySet());
        for (ByteKey other : localDomains()) {
            if (!other.equals(domain)) {
                leaving.removeAll(tx.currentIn(other, leaving).keySet());
            }
        }
        if (!leaving.isEmpty()) {
            Map<Long, Long> trashed = new HashMap<>();
            leaving.forEach(id -> trashed.put(id, nowMs));
            tx.addCurrent(TRASH, trashed);
            Map<Long, Long> inMedia = tx.currentIn(LOCAL_MEDIA, leaving);
            tx.removeCurrent(LOCAL_MEDIA, inMedia.keySet());
            tx.recordDeleted(LOCAL_MEDIA, deletions(inMedia, nowMs));
        }
        return existing.keySet();
    }

    /** Deletes files from every local file domain (what deleting from 21 means). */
    public Set<Long> deleteFromAllLocalDomains(FileWrites tx, Collection<Long> fileIds, long nowMs) {
        Set<Long> affected = new LinkedHashSet<>();
        for (ByteKey domain : localDomains()) {
            affected.addAll(deleteFromLocalDomain(tx, domain, fileIds, nowMs));
        }
        return affected;
    }

    /**
     * Deletes files from hydrus local file storage: from every local domain and the trash, out of the inbox, their
     * bytes queued for removal from disk and their perceptual hashes dropped.
     *
     * @return the ids that were anywhere local
     */
    public Set<Long> deletePhysically(FileWrites tx, Collection<Long> fileIds, long nowMs) {
        Set<Long> affected = new LinkedHashSet<>(deleteFromAllLocalDomains(tx, fileIds, nowMs));
        tx.removeCurrent(TRASH, fileIds);
        Map<Long, Long> stored = tx.currentIn(LOCAL_STORAGE, fileIds);
        tx.removeCurrent(LOCAL_STORAGE, stored.keySet());
        tx.recordDeleted(LOCAL_STORAGE, deletions(stored, nowMs));
        tx.setInbox(stored.keySet(), false);
        tx.queueRemoval(stored.keySet(), nowMs);
        // hydrus stops searching a file that leaves local storage: it is no longer similar to anything
        tx.clearPerceptualHashes(stored.keySet());
        affected.addAll(stored.keySet());
        return affected;
    }

    /**
     * Brings deleted files that are still stored (in 15) back into the local domains they were deleted from,
     * with their original import times.
     */
    public void undelete(FileWrites tx, Collection<ByteKey> domains, Collection<Long> fileIds, long nowMs) {
        Set<Long> stored = tx.currentIn(LOCAL_STORAGE, fileIds).keySet();
        if (stored.isEmpty()) {
            return;
        }
        for (ByteKey domain : domains) {
            Map<Long, Long> rows = new HashMap<>();
            tx.deletedFrom(domain, stored).forEach((id, d) ->
                    rows.put(id, d.originalImportedMs() != null ? d.originalImportedMs() : nowMs));
            addToLocalDomain(tx, domain, rows);
        }
    }

    /**
     * Forgets that files were deleted (so they can be imported again), for files with a deletion record in 15 that
     * are not in the trash: the records of 15 and of every local domain, and the reason. Hydrus keeps the record
     * of 21, and so does this.
     */
    public Set<Long> clearDeletionRecords(FileWrites tx, Collection<Long> fileIds) {
        Set<Long> clearable = new HashSet<>(tx.deletedFrom(LOCAL_STORAGE, fileIds).keySet());
        clearable.removeAll(tx.currentIn(TRASH, clearable).keySet());
        if (clearable.isEmpty()) {
            return Set.of();
        }
        tx.clearDeleted(LOCAL_STORAGE, clearable);
        for (ByteKey domain : localDomains()) {
            tx.clearDeleted(domain, clearable);
        }
        tx.clearDeletionReason(clearable);
        return clearable;
    }

    /** Archives the files that are in the inbox, stamping the time. */
    public Set<Long> archive(FileWrites tx, Collection<Long> fileIds, long nowMs) {
        Set<Long> inbox = tx.inInbox(fileIds);
        tx.setInbox(inbox, false);
        tx.setArchivedTime(inbox, nowMs);
        return inbox;
    }

    /** Puts stored files back in the inbox. */
    public Set<Long> unarchive(FileWrites tx, Collection<Long> fileIds) {
        Set<Long> stored = new HashSet<>(tx.currentIn(LOCAL_STORAGE, fileIds).keySet());
        stored.removeAll(tx.inInbox(stored));
        tx.setInbox(stored, true);
        return stored;
    }

    private static Map<Long, FileLocations.Deletion> deletions(Map<Long, Long> importedMs, long nowMs) {
        Map<Long, FileLocations.Deletion> out = new HashMap<>();
        importedMs.forEach((id, imported) -> out.put(id, new FileLocations.Deletion(nowMs, imported)));
        return out;
    }
}
