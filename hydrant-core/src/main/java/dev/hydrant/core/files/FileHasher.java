package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** Computes sha256, md5, sha1 and sha512 of a byte stream in one pass, optionally copying the bytes on the way. */
public final class FileHasher {
    private static final int BUFFER = 256 * 1024;

    private FileHasher() {
    }

    /** Hashes a file by streaming it once. */
    public static FileHashes hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copyAndHash(in, null);
        }
    }

    /** Streams {@code in} to {@code out} (when not null) and hashes it on the way; closes neither. */
    public static FileHashes copyAndHash(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha256 = HashType.SHA256.newDigest();
        MessageDigest md5 = HashType.MD5.newDigest();
        MessageDigest sha1 = HashType.SHA1.newDigest();
        MessageDigest sha512 = HashType.SHA512.newDigest();
        byte[] buffer = new byte[BUFFER];
        int n;
        while ((n = in.read(buffer)) > 0) {
            sha256.update(buffer, 0, n);
            md5.update(buffer, 0, n);
            sha1.update(buffer, 0, n);
            sha512.update(buffer, 0, n);
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return new FileHashes(ByteKey.of(sha256.digest()), ByteKey.of(md5.digest()), ByteKey.of(sha1.digest()),
                ByteKey.of(sha512.digest()));
    }
}
