package dev.hydrant.media.image;

/**
 * A colour table for {@link ColourMode#P} images.
 *
 * @param rgb   entries as {@code 0xRRGGBB}
 * @param alpha per-entry alpha, or {@code null} when the image declares no transparency (PIL's
 *              {@code 'transparency'} info key is absent)
 */
public record Palette(int[] rgb, int[] alpha) {

    public boolean hasTransparency() {
        return alpha != null;
    }

    int rgbAt(int index) {
        return index < rgb.length ? rgb[index] : 0;
    }

    int alphaAt(int index) {
        return alpha == null ? 255 : index < alpha.length ? alpha[index] : 255;
    }
}
