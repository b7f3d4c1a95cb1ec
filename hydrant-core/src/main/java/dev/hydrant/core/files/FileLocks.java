package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises work on one file (by sha256) across imports and the removal job, so two imports of the same bytes
 * make one file and a removal never races a re-import. Striped: unrelated files rarely wait for each other.
 */
public final class FileLocks {
    /** Work done while holding a file's lock. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final ReentrantLock[] stripes;

    public FileLocks() {
        this(256);
    }

    public FileLocks(int stripes) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    public <T, E extends Exception> T withLock(ByteKey sha256, Work<T, E> work) throws E {
        ReentrantLock lock = stripes[Math.floorMod(sha256.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }
}
