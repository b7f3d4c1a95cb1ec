package dev.hydrant.core.files.storage;

import java.nio.file.Path;

/**
 * One prefix folder moving between storage locations, as journalled while the move runs.
 *
 * @param switched whether the prefix already points at {@code to} (the copy is complete); until then it is still
 *                 served from {@code from}
 */
public record PrefixMove(String prefix, Path from, Path to, boolean switched) {
    public PrefixMove switchedOver() {
        return new PrefixMove(prefix, from, to, true);
    }
}
