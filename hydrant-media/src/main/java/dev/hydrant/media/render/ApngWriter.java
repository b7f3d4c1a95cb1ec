package dev.hydrant.media.render;

import dev.hydrant.media.image.PixelBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit RGB or RGBA PNG, or an animated PNG (APNG), chunk by chunk to a stream: the signature and
 * {@code IHDR}, then for an animation {@code acTL}, and per frame a {@code fcTL} with the frame's region and delay
 * followed by its zlib data ({@code IDAT} for the first frame, which is also the default image, {@code fdAT} after
 * it), and {@code IEND}. Only one frame's rows are in memory at a time.
 *
 * <p>Rows are filtered either not at all (level 0, a cheap transport) or with the usual adaptive choice per row
 * (the filter whose output has the smallest sum of absolute values), then deflated at the given level. Not
 * thread-safe.
 */
final class ApngWriter {

    /** APNG {@code dispose_op}: leave the canvas as the frame left it. */
    static final int DISPOSE_NONE = 0;
    /** APNG {@code blend_op}: the frame's pixels replace the canvas's in its region. */
    static final int BLEND_SOURCE = 0;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int MAX_CHUNK_DATA = 256 * 1024;
    /** Where the {@code acTL} chunk starts: after the signature and the 25-byte {@code IHDR} chunk. */
    static final int ACTL_OFFSET = 8 + 25;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int channels;
    private final int level;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private int sequence;
    private int framesWritten;
    private boolean animated;

    /**
     * @param channels 3 (RGB) or 4 (RGBA)
     * @param level    zlib level 0-9; 0 also turns row filtering off
     */
    ApngWriter(OutputStream out, int width, int height, int channels, int level) {
        this.out = Objects.requireNonNull(out, "out");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad size " + width + "x" + height);
        }
        if (channels != 3 && channels != 4) {
            throw new IllegalArgumentException("channels must be 3 or 4: " + channels);
        }
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("zlib level must be 0-9: " + level);
        }
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.level = level;
        this.deflater = new Deflater(level);
    }

    /** The signature, {@code IHDR} and {@code acTL}: an animation of {@code frames} played {@code plays} times (0: for ever). */
    void beginAnimation(int frames, int plays) throws IOException {
        if (frames < 1) {
            throw new IllegalArgumentException("an animation needs a frame");
        }
        header();
        animated = true;
        out.write(acTlChunk(frames, plays));
    }

    /** The signature and {@code IHDR} of a plain PNG, which takes exactly one frame (written without {@code fcTL}). */
    void beginStill() throws IOException {
        header();
        animated = false;
    }

    private void header() throws IOException {
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = (byte) (channels == 4 ? 6 : 2);
        chunk("IHDR", ihdr, ihdr.length);
    }

    /** The complete {@code acTL} chunk (length, type, data, CRC), for writing or for patching a count in later. */
    static byte[] acTlChunk(int frames, int plays) {
        byte[] data = new byte[8];
        putInt(data, 0, frames);
        putInt(data, 4, plays);
        return wholeChunk("acTL", data);
    }

    /**
     * One frame: {@code pixels} (with this writer's channel count) placed at {@code x, y} on the canvas, shown for
     * {@code delay}. The first frame must cover the whole canvas.
     */
    void frame(PixelBuffer pixels, int x, int y, FrameDelay delay, int disposeOp, int blendOp) throws IOException {
        if (pixels.channels() != channels) {
            throw new IllegalArgumentException("frame has " + pixels.channels() + " channels, not " + channels);
        }
        if (x < 0 || y < 0 || x + pixels.width() > width || y + pixels.height() > height) {
            throw new IllegalArgumentException("frame region outside the canvas");
        }
        boolean first = framesWritten == 0;
        if (first && (x != 0 || y != 0 || pixels.width() != width || pixels.height() != height)) {
            throw new IllegalArgumentException("the first frame must cover the canvas");
        }
        if (!animated && !first) {
            throw new IllegalStateException("a plain PNG has one frame");
        }
        if (animated) {
            byte[] fctl = new byte[26];
            putInt(fctl, 0, sequence++);
            putInt(fctl, 4, pixels.width());
            putInt(fctl, 8, pixels.height());
            putInt(fctl, 12, x);
            putInt(fctl, 16, y);
            fctl[20] = (byte) (delay.numerator() >>> 8);
            fctl[21] = (byte) delay.numerator();
            fctl[22] = (byte) (delay.denominator() >>> 8);
            fctl[23] = (byte) delay.denominator();
            fctl[24] = (byte) disposeOp;
            fctl[25] = (byte) blendOp;
            chunk("fcTL", fctl, fctl.length);
        }
        writeImageData(pixels, first);
        framesWritten++;
    }

    /** {@code IEND}. */
    void finish() throws IOException {
        chunk("IEND", new byte[0], 0);
        out.flush();
        deflater.end();
    }

    int framesWritten() {
        return framesWritten;
    }

    private void writeImageData(PixelBuffer pixels, boolean first) throws IOException {
        int rowBytes = pixels.width() * channels;
        byte[] data = pixels.data();
        byte[] previous = new byte[rowBytes];
        byte[] current = new byte[rowBytes];
        byte[][] filtered = level == 0 ? null : new byte[5][rowBytes + 1];
        byte[] unfiltered = new byte[rowBytes + 1];
        byte[] compressed = new byte[64 * 1024];
        ChunkBuffer chunks = new ChunkBuffer(first);
        deflater.reset();
        for (int row = 0; row < pixels.height(); row++) {
            System.arraycopy(data, row * rowBytes, current, 0, rowBytes);
            byte[] line;
            if (filtered == null) {
                System.arraycopy(current, 0, unfiltered, 1, rowBytes);
                line = unfiltered;
            } else {
                line = PngRowFilter.best(current, row == 0 ? null : previous, channels, filtered);
            }
            deflater.setInput(line, 0, rowBytes + 1);
            while (!deflater.needsInput()) {
                int n = deflater.deflate(compressed, 0, compressed.length, Deflater.NO_FLUSH);
                chunks.write(compressed, n);
            }
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(compressed, 0, compressed.length);
            chunks.write(compressed, n);
        }
        chunks.flush();
    }

    /** Gathers zlib output into {@code IDAT} or {@code fdAT} chunks of bounded size. */
    private final class ChunkBuffer {
        private final boolean idat;
        private final byte[] buffer = new byte[MAX_CHUNK_DATA + 4];
        private final int start;
        private int length;

        ChunkBuffer(boolean idat) {
            this.idat = idat;
            this.start = idat ? 0 : 4;
            this.length = start;
        }

        void write(byte[] bytes, int n) throws IOException {
            int offset = 0;
            while (offset < n) {
                int take = Math.min(n - offset, buffer.length - length);
                System.arraycopy(bytes, offset, buffer, length, take);
                length += take;
                offset += take;
                if (length == buffer.length) {
                    flush();
                }
            }
        }

        void flush() throws IOException {
            if (length == start) {
                return;
            }
            if (idat) {
                chunk("IDAT", buffer, length);
            } else {
                putInt(buffer, 0, sequence++);
                chunk("fdAT", buffer, length);
            }
            length = start;
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.write(head);
        out.write(data, 0, length);
        crc.reset();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static byte[] wholeChunk(String type, byte[] data) {
        byte[] chunk = new byte[12 + data.length];
        putInt(chunk, 0, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, chunk, 4, 4);
        System.arraycopy(data, 0, chunk, 8, data.length);
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, 4 + data.length);
        putInt(chunk, 8 + data.length, (int) crc.getValue());
        return chunk;
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
