package dev.hydrant.media.render;

import java.util.Objects;

/**
 * The bytes {@code /get_files/render} answers with.
 *
 * @param format      the format (its {@link RenderFormat#mime()} is the {@code Content-Type})
 * @param bytes       the encoded picture, sRGB, without an embedded ICC profile
 * @param width       pixels
 * @param height      pixels
 * @param placeholder the file's pixels could not be decoded, so this is an error picture of the file's
 *                    size (hydrus answers the same way, with its own error picture)
 */
public record RenderedImage(RenderFormat format, byte[] bytes, int width, int height, boolean placeholder) {

    public RenderedImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }
}
