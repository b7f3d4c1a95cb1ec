package dev.hydrant.media.image;

/** The bytes could not be decoded as a still image (unknown format, damaged or unsupported data). */
public class ImageDecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImageDecodeException(String message) {
        super(message);
    }

    public ImageDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
