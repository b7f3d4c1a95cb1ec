package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.List;

/**
 * The two forms of hydrus's perceptual hashes: 8 bytes (the Client API's 16 hex characters, as media analysis gives
 * them) and the same bytes read big-endian as a {@code long} (how the store and the similar-files index keep them).
 */
public final class PerceptualHashes {
    private PerceptualHashes() {
    }

    /** The 8-byte hashes as longs, in order; a key that is not 8 bytes long is refused. */
    public static long[] toLongs(List<ByteKey> hashes) {
        long[] out = new long[hashes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toLong(hashes.get(i));
        }
        return out;
    }

    public static long toLong(ByteKey hash) {
        byte[] b = hash.bytes();
        if (b.length != 8) {
            throw new IllegalArgumentException("a perceptual hash has 8 bytes, not " + b.length);
        }
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xFF);
        }
        return v;
    }

    public static ByteKey toKey(long hash) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) hash;
            hash >>>= 8;
        }
        return ByteKey.of(b);
    }
}
