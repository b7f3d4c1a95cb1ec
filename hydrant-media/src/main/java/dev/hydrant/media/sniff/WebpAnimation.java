package dev.hydrant.media.sniff;

/**
 * Still versus animated WebP, as hydrus decides it (Pillow's {@code is_animated}, which is libwebp's
 * frame count being above one): the file must be the extended format ({@code VP8X} first) with the
 * animation flag set, and hold at least two {@code ANMF} frame chunks. Simple-format files
 * ({@code VP8 }/{@code VP8L}) are still. Chunks are walked by their declared sizes with positioned reads,
 * so only chunk headers are read; the walk stops at the second frame, at the end of the file, or at the
 * chunk cap.
 */
final class WebpAnimation {

    static final int MAX_CHUNKS = 1_000_000;
    private static final int ANIMATION_FLAG = 0x02;

    private WebpAnimation() {
    }

    static boolean isAnimated(FileBytes file) {
        byte[] head = file.head();
        if (!ByteFields.fourCc(head, 12).equals("VP8X") || (ByteFields.u8(head, 20) & ANIMATION_FLAG) == 0) {
            return false;
        }
        try {
            long pos = 12;
            int frames = 0;
            for (int i = 0; i < MAX_CHUNKS && pos + 8 <= file.size(); i++) {
                byte[] header = file.read(pos, 8);
                if (header.length < 8) {
                    break;
                }
                long size = ByteFields.u32le(header, 4);
                if (ByteFields.fourCc(header, 0).equals("ANMF") && ++frames > 1) {
                    return true;
                }
                pos += 8 + size + (size & 1);
            }
            return false;
        } catch (SniffLimitException e) {
            return false;
        }
    }
}
