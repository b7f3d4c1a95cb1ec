package dev.hydrant.media.image;

/**
 * What the container says about how to interpret the pixels, as far as hydrus's loader uses it.
 *
 * @param iccProfile        the embedded ICC profile, or {@code null}
 * @param exifOrientation   EXIF Orientation (1..8), 1 when absent
 * @param hasExif           whether the file carries a non-empty EXIF block
 * @param pngGamma          PNG {@code gAMA} divided by 100000 (e.g. 0.45455), or {@code null}
 * @param pngChromaticity   PNG {@code cHRM} as 8 values divided by 100000 (white x,y, red x,y, green x,y, blue x,y), or {@code null}
 * @param pngSrgb           whether a PNG has an {@code sRGB} chunk
 * @param pngColourType     PNG IHDR colour type, or -1 for other formats
 * @param pngBitDepth       PNG IHDR bit depth, or -1 for other formats
 */
public record EmbeddedMetadata(
        byte[] iccProfile,
        int exifOrientation,
        boolean hasExif,
        Double pngGamma,
        double[] pngChromaticity,
        boolean pngSrgb,
        int pngColourType,
        int pngBitDepth) {

    public static final EmbeddedMetadata NONE = new EmbeddedMetadata(null, 1, false, null, null, false, -1, -1);

    public boolean hasIccProfile() {
        return iccProfile != null && iccProfile.length > 0;
    }
}
