package dev.hydrant.media.inspect;

/** The orientation tag (0x0112) of IFD0 in a TIFF-structured EXIF block; 1 (upright) when absent or unreadable. */
final class ExifOrientation {
    private ExifOrientation() {
    }

    static int read(byte[] b, int tiffStart) {
        if (b.length < tiffStart + 8) {
            return 1;
        }
        boolean little = Bytes.startsWith(b, tiffStart, "II");
        if (!little && !Bytes.startsWith(b, tiffStart, "MM")) {
            return 1;
        }
        long ifd = u32(b, tiffStart + 4, little);
        int at = (int) (tiffStart + ifd);
        if (ifd < 8 || at + 2 > b.length) {
            return 1;
        }
        int count = u16(b, at, little);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + 12 * i;
            if (entry + 12 > b.length) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? Bytes.le16(b, i) : Bytes.be16(b, i);
    }

    private static long u32(byte[] b, int i, boolean little) {
        return little ? Bytes.le32(b, i) : Bytes.be32(b, i);
    }
}
