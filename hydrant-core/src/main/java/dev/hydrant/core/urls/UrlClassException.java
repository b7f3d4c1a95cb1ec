package dev.hydrant.core.urls;

/**
 * A URL that a URL class (or the URL rules in general) cannot handle, with hydrus's message. The Client API turns
 * it into a 400 with this message, as hydrus turns its {@code URLClassException} into a {@code BadRequestException}.
 */
public final class UrlClassException extends RuntimeException {
    public UrlClassException(String message) {
        super(message, null, false, false);
    }
}
