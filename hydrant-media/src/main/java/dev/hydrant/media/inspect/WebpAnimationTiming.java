package dev.hydrant.media.inspect;

import dev.hydrant.media.DamagedMediaException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Size, frame count and duration of an animated WebP as hydrus gets them through Pillow and libwebp:
 * the canvas size from the {@code VP8X} chunk, one frame per complete {@code ANMF} chunk, each lasting
 * its stored duration, with hydrus's 83 ms standing in for 0 and 10 ms, all added up.
 *
 * <p>Only chunk headers and the 16-byte frame headers are read.
 */
final class WebpAnimationTiming {

    static final int MAX_CHUNKS = 10_000_000;

    private WebpAnimationTiming() {
    }

    static MediaInfo read(Path file) throws IOException, DamagedMediaException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, 30);
            if (head.length < 30 || !name(head, 0).equals("RIFF") || !name(head, 8).equals("WEBP")
                    || !name(head, 12).equals("VP8X")) {
                throw new DamagedMediaException("This does not look like an animated WebP file!");
            }
            int width = 1 + u24(head, 24);
            int height = 1 + u24(head, 27);
            long end = Math.min(size, 8 + u32le(head, 4));
            long pos = 12;
            int frames = 0;
            long total = 0;
            for (int chunks = 0; pos + 8 <= end; chunks++) {
                if (chunks > MAX_CHUNKS) {
                    throw new DamagedMediaException("This WebP has too many chunks to walk!");
                }
                byte[] header = read(channel, pos, 8);
                long length = u32le(header, 4);
                if (pos + 8 + length > end) {
                    break;
                }
                if (name(header, 0).equals("ANMF") && length >= 16) {
                    byte[] frame = read(channel, pos + 8, 16);
                    frames++;
                    total += GifTiming.hydrusFrameDuration(u24(frame, 12));
                }
                pos += 8 + length + (length & 1);
            }
            if (frames == 0) {
                throw new DamagedMediaException("This animated WebP has no complete frames!");
            }
            return new MediaInfo(width, height, total, frames, false, null);
        }
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

    private static String name(byte[] b, int offset) {
        return new String(b, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static int u24(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16;
    }

    private static long u32le(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16 | ((long) (b[offset + 3] & 0xFF) << 24);
    }
}
