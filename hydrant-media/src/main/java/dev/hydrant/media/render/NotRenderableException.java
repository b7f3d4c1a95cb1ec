package dev.hydrant.media.render;

import dev.hydrant.media.MediaException;

/** The file is not a still image, so {@code /get_files/render} refuses it (hydrus answers 400). */
public final class NotRenderableException extends MediaException {

    private static final long serialVersionUID = 1L;

    public NotRenderableException() {
        super("Requested file is not an image!");
    }
}
