package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * Batches as one statement parameter: a JSON array read with {@code json_each}, so a query over N files is one
 * statement whatever N is (no per-file queries, no parameter-count limit).
 */
final class IdLists {
    /** {@code hash_id IN (SELECT value FROM json_each(?))} takes {@link #ids}. */
    static final String IN_IDS = "(SELECT value FROM json_each(?))";
    /** {@code sha256 IN (SELECT unhex(value) FROM json_each(?))} takes {@link #hashes}. */
    static final String IN_HASHES = "(SELECT unhex(value) FROM json_each(?))";

    private IdLists() {
    }

    static String ids(Collection<Long> ids) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (Long id : ids) {
            j.add(Long.toString(id));
        }
        return j.toString();
    }

    static String hashes(Collection<ByteKey> hashes) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (ByteKey h : hashes) {
            j.add('"' + h.hex() + '"');
        }
        return j.toString();
    }
}
