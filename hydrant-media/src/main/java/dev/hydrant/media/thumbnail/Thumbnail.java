package dev.hydrant.media.thumbnail;

import dev.hydrant.media.image.PixelBuffer;

/**
 * A generated thumbnail: the resized pixels (which hydrus also derives the blurhash from) and
 * their encoded bytes.
 */
public record Thumbnail(PixelBuffer pixels, ThumbnailFormat format, byte[] bytes) {

    public int width() {
        return pixels.width();
    }

    public int height() {
        return pixels.height();
    }
}
