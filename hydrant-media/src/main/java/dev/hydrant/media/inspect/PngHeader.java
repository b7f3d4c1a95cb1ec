package dev.hydrant.media.inspect;

import java.io.IOException;

/**
 * PNG chunks: size, whether pixels may be transparent (alpha colour types, {@code tRNS}), metadata chunks
 * ({@code eXIf}, {@code iCCP}, XMP in {@code iTXt}), and for APNG the frame count and total duration.
 */
final class PngHeader {
    private static final int MAX_CHUNKS = 1_000_000;

    private PngHeader() {
    }

    static Facts read(Bytes in, boolean animated) throws IOException {
        Facts f = new Facts();
        long pos = 8;
        long durationMs = 0;
        int frameControls = 0;
        for (int n = 0; n < MAX_CHUNKS; n++) {
            byte[] head = in.read(pos, 8);
            if (head.length < 8) {
                break;
            }
            long length = Bytes.be32(head, 0);
            String type = new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            switch (type) {
                case "IHDR" -> {
                    byte[] d = in.read(pos + 8, 13);
                    if (d.length == 13) {
                        f.size(Bytes.be32(d, 0), Bytes.be32(d, 4));
                        int colourType = Bytes.u8(d, 9);
                        f.mayBeTransparent = colourType == 4 || colourType == 6;
                    }
                }
                case "tRNS" -> f.mayBeTransparent = true;
                case "eXIf" -> f.exif = true;
                case "iCCP" -> f.icc = true;
                case "iTXt" -> f.xmp |= Bytes.startsWith(in.read(pos + 8, 18), 0, "XML:com.adobe.xmp\0");
                case "acTL" -> {
                    byte[] d = in.read(pos + 8, 4);
                    if (animated && d.length == 4) {
                        f.frames = (int) Math.min(Integer.MAX_VALUE, Bytes.be32(d, 0));
                    }
                }
                case "fcTL" -> {
                    byte[] d = in.read(pos + 8, 26);
                    if (d.length == 26) {
                        int num = Bytes.be16(d, 20);
                        int den = Bytes.be16(d, 22);
                        durationMs += Math.round(num * 1000.0 / (den == 0 ? 100 : den));
                        frameControls++;
                    }
                }
                default -> {
                    // other chunks carry nothing reported here
                }
            }
            if (type.equals("IEND")) {
                break;
            }
            pos += 12 + length;
        }
        if (animated && frameControls > 0) {
            f.durationMs = durationMs;
        }
        return f;
    }
}
