package dev.hydrant.media.render;

import java.util.Optional;

/**
 * The formats {@code /get_files/render} produces for still images, by their hydrus filetype number
 * (the {@code render_format} argument), with hydrus's default quality for each.
 */
public enum RenderFormat {
    JPEG(1, "image/jpeg", 80),
    PNG(2, "image/png", 1),
    WEBP(33, "image/webp", 80);

    private final int filetypeEnum;
    private final String mime;
    private final int defaultQuality;

    RenderFormat(int filetypeEnum, String mime, int defaultQuality) {
        this.filetypeEnum = filetypeEnum;
        this.mime = mime;
        this.defaultQuality = defaultQuality;
    }

    /** The hydrus filetype number clients pass as {@code render_format}. */
    public int filetypeEnum() {
        return filetypeEnum;
    }

    /** The {@code Content-Type} of the rendered bytes. */
    public String mime() {
        return mime;
    }

    /**
     * What {@code render_quality} means when it is not given: PNG compression level 1 (fast), quality 80
     * for JPEG and WebP.
     */
    public int defaultQuality() {
        return defaultQuality;
    }

    /** The format for a {@code render_format} value; empty for anything else (hydrus: "Invalid render format!"). */
    public static Optional<RenderFormat> fromFiletypeEnum(int value) {
        for (RenderFormat f : values()) {
            if (f.filetypeEnum == value) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
