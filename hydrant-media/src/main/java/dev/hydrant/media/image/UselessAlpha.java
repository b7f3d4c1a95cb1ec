package dev.hydrant.media.image;

/** Hydrus's {@code StripOutAnyUselessAlphaChannel}: an alpha channel that says nothing is dropped. */
final class UselessAlpha {

    private UselessAlpha() {
    }

    static PixelBuffer strip(PixelBuffer image) {
        return isUseless(image) ? image.withoutAlpha() : image;
    }

    /**
     * Useless means fully opaque everywhere, or fully transparent everywhere over an image that is
     * not entirely black (an all-zero RGBA image keeps its alpha, as in hydrus).
     */
    static boolean isUseless(PixelBuffer image) {
        if (!image.hasAlpha()) {
            return false;
        }
        byte[] d = image.data();
        int c = image.channels();
        boolean allOpaque = true;
        boolean allTransparent = true;
        for (int i = c - 1; i < d.length; i += c) {
            int a = d[i] & 0xFF;
            allOpaque &= a == 255;
            allTransparent &= a == 0;
            if (!allOpaque && !allTransparent) {
                return false;
            }
        }
        if (allOpaque) {
            return true;
        }
        for (byte b : d) {
            if (b != 0) {
                return true;
            }
        }
        return false;
    }
}
