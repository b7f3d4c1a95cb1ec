package dev.hydrant.media.inspect;

/** What a header reader found; null or false where it found nothing. */
final class Facts {
    Integer width;
    Integer height;
    Long durationMs;
    Integer frames;
    /** The header allows transparent pixels (an alpha channel or a transparent colour): worth decoding to check. */
    boolean mayBeTransparent;
    boolean exif;
    boolean icc;
    boolean xmp;
    boolean iptc;

    void size(long w, long h) {
        if (w > 0 && h > 0 && w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE) {
            width = (int) w;
            height = (int) h;
        }
    }
}
