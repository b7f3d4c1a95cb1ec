package dev.hydrant.media.sniff;

import java.nio.charset.StandardCharsets;

/**
 * Just enough of Apple's binary property list format ({@code bplist00}) to follow an NSKeyedArchiver
 * graph: objects are decoded lazily by reference, so only the handful of objects a caller looks at are
 * read. Supported object kinds: integers, ASCII and UTF-16 strings, UIDs, arrays and dictionaries;
 * anything else reads as {@code null}. Every malformed reference or size throws {@link Malformed}.
 */
final class BinaryPlist {

    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** A keyed-archiver object reference. */
    record Uid(long value) {
    }

    /** An array whose elements are read on demand. */
    final class PArray {
        private final long[] refs;

        PArray(long[] refs) {
            this.refs = refs;
        }

        int size() {
            return refs.length;
        }

        Object get(long index) throws Malformed {
            if (index < 0 || index >= refs.length) {
                throw new Malformed("index out of range");
            }
            return object(refs[(int) index]);
        }
    }

    /** A dictionary whose keys are strings; values are read on demand. */
    final class PDict {
        private final long[] keyRefs;
        private final long[] valueRefs;

        PDict(long[] keyRefs, long[] valueRefs) {
            this.keyRefs = keyRefs;
            this.valueRefs = valueRefs;
        }

        Object get(String key) throws Malformed {
            for (int i = 0; i < keyRefs.length; i++) {
                if (key.equals(object(keyRefs[i]))) {
                    return object(valueRefs[i]);
                }
            }
            throw new Malformed("missing key " + key);
        }
    }

    private static final int MAX_CONTAINER = 10_000_000;

    private final byte[] data;
    private final int offsetSize;
    private final int refSize;
    private final long objectCount;
    private final long topObject;
    private final long offsetTable;

    private BinaryPlist(byte[] data) throws Malformed {
        this.data = data;
        if (data.length < 8 + 32 || !ByteFields.matchesAt(data, 0, "bplist00")) {
            throw new Malformed("not a binary plist");
        }
        int t = data.length - 32;
        offsetSize = ByteFields.u8(data, t + 6);
        refSize = ByteFields.u8(data, t + 7);
        objectCount = ByteFields.u64be(data, t + 8);
        topObject = ByteFields.u64be(data, t + 16);
        offsetTable = ByteFields.u64be(data, t + 24);
        if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8 || objectCount <= 0
                || objectCount > data.length || topObject >= objectCount || offsetTable < 8
                || offsetTable + objectCount * offsetSize > t) {
            throw new Malformed("bad trailer");
        }
    }

    static BinaryPlist parse(byte[] data) throws Malformed {
        return new BinaryPlist(data);
    }

    Object top() throws Malformed {
        return object(topObject);
    }

    Object object(long ref) throws Malformed {
        if (ref < 0 || ref >= objectCount) {
            throw new Malformed("bad object reference");
        }
        long offset = sized(offsetTable + ref * offsetSize, offsetSize);
        if (offset < 8 || offset >= data.length - 32) {
            throw new Malformed("bad object offset");
        }
        int pos = (int) offset;
        int marker = data[pos] & 0xFF;
        int kind = marker >>> 4;
        int info = marker & 0x0F;
        switch (kind) {
            case 0x1 -> {
                int length = 1 << info;
                if (length > 8) {
                    throw new Malformed("integer too wide");
                }
                return sized(pos + 1, length);
            }
            case 0x5, 0x6, 0xA, 0xD -> {
                long[] countAndStart = count(pos, info);
                long count = countAndStart[0];
                int start = (int) countAndStart[1];
                if (kind == 0x5) {
                    check(start, count);
                    return new String(data, start, (int) count, StandardCharsets.US_ASCII);
                }
                if (kind == 0x6) {
                    check(start, count * 2);
                    return new String(data, start, (int) count * 2, StandardCharsets.UTF_16BE);
                }
                if (count > MAX_CONTAINER) {
                    throw new Malformed("container too large");
                }
                int n = (int) count;
                if (kind == 0xA) {
                    check(start, (long) n * refSize);
                    return new PArray(refs(start, n));
                }
                check(start, 2L * n * refSize);
                return new PDict(refs(start, n), refs(start + n * refSize, n));
            }
            case 0x8 -> {
                return new Uid(sized(pos + 1, info + 1));
            }
            default -> {
                return null;
            }
        }
    }

    private long[] count(int pos, int info) throws Malformed {
        if (info != 0x0F) {
            return new long[] {info, pos + 1};
        }
        int marker = ByteFields.u8(data, pos + 1);
        if (marker >>> 4 != 0x1 || (marker & 0x0F) > 3) {
            throw new Malformed("bad count");
        }
        int length = 1 << (marker & 0x0F);
        long count = sized(pos + 2, length);
        return new long[] {count, pos + 2 + length};
    }

    private long[] refs(int start, int n) throws Malformed {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = sized(start + (long) i * refSize, refSize);
        }
        return out;
    }

    private void check(long start, long length) throws Malformed {
        if (length < 0 || start + length > data.length - 32) {
            throw new Malformed("object runs past the data");
        }
    }

    private long sized(long pos, int length) throws Malformed {
        if (pos < 0 || pos + length > data.length) {
            throw new Malformed("field runs past the data");
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | (data[(int) pos + i] & 0xFF);
        }
        return value;
    }
}
