package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a secret key: what secrets are indexed and looked up by, so lookups never compare secrets. */
final class KeyDigest {
    private KeyDigest() {
    }

    static byte[] of(ByteKey key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.bytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
