package dev.hydrant.media.inspect;

import java.io.IOException;

/** Sizes from the fixed headers of ICO (the largest image) and PSD. */
final class SmallHeaders {
    private SmallHeaders() {
    }

    static Facts ico(Bytes in) throws IOException {
        Facts f = new Facts();
        byte[] head = in.read(0, 6);
        if (head.length < 6) {
            return f;
        }
        int count = Bytes.le16(head, 4);
        byte[] entries = in.read(6, count * 16);
        long bestArea = -1;
        for (int i = 0; i + 16 <= entries.length; i += 16) {
            int w = Bytes.u8(entries, i) == 0 ? 256 : Bytes.u8(entries, i);
            int h = Bytes.u8(entries, i + 1) == 0 ? 256 : Bytes.u8(entries, i + 1);
            if ((long) w * h > bestArea) {
                bestArea = (long) w * h;
                f.size(w, h);
            }
        }
        return f;
    }

    static Facts psd(Bytes in) throws IOException {
        Facts f = new Facts();
        byte[] head = in.read(0, 26);
        if (head.length == 26 && Bytes.startsWith(head, 0, "8BPS")) {
            f.size(Bytes.be32(head, 18), Bytes.be32(head, 14));
        }
        return f;
    }
}
