package dev.hydrant.core.search.predicate;

/** The units of {@code system:num pixels}. */
public enum PixelUnit {
    PIXELS(1),
    KILOPIXELS(1_000),
    MEGAPIXELS(1_000_000);

    private final long pixels;

    PixelUnit(long pixels) {
        this.pixels = pixels;
    }

    /** How many pixels one of this unit is. */
    public long pixels() {
        return pixels;
    }
}
