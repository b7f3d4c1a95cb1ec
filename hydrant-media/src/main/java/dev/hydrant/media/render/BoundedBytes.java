package dev.hydrant.media.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory output of at most {@code limit} bytes, kept in 1 MiB blocks (so growing never copies what was
 * written), that can overwrite bytes already written ({@link #patch}) and hands its contents over as one exactly
 * sized array. Writing past the limit throws {@link TooLargeException}. Not thread-safe.
 */
final class BoundedBytes extends OutputStream {

    /** The output went over its limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("the result is larger than " + limit + " bytes");
        }
    }

    private static final int BLOCK = 1024 * 1024;

    private final long limit;
    private final List<byte[]> blocks = new ArrayList<>();
    private long size;

    BoundedBytes(long limit) {
        if (limit <= 0 || limit > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("bad limit " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (size + len > limit) {
            throw new TooLargeException(limit);
        }
        while (len > 0) {
            int inBlock = (int) (size % BLOCK);
            if (inBlock == 0 && blocks.size() * (long) BLOCK == size) {
                blocks.add(new byte[BLOCK]);
            }
            int take = Math.min(len, BLOCK - inBlock);
            System.arraycopy(b, off, blocks.get((int) (size / BLOCK)), inBlock, take);
            size += take;
            off += take;
            len -= take;
        }
    }

    long size() {
        return size;
    }

    /** Overwrites {@code data.length} bytes from {@code offset}, all of which were written before. */
    void patch(long offset, byte[] data) {
        if (offset < 0 || offset + data.length > size) {
            throw new IllegalArgumentException("patch outside what was written");
        }
        for (int i = 0; i < data.length; i++) {
            long at = offset + i;
            blocks.get((int) (at / BLOCK))[(int) (at % BLOCK)] = data[i];
        }
    }

    /** Everything written, as one array; the blocks are released. */
    byte[] toByteArray() {
        byte[] out = new byte[(int) size];
        long copied = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int take = (int) Math.min(BLOCK, size - copied);
            System.arraycopy(blocks.get(i), 0, out, (int) copied, take);
            blocks.set(i, null);
            copied += take;
        }
        blocks.clear();
        return out;
    }
}
