package dev.hydrant.api.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hydrus's database lock ({@code /manage_database/lock_on}): while on, every API call but {@code lock_off}
 * answers 503 so that the database files can be copied safely.
 */
public final class BusyLock {
    private final AtomicBoolean locked = new AtomicBoolean();

    public boolean isLocked() {
        return locked.get();
    }

    /** @return false when it was already locked */
    public boolean lock() {
        return locked.compareAndSet(false, true);
    }

    /** @return false when it was not locked */
    public boolean unlock() {
        return locked.compareAndSet(true, false);
    }
}
