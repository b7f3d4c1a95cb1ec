package dev.hydrant.core.files;

import java.io.IOException;

/**
 * A file that can be rendered could not be, for a reason the message gives to the client: damaged or missing
 * frames, limits on the work a render may do, an encoder failure ({@link #busy()} false: hydrus's server error); or
 * every render slot stayed taken ({@link #busy()} true: the server is busy).
 */
public final class RenderFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean busy;

    public RenderFailedException(String message, boolean busy, Throwable cause) {
        super(message, cause);
        this.busy = busy;
    }

    public boolean busy() {
        return busy;
    }
}
