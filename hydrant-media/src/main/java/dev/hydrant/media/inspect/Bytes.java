package dev.hydrant.media.inspect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bounded random reads from a file channel for header parsing; reads past the end come back short. */
final class Bytes {
    private final FileChannel channel;
    private final long size;

    Bytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    /** Up to {@code length} bytes at {@code offset} (fewer at the end of the file). */
    byte[] read(long offset, int length) throws IOException {
        if (offset >= size || length <= 0) {
            return new byte[0];
        }
        int n = (int) Math.min(length, size - offset);
        ByteBuffer buffer = ByteBuffer.allocate(n);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                break;
            }
        }
        byte[] out = buffer.array();
        return buffer.position() == n ? out : java.util.Arrays.copyOf(out, buffer.position());
    }

    static int u8(byte[] b, int i) {
        return b[i] & 0xff;
    }

    static int be16(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    static long be32(byte[] b, int i) {
        return ((long) be16(b, i) << 16) | be16(b, i + 2);
    }

    static int le16(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8);
    }

    static int le24(byte[] b, int i) {
        return le16(b, i) | (u8(b, i + 2) << 16);
    }

    static long le32(byte[] b, int i) {
        return le16(b, i) | ((long) le16(b, i + 2) << 16);
    }

    static boolean startsWith(byte[] b, int offset, String ascii) {
        if (b.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
