package dev.hydrant.conformance;

import java.util.Arrays;

/**
 * Reads the format and pixel size from the first bytes of a PNG, GIF, WebP (VP8, VP8L, VP8X), JPEG or BMP
 * exactly as record.py's {@code image_info}, including its quirks: a header too short to unpack gives no
 * answer, a WebP with another first chunk gives no answer, and a JPEG is scanned for the first SOF marker.
 */
final class ImageSniffer {

    /** The sniffed format ("png", "gif", "webp", "jpeg", "bmp") and size. */
    record ImageInfo(String format, long width, long height) {
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int[] SOF_MARKERS = {0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf};

    private ImageSniffer() {
    }

    /** The image info, or null when record.py's {@code image_info} returns None. */
    static ImageInfo sniff(byte[] b) {
        if (startsWith(b, 0, PNG)) {
            return b.length < 24 ? null : new ImageInfo("png", u32be(b, 16), u32be(b, 20));
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return b.length < 10 ? null : new ImageInfo("gif", u16le(b, 6), u16le(b, 8));
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            if (startsWith(b, 12, ascii("VP8 "))) {
                return b.length < 30 ? null : new ImageInfo("webp", u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
            }
            if (startsWith(b, 12, ascii("VP8L"))) {
                if (b.length < 25) {
                    return null;
                }
                long v = u32le(b, 21);
                return new ImageInfo("webp", (v & 0x3fff) + 1, ((v >> 14) & 0x3fff) + 1);
            }
            if (startsWith(b, 12, ascii("VP8X"))) {
                return new ImageInfo("webp", leSlice(b, 24, 27) + 1, leSlice(b, 27, 30) + 1);
            }
            return null;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            int i = 2;
            while (i < b.length - 9) {
                if ((b[i] & 0xff) != 0xff) {
                    i += 1;
                    continue;
                }
                int m = b[i + 1] & 0xff;
                if (m == 0xd8 || m == 0x01 || (m >= 0xd0 && m <= 0xd7)) {
                    i += 2;
                    continue;
                }
                int len = (int) u16be(b, i + 2);
                if (Arrays.stream(SOF_MARKERS).anyMatch(x -> x == m)) {
                    long h = u16be(b, i + 5);
                    long w = u16be(b, i + 7);
                    return new ImageInfo("jpeg", w, h);
                }
                i += 2 + len;
            }
            return null;
        }
        if (startsWith(b, 0, ascii("BM"))) {
            if (b.length < 26) {
                return null;
            }
            int w = (int) u32le(b, 18);
            int h = (int) u32le(b, 22);
            return new ImageInfo("bmp", w, Math.abs((long) h));
        }
        return null;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long u16be(byte[] b, int o) {
        return ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff);
    }

    private static long u16le(byte[] b, int o) {
        return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8);
    }

    private static long u32be(byte[] b, int o) {
        return ((long) (b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
    }

    private static long u32le(byte[] b, int o) {
        return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8) | ((b[o + 2] & 0xff) << 16) | ((long) (b[o + 3] & 0xff) << 24);
    }

    /** {@code int.from_bytes(b[from:to], 'little')}: a short or empty slice is read as far as it goes. */
    private static long leSlice(byte[] b, int from, int to) {
        long v = 0;
        for (int i = Math.min(to, b.length) - 1; i >= from; i--) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }
}
