package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Which files are in which file domain, in memory (a bit set per domain, current and deleted), so tag counts per
 * domain need no SQL. Loaded at start-up and kept current by {@link ObservedFileRecordStore}, which applies each
 * committed transaction's domain changes in commit order. Bit sets are copied on write, so readers never lock.
 */
public final class FileDomainMembership {
    private volatile Map<ByteKey, BitSet> current = Map.of();
    private volatile Map<ByteKey, BitSet> deleted = Map.of();

    /** Fills the sets from the store. */
    public synchronized void load(FileRecordStore store) {
        Map<ByteKey, BitSet> cur = new HashMap<>();
        Map<ByteKey, BitSet> del = new HashMap<>();
        store.forEachDomainEntry((service, fileId, isDeleted) ->
                (isDeleted ? del : cur).computeIfAbsent(service, k -> new BitSet()).set(Math.toIntExact(fileId)));
        current = cur;
        deleted = del;
    }

    /** Installs sets read from an index snapshot (start-up, before any reader). */
    public synchronized void load(Map<ByteKey, BitSet> currentSets, Map<ByteKey, BitSet> deletedSets) {
        current = new HashMap<>(currentSets);
        deleted = new HashMap<>(deletedSets);
    }

    /** Every domain's current set (same rules as {@link #currentBits}). */
    public Map<ByteKey, BitSet> allCurrent() {
        return current;
    }

    /** One committed change of domain membership. */
    record Change(ByteKey service, boolean deleted, boolean add, java.util.Collection<Long> fileIds) {
    }

    synchronized void apply(java.util.List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<ByteKey, BitSet> cur = new HashMap<>(current);
        Map<ByteKey, BitSet> del = new HashMap<>(deleted);
        Map<ByteKey, BitSet> copiedCur = new HashMap<>();
        Map<ByteKey, BitSet> copiedDel = new HashMap<>();
        for (Change c : changes) {
            Map<ByteKey, BitSet> target = c.deleted() ? del : cur;
            Map<ByteKey, BitSet> copied = c.deleted() ? copiedDel : copiedCur;
            BitSet bits = copied.computeIfAbsent(c.service(), k -> {
                BitSet old = target.get(k);
                return old == null ? new BitSet() : (BitSet) old.clone();
            });
            target.put(c.service(), bits);
            for (Long id : c.fileIds()) {
                bits.set(Math.toIntExact(id), c.add());
            }
        }
        current = cur;
        deleted = del;
    }

    /**
     * The files of a domain as a test on file ids, or null for "every file" (all known files).
     */
    public IntPredicate filter(FileDomain domain, ServiceCatalog catalog) {
        BitSet union = new BitSet();
        Map<ByteKey, BitSet> cur = current;
        Map<ByteKey, BitSet> del = deleted;
        if (domain.deleted().isEmpty() && domain.current().size() == 1) {
            ByteKey only = domain.current().iterator().next();
            ServiceType type = catalog.find(only).map(Service::type).orElse(null);
            if (type != ServiceType.COMBINED_FILE && type != ServiceType.COMBINED_DELETED_FILE) {
                BitSet bits = cur.get(only);
                return bits == null ? i -> false : bits::get;
            }
        }
        for (ByteKey key : domain.current()) {
            ServiceType type = catalog.find(key).map(Service::type).orElse(null);
            if (type == ServiceType.COMBINED_FILE) {
                return null;
            }
            if (type == ServiceType.COMBINED_DELETED_FILE) {
                del.values().forEach(union::or);
            } else {
                BitSet bits = cur.get(key);
                if (bits != null) {
                    union.or(bits);
                }
            }
        }
        for (ByteKey key : domain.deleted()) {
            BitSet bits = del.get(key);
            if (bits != null) {
                union.or(bits);
            }
        }
        return union::get;
    }

    /** The current files of one domain as a test (no copy); an unknown domain has none. */
    public IntPredicate currentIn(ByteKey service) {
        BitSet bits = current.get(service);
        return bits == null ? i -> false : bits::get;
    }

    /**
     * The current files of a domain, or null when it has none. The set is published whole and never changed
     * afterwards (a change publishes a new set), so callers may cache what they derive from it by identity; they
     * must not modify it.
     */
    public BitSet currentBits(ByteKey service) {
        return current.get(service);
    }

    /** The files deleted from a domain (same rules as {@link #currentBits}), or null. */
    public BitSet deletedBits(ByteKey service) {
        return deleted.get(service);
    }

    /** Every domain's deletion set (same rules as {@link #currentBits}). */
    public Map<ByteKey, BitSet> allDeleted() {
        return deleted;
    }
}
