package dev.hydrant.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Renders a still image to PNG, JPEG or WebP, or a ugoira to APNG or animated WebP (the media module implements it). */
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

    /**
     * A ugoira at its own size, every frame shown for its delay, looping for ever.
     *
     * @param format           hydrus's filetype number: 23 apng, 83 animated webp (already validated)
     * @param quality          the WebP quality (lossless above 100); APNG ignores it
     * @param notes   the file's notes (name → text), asked for only when the ugoira's {@code animation.json} has no
     *                delay for every frame: hydrus then takes the delays from its {@code ugoira json} or
     *                {@code ugoira frame delay array} note (frames past them last 125 ms)
     * @throws RenderFailedException when the ugoira cannot be rendered; its message says why
     */
    Rendered renderUgoira(Path file, int format, int quality, Supplier<Map<String, String>> notes)
            throws IOException;
}
