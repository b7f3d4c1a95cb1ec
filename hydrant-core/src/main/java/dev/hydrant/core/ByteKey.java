package dev.hydrant.core;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string used as an identity: service keys, access keys, session keys, file hashes.
 * Equality is by content; {@link #toString()} is lower-case hex, the form every Hydrus API response uses.
 */
public final class ByteKey implements Comparable<ByteKey> {
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] bytes;

    private ByteKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static ByteKey of(byte[] bytes) {
        return new ByteKey(bytes.clone());
    }

    /** Parses hex (either case, even length); throws {@link IllegalArgumentException} on anything else. */
    public static ByteKey fromHex(String hex) {
        return new ByteKey(HEX.parseHex(hex));
    }

    /** The ASCII bytes of a text, as hydrus's default service keys are (e.g. {@code "local tags"}). */
    public static ByteKey ofAscii(String text) {
        return new ByteKey(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Compares in time independent of where the first difference is. */
    public boolean equalsConstantTime(ByteKey other) {
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(ByteKey o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
