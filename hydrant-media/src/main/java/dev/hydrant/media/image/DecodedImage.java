package dev.hydrant.media.image;

/**
 * A freshly decoded still image before hydrus's normalisation: the pixel samples in a PIL mode,
 * plus the container metadata that steers rotation and colour management.
 *
 * @param format   the container format
 * @param mode     how to read {@code samples}
 * @param width    columns
 * @param height   rows
 * @param samples  8-bit samples, row-major, {@code mode.channels()} per pixel
 * @param palette  the colour table for {@link ColourMode#P}, otherwise {@code null}
 * @param metadata ICC, EXIF orientation and PNG colour chunks
 */
public record DecodedImage(
        StillImageFormat format,
        ColourMode mode,
        int width,
        int height,
        byte[] samples,
        Palette palette,
        EmbeddedMetadata metadata) {

    public DecodedImage {
        if ((long) width * height * mode.channels() != samples.length) {
            throw new IllegalArgumentException("sample count does not fit " + width + "x" + height + " " + mode);
        }
        if (mode == ColourMode.P && palette == null) {
            throw new IllegalArgumentException("P mode needs a palette");
        }
    }

    /** PIL's {@code PILImageHasTransparency}: LA, RGBA, or P with a transparency entry. */
    public boolean declaresTransparency() {
        return mode == ColourMode.LA || mode == ColourMode.RGBA || (mode == ColourMode.P && palette.hasTransparency());
    }

    public DecodedImage withPixels(ColourMode newMode, int newWidth, int newHeight, byte[] newSamples, Palette newPalette) {
        return new DecodedImage(format, newMode, newWidth, newHeight, newSamples, newPalette, metadata);
    }
}
