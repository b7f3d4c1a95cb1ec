package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;

import java.util.List;
import java.util.Optional;

/** Persistent access keys. Implementations look keys up without comparing secrets byte by byte in a data-dependent way. */
public interface AccessKeyStore {
    List<AccessKey> all();

    Optional<AccessKey> find(ByteKey key);

    /** Inserts the key, or replaces the record with the same key. */
    void put(AccessKey key);

    /** @return whether a key was deleted */
    boolean delete(ByteKey key);
}
