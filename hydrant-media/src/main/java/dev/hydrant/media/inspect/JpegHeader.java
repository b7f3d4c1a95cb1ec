package dev.hydrant.media.inspect;

import java.io.IOException;

/**
 * JPEG markers up to the first scan: the frame size (rotated by the EXIF orientation, as hydrus reports it), and
 * which metadata segments are present (EXIF, XMP, ICC profile, IPTC).
 */
final class JpegHeader {
    private static final int MAX_SEGMENTS = 4096;

    private JpegHeader() {
    }

    static Facts read(Bytes in) throws IOException {
        Facts f = new Facts();
        long pos = 2;
        int orientation = 1;
        for (int n = 0; n < MAX_SEGMENTS; n++) {
            byte[] head = in.read(pos, 4);
            if (head.length < 2 || Bytes.u8(head, 0) != 0xff) {
                break;
            }
            int marker = Bytes.u8(head, 1);
            if (marker == 0xff) {
                pos++;
                continue;
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xd9 || marker == 0xda || head.length < 4) {
                break;
            }
            int length = Bytes.be16(head, 2);
            if (length < 2) {
                break;
            }
            byte[] body = in.read(pos + 4, Math.min(length - 2, 65_535));
            if (isStartOfFrame(marker) && body.length >= 5 && f.width == null) {
                f.size(Bytes.be16(body, 3), Bytes.be16(body, 1));
            } else if (marker == 0xe1 && Bytes.startsWith(body, 0, "Exif\0\0")) {
                f.exif = true;
                orientation = ExifOrientation.read(body, 6);
            } else if (marker == 0xe1 && Bytes.startsWith(body, 0, "http://ns.adobe.com/xap/1.0/\0")) {
                f.xmp = true;
            } else if (marker == 0xe2 && Bytes.startsWith(body, 0, "ICC_PROFILE\0")) {
                f.icc = true;
            } else if (marker == 0xed && Bytes.startsWith(body, 0, "Photoshop 3.0\0") && hasIptc(body)) {
                f.iptc = true;
            }
            pos += 2 + length;
        }
        if (orientation >= 5 && orientation <= 8 && f.width != null) {
            int w = f.width;
            f.width = f.height;
            f.height = w;
        }
        return f;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /** Photoshop image resources: an IPTC-NAA block (resource 0x0404) of non-zero length. */
    private static boolean hasIptc(byte[] body) {
        int i = 14;
        while (i + 12 <= body.length && Bytes.startsWith(body, i, "8BIM")) {
            int id = Bytes.be16(body, i + 4);
            int nameLength = Bytes.u8(body, i + 6);
            int nameField = (nameLength + 2) & ~1;
            int sizeAt = i + 6 + nameField;
            if (sizeAt + 4 > body.length) {
                return false;
            }
            long size = Bytes.be32(body, sizeAt);
            if (id == 0x0404 && size > 0) {
                return true;
            }
            i = (int) (sizeAt + 4 + ((size + 1) & ~1L));
        }
        return false;
    }
}
