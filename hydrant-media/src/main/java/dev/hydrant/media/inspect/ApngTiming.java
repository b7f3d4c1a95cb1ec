package dev.hydrant.media.inspect;

import dev.hydrant.media.DamagedMediaException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Size, frame count and duration of an APNG as hydrus reads them.
 *
 * <p>The frame count is the {@code acTL} chunk's, and only an {@code acTL} lying wholly inside the first
 * 256 bytes is seen (the last one there wins); without it hydrus gives up on the file. The duration adds
 * up every {@code fcTL} chunk of the file (those with at least 24 data bytes): numerator over
 * denominator seconds, at least 1 ms, and a flat 100 ms for a zero denominator; the chunk walk stops at
 * the first chunk whose data runs past the end of the file. The sum is truncated to milliseconds, but
 * a positive total never becomes 0. The size is the {@code IHDR} size.
 *
 * <p>Only chunk headers and {@code fcTL} bodies are read; chunk data is skipped by position.
 */
final class ApngTiming {

    static final int HEAD = 256;
    static final int MAX_CHUNKS = 10_000_000;

    private ApngTiming() {
    }

    static MediaInfo read(Path file) throws IOException, DamagedMediaException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(HEAD, size));
            if (head.length < 24 || head[1] != 'P' || head[2] != 'N' || head[3] != 'G') {
                throw new DamagedMediaException("This does not look like a PNG file!");
            }
            int width = (int) Math.min(Integer.MAX_VALUE, u32(head, 16));
            int height = (int) Math.min(Integer.MAX_VALUE, u32(head, 20));
            Long frames = null;
            int pos = 8;
            while (pos + 8 <= head.length) {
                long length = u32(head, pos);
                if (pos + 8 + length > head.length) {
                    break;
                }
                if (chunkName(head, pos + 4).equals("acTL") && length >= 4) {
                    frames = u32(head, pos + 8);
                }
                pos += (int) (8 + length + 4);
            }
            if (frames == null) {
                throw new DamagedMediaException("This APNG had an unusual file header!");
            }
            double seconds = totalDelaySeconds(channel, size);
            long ms = (long) (seconds * 1000);
            if (ms == 0 && seconds * 1000 > 0) {
                ms = 1;
            }
            return new MediaInfo(Math.max(width, 1), Math.max(height, 1), ms,
                    (int) Math.min(Integer.MAX_VALUE, frames), false, null);
        }
    }

    private static double totalDelaySeconds(FileChannel channel, long size) throws IOException, DamagedMediaException {
        double total = 0;
        long pos = 8;
        for (int chunks = 0; pos + 8 <= size; chunks++) {
            if (chunks > MAX_CHUNKS) {
                throw new DamagedMediaException("This APNG has too many chunks to walk!");
            }
            byte[] header = read(channel, pos, 8);
            long length = u32(header, 0);
            if (pos + 8 + length > size) {
                break;
            }
            if (chunkName(header, 4).equals("fcTL") && length >= 24) {
                byte[] data = read(channel, pos + 8, 24);
                int numerator = u16(data, 20);
                int denominator = u16(data, 22);
                total += denominator == 0 ? 0.1 : Math.max((double) numerator / denominator, 0.001);
            }
            pos += 8 + length + 4;
        }
        return total;
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        byte[] out = new byte[buffer.position()];
        buffer.flip();
        buffer.get(out);
        return out;
    }

    private static String chunkName(byte[] b, int offset) {
        return new String(b, offset, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static long u32(byte[] b, int offset) {
        return ((long) (b[offset] & 0xFF) << 24) | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8 | (b[offset + 3] & 0xFF);
    }

    private static int u16(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 8 | (b[offset + 1] & 0xFF);
    }
}
