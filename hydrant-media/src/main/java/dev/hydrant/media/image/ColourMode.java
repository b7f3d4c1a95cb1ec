package dev.hydrant.media.image;

/**
 * The PIL image modes the loader distinguishes before normalisation (PIL decides alpha handling and
 * colour conversion from these, so we keep the same vocabulary).
 */
public enum ColourMode {
    /** 8-bit greyscale. */
    L(1),
    /** 8-bit greyscale plus alpha. */
    LA(2),
    RGB(3),
    RGBA(4),
    /** 8-bit palette indices; see {@link DecodedImage#palette()}. */
    P(1),
    /** 8-bit CMYK as PIL holds it (Adobe-inverted JPEG data already un-inverted). */
    CMYK(4);

    private final int channels;

    ColourMode(int channels) {
        this.channels = channels;
    }

    public int channels() {
        return channels;
    }
}
