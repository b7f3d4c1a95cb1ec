package dev.hydrant.media.render;

/**
 * Sets how long the last frame of an animated WebP lasts. ffmpeg's {@code libwebp_anim} never tells libwebp when
 * the last frame ends, so libwebp gives it the average duration of the others; the animation's true end is known
 * here, so the last {@code ANMF} chunk's 24-bit duration is rewritten in place to reach it (as Pillow's closing
 * {@code add(None, end)} would have made it).
 */
final class WebpLastFrameDuration {

    private static final int MAX_DURATION = 0xFFFFFF;

    private WebpLastFrameDuration() {
    }

    /**
     * Makes the frames of {@code webp} end at {@code totalMs}: the last frame lasts what is left after the others.
     * A file without frame chunks (a still) is left as it is.
     */
    static void set(byte[] webp, long totalMs) {
        if (webp.length < 12 || !fourCc(webp, 0).equals("RIFF") || !fourCc(webp, 8).equals("WEBP")) {
            throw new IllegalArgumentException("not a WebP");
        }
        long end = Math.min(webp.length, 8 + u32le(webp, 4));
        long pos = 12;
        long before = 0;
        int last = -1;
        while (pos + 8 <= end) {
            long length = u32le(webp, (int) pos + 4);
            if (pos + 8 + length > end) {
                break;
            }
            if (fourCc(webp, (int) pos).equals("ANMF") && length >= 16) {
                if (last >= 0) {
                    before += u24(webp, last + 12);
                }
                last = (int) pos + 8;
            }
            pos += 8 + length + (length & 1);
        }
        if (last < 0) {
            return;
        }
        long duration = Math.max(0, Math.min(MAX_DURATION, totalMs - before));
        webp[last + 12] = (byte) duration;
        webp[last + 13] = (byte) (duration >>> 8);
        webp[last + 14] = (byte) (duration >>> 16);
    }

    private static String fourCc(byte[] b, int offset) {
        return new String(b, offset, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int u24(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16;
    }

    private static long u32le(byte[] b, int offset) {
        return (b[offset] & 0xFFL) | (b[offset + 1] & 0xFFL) << 8 | (b[offset + 2] & 0xFFL) << 16
                | (b[offset + 3] & 0xFFL) << 24;
    }
}
