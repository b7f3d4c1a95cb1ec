package dev.hydrant.media.sniff;

/**
 * PNG versus APNG, as hydrus decides it: walk the chunks that lie entirely inside the first 256 bytes of
 * the file; the file is an APNG when one of them is an {@code acTL} chunk (the last one wins) whose
 * frame count is above one. An {@code acTL} further in (behind a large {@code iCCP} or {@code tEXt}, say)
 * is not seen, exactly as in hydrus.
 */
final class PngAnimation {

    private static final int SIGNATURE_LENGTH = 8;

    private PngAnimation() {
    }

    static boolean isAnimated(byte[] head) {
        byte[] window = head.length > MagicTable.WINDOW ? java.util.Arrays.copyOf(head, MagicTable.WINDOW) : head;
        long frames = -1;
        int pos = SIGNATURE_LENGTH;
        while (pos + 8 <= window.length) {
            long length = ByteFields.u32be(window, pos);
            String name = ByteFields.fourCc(window, pos + 4);
            long dataEnd = pos + 8L + length;
            if (dataEnd > window.length) {
                break;
            }
            if (name.equals("acTL")) {
                frames = length >= 4 ? ByteFields.u32be(window, pos + 8) : -1;
            }
            pos = (int) dataEnd + 4;
        }
        return frames > 1;
    }
}
