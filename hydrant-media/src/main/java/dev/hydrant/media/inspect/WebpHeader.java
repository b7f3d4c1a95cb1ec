package dev.hydrant.media.inspect;

import java.io.IOException;

/** WebP RIFF chunks: canvas or bitstream size, and for animations the frame count and total duration. */
final class WebpHeader {
    private static final int MAX_CHUNKS = 1_000_000;

    private WebpHeader() {
    }

    static Facts read(Bytes in, boolean animated) throws IOException {
        Facts f = new Facts();
        long pos = 12;
        int frames = 0;
        long durationMs = 0;
        for (int n = 0; n < MAX_CHUNKS; n++) {
            byte[] head = in.read(pos, 8);
            if (head.length < 8) {
                break;
            }
            String type = new String(head, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long length = Bytes.le32(head, 4);
            byte[] d = in.read(pos + 8, 16);
            switch (type) {
                case "VP8X" -> {
                    if (d.length >= 10) {
                        f.size(Bytes.le24(d, 4) + 1L, Bytes.le24(d, 7) + 1L);
                        f.exif = (Bytes.u8(d, 0) & 0x08) != 0;
                        f.xmp = (Bytes.u8(d, 0) & 0x04) != 0;
                        f.icc = (Bytes.u8(d, 0) & 0x20) != 0;
                    }
                }
                case "VP8 " -> {
                    if (f.width == null && d.length >= 10 && Bytes.u8(d, 3) == 0x9d && Bytes.u8(d, 4) == 0x01
                            && Bytes.u8(d, 5) == 0x2a) {
                        f.size(Bytes.le16(d, 6) & 0x3fff, Bytes.le16(d, 8) & 0x3fff);
                    }
                }
                case "VP8L" -> {
                    if (f.width == null && d.length >= 5 && Bytes.u8(d, 0) == 0x2f) {
                        long bits = Bytes.le32(d, 1);
                        f.size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
                    }
                }
                case "ANMF" -> {
                    frames++;
                    if (d.length >= 15) {
                        durationMs += Bytes.le24(d, 12);
                    }
                }
                default -> {
                    // ALPH, ANIM, ICCP, EXIF, XMP: nothing more to read here
                }
            }
            pos += 8 + length + (length & 1);
        }
        if (animated && frames > 0) {
            f.frames = frames;
            f.durationMs = durationMs;
        }
        return f;
    }
}
