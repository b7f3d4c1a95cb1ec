package dev.hydrant.media.sniff;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bounded random access to the file being sniffed.
 *
 * <p>Invariants: the first {@link #HEAD_SIZE} bytes are read once and kept; every other read is a
 * positioned read of at most {@link #MAX_SINGLE_READ} bytes; reads past the end return fewer bytes
 * (never an error); the total number of bytes read and the number of read calls are capped per file,
 * and going over either cap throws {@link SniffLimitException}, which the sniffer turns into an answer.
 * Nothing here ever holds more than one read's worth of the file besides the head.
 */
final class FileBytes implements Closeable {

    static final int HEAD_SIZE = 64 * 1024;
    static final int MAX_SINGLE_READ = 16 * 1024 * 1024;
    static final long DEFAULT_BYTE_BUDGET = 512L * 1024 * 1024;
    static final int DEFAULT_READ_BUDGET = 2_000_000;

    private final FileChannel channel;
    private final long size;
    private final byte[] head;
    private long bytesLeft;
    private int readsLeft;

    private FileBytes(FileChannel channel, long byteBudget, int readBudget) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.bytesLeft = byteBudget;
        this.readsLeft = readBudget;
        int headLength = (int) Math.min(size, HEAD_SIZE);
        ByteBuffer buffer = ByteBuffer.allocate(headLength);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                break;
            }
        }
        this.head = buffer.position() == headLength ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
    }

    static FileBytes open(Path path) throws IOException {
        return open(path, DEFAULT_BYTE_BUDGET, DEFAULT_READ_BUDGET);
    }

    static FileBytes open(Path path, long byteBudget, int readBudget) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new FileBytes(channel, byteBudget, readBudget);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    long size() {
        return size;
    }

    /** The first bytes of the file (up to {@link #HEAD_SIZE}); callers must not modify it. */
    byte[] head() {
        return head;
    }

    /** The first {@code n} bytes, fewer if the file is shorter. */
    byte[] prefix(int n) {
        return n >= head.length ? head : Arrays.copyOf(head, n);
    }

    /**
     * Up to {@code length} bytes from {@code position}; fewer at the end of the file, none past it or for
     * a negative position.
     */
    byte[] read(long position, int length) {
        if (position < 0 || length <= 0 || position >= size) {
            return new byte[0];
        }
        int wanted = (int) Math.min(Math.min(length, MAX_SINGLE_READ), size - position);
        if (position + wanted <= head.length) {
            return Arrays.copyOfRange(head, (int) position, (int) position + wanted);
        }
        charge(wanted);
        ByteBuffer buffer = ByteBuffer.allocate(wanted);
        try {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position());
                if (n < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.position() == wanted ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** A sequential reader from {@code position}, buffered, charged against the same budget. */
    InputStream streamFrom(long position) {
        return new Sequential(position);
    }

    private void charge(int bytes) {
        readsLeft--;
        bytesLeft -= bytes;
        if (readsLeft < 0 || bytesLeft < 0) {
            throw new SniffLimitException("read budget exhausted");
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private final class Sequential extends InputStream {
        private static final int CHUNK = 64 * 1024;
        private long next;
        private byte[] buffer = new byte[0];
        private int index;

        Sequential(long position) {
            this.next = Math.max(0, position);
        }

        private boolean fill() {
            if (index < buffer.length) {
                return true;
            }
            buffer = FileBytes.this.read(next, CHUNK);
            index = 0;
            next += buffer.length;
            return buffer.length > 0;
        }

        @Override
        public int read() {
            return fill() ? buffer[index++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.length - index);
            System.arraycopy(buffer, index, b, off, n);
            index += n;
            return n;
        }

        @Override
        public long skip(long n) {
            if (n <= 0) {
                return 0;
            }
            long inBuffer = buffer.length - index;
            if (n <= inBuffer) {
                index += (int) n;
                return n;
            }
            long fromFile = Math.min(n - inBuffer, Math.max(0, size - next));
            index = buffer.length;
            next += fromFile;
            return inBuffer + fromFile;
        }

        /** The file position of the next byte this stream returns. */
        long position() {
            return next - (buffer.length - index);
        }
    }
}
