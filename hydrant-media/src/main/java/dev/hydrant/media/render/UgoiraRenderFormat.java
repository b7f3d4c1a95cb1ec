package dev.hydrant.media.render;

import java.util.Optional;

/**
 * The formats {@code /get_files/render} makes of a ugoira, by their hydrus filetype number (the
 * {@code render_format} argument): APNG, hydrus's default, and animated WebP. The {@code Content-Type} is the
 * format's hydrus mime.
 */
public enum UgoiraRenderFormat {
    APNG(23, "image/apng"),
    ANIMATED_WEBP(83, "image/webp");

    private final int filetypeEnum;
    private final String mime;

    UgoiraRenderFormat(int filetypeEnum, String mime) {
        this.filetypeEnum = filetypeEnum;
        this.mime = mime;
    }

    public int filetypeEnum() {
        return filetypeEnum;
    }

    public String mime() {
        return mime;
    }

    /** The format for a {@code render_format} value; empty for anything else (hydrus: "Invalid render format!"). */
    public static Optional<UgoiraRenderFormat> fromFiletypeEnum(int value) {
        for (UgoiraRenderFormat f : values()) {
            if (f.filetypeEnum == value) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
