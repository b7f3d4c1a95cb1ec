package dev.hydrant.core.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** The hashes Hydrant records for every imported file, with the names the Client API uses for them. */
public enum HashType {
    SHA256("sha256", 32, "SHA-256"),
    MD5("md5", 16, "MD5"),
    SHA1("sha1", 20, "SHA-1"),
    SHA512("sha512", 64, "SHA-512");

    private final String apiName;
    private final int length;
    private final String algorithm;

    HashType(String apiName, int length, String algorithm) {
        this.apiName = apiName;
        this.length = length;
        this.algorithm = algorithm;
    }

    /** {@code sha256}, {@code md5}, {@code sha1} or {@code sha512}. */
    public String apiName() {
        return apiName;
    }

    /** Length of the digest in bytes. */
    public int length() {
        return length;
    }

    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    public static Optional<HashType> byApiName(String name) {
        for (HashType t : values()) {
            if (t.apiName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
