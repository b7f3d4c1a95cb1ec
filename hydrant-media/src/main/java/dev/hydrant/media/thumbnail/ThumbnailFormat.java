package dev.hydrant.media.thumbnail;

/** How a thumbnail is stored and served: JPEG for opaque pixels, PNG when an alpha channel is kept. */
public enum ThumbnailFormat {
    JPEG("image/jpeg"), PNG("image/png");

    private final String mime;

    ThumbnailFormat(String mime) {
        this.mime = mime;
    }

    public String mime() {
        return mime;
    }
}
