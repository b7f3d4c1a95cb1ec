package dev.hydrant.media.render;

import java.util.Objects;

/**
 * A ugoira rendered for {@code /get_files/render}.
 *
 * @param format the format ({@link UgoiraRenderFormat#mime()} is the {@code Content-Type})
 * @param bytes  the encoded animation (or a still picture when the ugoira has a single frame)
 * @param width  the canvas width, the first frame's
 * @param height the canvas height
 * @param frames the ugoira's frames that went in (identical neighbours may come out as one longer frame)
 */
public record RenderedAnimation(UgoiraRenderFormat format, byte[] bytes, int width, int height, int frames) {

    public RenderedAnimation {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }
}
