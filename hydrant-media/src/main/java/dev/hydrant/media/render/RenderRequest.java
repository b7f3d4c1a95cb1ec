package dev.hydrant.media.render;

import java.util.Objects;

/**
 * What a {@code /get_files/render} call asks for.
 *
 * @param format  the output format (hydrus's default is PNG)
 * @param width   the exact output width, or {@code null}; the picture is resized only when both width and
 *                height are given, to exactly that size (the aspect ratio is not kept)
 * @param height  the exact output height, or {@code null}
 * @param quality {@code render_quality}, or {@code null} for the format's default: the PNG compression level
 *                (0-9), the JPEG quality (0-100), the WebP quality (0-100; above 100 is lossless)
 */
public record RenderRequest(RenderFormat format, Integer width, Integer height, Integer quality) {

    /**
     * @throws IllegalArgumentException with hydrus's message when a given size is below 1
     */
    public RenderRequest {
        Objects.requireNonNull(format, "format");
        if (width != null && height != null) {
            if (width < 1) {
                throw new IllegalArgumentException("Width must be greater than 0!");
            }
            if (height < 1) {
                throw new IllegalArgumentException("Height must be greater than 0!");
            }
        }
    }

    /** The file at its own size in hydrus's default format and quality. */
    public static RenderRequest defaults() {
        return new RenderRequest(RenderFormat.PNG, null, null, null);
    }

    public boolean resizes() {
        return width != null && height != null;
    }

    public int effectiveQuality() {
        return quality != null ? quality : format.defaultQuality();
    }
}
