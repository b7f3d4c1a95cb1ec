package dev.hydrant.media.sniff;

import java.nio.charset.StandardCharsets;

/** Reading fixed-width fields out of byte arrays; out-of-range reads give 0 / false, never an exception. */
final class ByteFields {

    private ByteFields() {
    }

    static int u8(byte[] b, int i) {
        return i >= 0 && i < b.length ? b[i] & 0xFF : 0;
    }

    static int u16be(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    static int u16le(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8;
    }

    static long u32be(byte[] b, int i) {
        return (long) u16be(b, i) << 16 | u16be(b, i + 2);
    }

    static long u32le(byte[] b, int i) {
        return u16le(b, i) | (long) u16le(b, i + 2) << 16;
    }

    static long u64be(byte[] b, int i) {
        return u32be(b, i) << 32 | u32be(b, i + 4);
    }

    static long u64le(byte[] b, int i) {
        return u32le(b, i) | u32le(b, i + 4) << 32;
    }

    /** Whether {@code b} holds {@code expected} at {@code offset} (entirely; a short array does not match). */
    static boolean matchesAt(byte[] b, int offset, byte[] expected) {
        if (offset < 0 || offset + expected.length > b.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (b[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean matchesAt(byte[] b, int offset, String ascii) {
        return matchesAt(b, offset, ascii(ascii));
    }

    /** Whether {@code needle} occurs anywhere in the first {@code limit} bytes of {@code b}. */
    static boolean contains(byte[] b, int limit, byte[] needle) {
        int end = Math.min(limit, b.length) - needle.length;
        for (int i = 0; i <= end; i++) {
            if (matchesAt(b, i, needle)) {
                return true;
            }
        }
        return false;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Four bytes at {@code i} as ISO-8859-1 text (a box or chunk type). */
    static String fourCc(byte[] b, int i) {
        if (i < 0 || i + 4 > b.length) {
            return "";
        }
        return new String(b, i, 4, StandardCharsets.ISO_8859_1);
    }
}
