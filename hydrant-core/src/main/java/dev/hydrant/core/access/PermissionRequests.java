package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.tags.TagFilter;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The use case behind {@code /request_new_permissions} and the CLI that approves what it records. */
public final class PermissionRequests {
    private final PermissionRequestStore store;
    private final AccessKeyStore keys;
    private final Clock clock;
    private final SecureRandom random;

    public PermissionRequests(PermissionRequestStore store, AccessKeyStore keys, Clock clock, SecureRandom random) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.random = random;
    }

    public boolean windowIsOpen() {
        return store.windowOpenUntil().map(until -> until.isAfter(clock.instant())).orElse(false);
    }

    public void openWindow(Duration duration) {
        store.openWindow(clock.instant().plus(duration));
    }

    public void closeWindow() {
        store.closeWindow();
    }

    /** 409, as hydrus answers, unless a window is open. */
    public void requireOpenWindow() {
        if (!windowIsOpen()) {
            throw ApiException.conflict("The permission registration dialog is not open. Please open it under "
                    + "\"review services\" in the hydrus client.");
        }
    }

    /** Records a request and returns the new (not yet usable) key; 409 when no window is open. */
    public AccessKey request(String name, boolean permitsEverything, Set<Permission> permissions) {
        requireOpenWindow();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        AccessKey requested = new AccessKey(name, ByteKey.of(bytes), permitsEverything, permissions,
                TagFilter.allowingEverything());
        store.addPending(requested);
        return requested;
    }

    public List<AccessKey> pending() {
        return store.pending();
    }

    /** Moves a pending request into the usable keys. */
    public Optional<AccessKey> approve(ByteKey key) {
        Optional<AccessKey> taken = store.takePending(key);
        taken.ifPresent(keys::put);
        return taken;
    }
}
