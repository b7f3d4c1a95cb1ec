package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The "add from api request" window of hydrus's review-services dialog, persisted so that the CLI (another
 * process) can open it and approve what arrives: while it is open, {@code /request_new_permissions} records a
 * pending key; approving moves it into the {@link AccessKeyStore}.
 */
public interface PermissionRequestStore {
    Optional<Instant> windowOpenUntil();

    void openWindow(Instant until);

    void closeWindow();

    void addPending(AccessKey requested);

    List<AccessKey> pending();

    /** Removes and returns a pending request. */
    Optional<AccessKey> takePending(ByteKey key);
}
