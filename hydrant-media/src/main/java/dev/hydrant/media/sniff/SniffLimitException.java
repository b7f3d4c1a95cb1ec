package dev.hydrant.media.sniff;

/**
 * Raised inside the sniffer when a file needs more reading, or more structure walking, than the per-file
 * limits allow. It never leaves {@link FileTypeSniffer}: each rule decides what such a file is taken for.
 */
final class SniffLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SniffLimitException(String message) {
        super(message, null, false, false);
    }
}
