package dev.hydrant.core.files;

import java.io.IOException;
import java.nio.file.Path;

/** Renders a still image to PNG, JPEG or WebP (the media module implements it). */
public interface ImageRendering {
    /** Rendered bytes and their Content-Type. */
    record Rendered(byte[] bytes, String contentType) {
    }

    /**
     * @param format  hydrus's filetype number: 1 jpeg, 2 png, 33 webp (already validated)
     * @param width   target width, or null for the native size (then height is null too)
     * @param quality null for the format's default
     */
    Rendered render(Path file, FileType type, MediaProperties media, int format, Integer width, Integer height,
                    Integer quality) throws IOException;
}
