package dev.hydrant.core.files;

/**
 * Yes/no facts about a file's content that {@code file_metadata} reports. A flag that was never checked is
 * false, as hydrus reports it for files whose type cannot have the property.
 */
public record MediaFlags(boolean transparency, boolean exif, boolean iccProfile, boolean xmp, boolean iptc,
                         boolean humanReadableEmbeddedMetadata, boolean softwareSource) {
    public static final MediaFlags NONE = new MediaFlags(false, false, false, false, false, false, false);

    private static final int TRANSPARENCY = 1;
    private static final int EXIF = 2;
    private static final int ICC = 4;
    private static final int XMP = 8;
    private static final int IPTC = 16;
    private static final int HUMAN_READABLE = 32;
    private static final int SOFTWARE_SOURCE = 64;

    /** The flags as a bit set, for storage. */
    public int bits() {
        return (transparency ? TRANSPARENCY : 0) | (exif ? EXIF : 0) | (iccProfile ? ICC : 0) | (xmp ? XMP : 0)
                | (iptc ? IPTC : 0) | (humanReadableEmbeddedMetadata ? HUMAN_READABLE : 0)
                | (softwareSource ? SOFTWARE_SOURCE : 0);
    }

    public static MediaFlags fromBits(int bits) {
        return new MediaFlags((bits & TRANSPARENCY) != 0, (bits & EXIF) != 0, (bits & ICC) != 0, (bits & XMP) != 0,
                (bits & IPTC) != 0, (bits & HUMAN_READABLE) != 0, (bits & SOFTWARE_SOURCE) != 0);
    }
}
