package dev.hydrant.media;

/**
 * A file could not be analysed, thumbnailed or rendered. The message is meant for people: it is what an
 * import note or an error body can say (hydrus's wording where hydrus has one).
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
