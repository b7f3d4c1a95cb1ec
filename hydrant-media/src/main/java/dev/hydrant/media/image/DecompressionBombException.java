package dev.hydrant.media.image;

/**
 * The image declares more pixels than the loader's limit allows. Thrown after reading only the
 * header, before any pixel memory is allocated.
 */
public final class DecompressionBombException extends ImageDecodeException {

    private static final long serialVersionUID = 1L;

    private final long width;
    private final long height;
    private final long pixelLimit;

    public DecompressionBombException(long width, long height, long pixelLimit) {
        super("Image declares " + width + "x" + height + " = " + (width * height)
                + " pixels, more than the limit of " + pixelLimit + "; refusing to decode it");
        this.width = width;
        this.height = height;
        this.pixelLimit = pixelLimit;
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }

    public long pixelLimit() {
        return pixelLimit;
    }
}
