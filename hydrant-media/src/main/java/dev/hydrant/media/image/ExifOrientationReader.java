package dev.hydrant.media.image;

/**
 * Reads the Orientation tag (274) from a TIFF-structured EXIF block: IFD0 first, then the EXIF
 * sub-IFD, like PIL's merged EXIF dictionary does.
 */
final class ExifOrientationReader {

    private static final int TAG_ORIENTATION = 274;
    private static final int TAG_EXIF_IFD = 0x8769;

    private ExifOrientationReader() {
    }

    /** Orientation 1..8, or 1 when missing or unreadable. {@code tiff} starts at the byte-order mark. */
    static int orientation(byte[] tiff, int start) {
        try {
            if (tiff.length - start < 8) {
                return 1;
            }
            boolean little = tiff[start] == 'I' && tiff[start + 1] == 'I';
            if (!little && !(tiff[start] == 'M' && tiff[start + 1] == 'M')) {
                return 1;
            }
            ByteReader r = new ByteReader(tiff, start, little);
            long ifd0 = r.u32(4);
            int found = findShort(r, ifd0, TAG_ORIENTATION);
            if (found <= 0) {
                long exifIfd = findLong(r, ifd0, TAG_EXIF_IFD);
                if (exifIfd > 0) {
                    found = findShort(r, exifIfd, TAG_ORIENTATION);
                }
            }
            return found >= 1 && found <= 8 ? found : 1;
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static int findShort(ByteReader r, long ifdOffset, int tag) {
        int count = r.u16(ifdOffset);
        for (int i = 0; i < count; i++) {
            long entry = ifdOffset + 2 + 12L * i;
            if (r.u16(entry) == tag) {
                int type = r.u16(entry + 2);
                if (type == 3) {
                    return r.u16(entry + 8);
                }
                if (type == 4) {
                    return (int) r.u32(entry + 8);
                }
                return -1;
            }
        }
        return -1;
    }

    private static long findLong(ByteReader r, long ifdOffset, int tag) {
        int count = r.u16(ifdOffset);
        for (int i = 0; i < count; i++) {
            long entry = ifdOffset + 2 + 12L * i;
            if (r.u16(entry) == tag) {
                return r.u32(entry + 8);
            }
        }
        return -1;
    }

    /** Bounds-checked little/big-endian reads relative to a base offset. */
    record ByteReader(byte[] data, int base, boolean little) {

        int u8(long at) {
            return data[Math.toIntExact(base + at)] & 0xFF;
        }

        int u16(long at) {
            return little ? u8(at) | u8(at + 1) << 8 : u8(at) << 8 | u8(at + 1);
        }

        long u32(long at) {
            long v = little
                    ? (long) u8(at) | (long) u8(at + 1) << 8 | (long) u8(at + 2) << 16 | (long) u8(at + 3) << 24
                    : (long) u8(at) << 24 | (long) u8(at + 1) << 16 | (long) u8(at + 2) << 8 | u8(at + 3);
            return v & 0xFFFFFFFFL;
        }
    }
}
