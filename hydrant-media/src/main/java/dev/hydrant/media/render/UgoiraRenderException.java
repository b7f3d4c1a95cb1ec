package dev.hydrant.media.render;

import dev.hydrant.media.MediaException;

/**
 * A ugoira could not be rendered: a frame is missing, damaged or of another size than the first, the animation is
 * over the renderer's limits, or the encoder failed. Hydrus fails these renders too (with a server error); the
 * message says which case it is.
 */
public final class UgoiraRenderException extends MediaException {

    private static final long serialVersionUID = 1L;

    public UgoiraRenderException(String message) {
        super(message);
    }

    public UgoiraRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
