package dev.hydrant.media;

/**
 * The file is damaged, truncated or built in a way the tools cannot read: hydrus's
 * {@code DamagedOrUnusualFileException}, which makes an import end with status 4 and this message as
 * its note.
 */
public class DamagedMediaException extends MediaException {

    private static final long serialVersionUID = 1L;

    public DamagedMediaException(String message) {
        super(message);
    }

    public DamagedMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
