package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Objects;

/** The four hashes of a file's bytes; sha256 is its identity, the others are kept forever for look-ups. */
public record FileHashes(ByteKey sha256, ByteKey md5, ByteKey sha1, ByteKey sha512) {
    public FileHashes {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(sha1, "sha1");
        Objects.requireNonNull(sha512, "sha512");
    }

    public ByteKey get(HashType type) {
        return switch (type) {
            case SHA256 -> sha256;
            case MD5 -> md5;
            case SHA1 -> sha1;
            case SHA512 -> sha512;
        };
    }
}
