package dev.hydrant.media.render;

import dev.hydrant.media.MediaException;

/** Every render slot stayed taken for as long as a render may take, so this one was not started. */
public final class RenderBusyException extends MediaException {

    private static final long serialVersionUID = 1L;

    public RenderBusyException() {
        super("This server is busy, please try again later.");
    }
}
