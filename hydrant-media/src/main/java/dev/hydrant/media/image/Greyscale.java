package dev.hydrant.media.image;

/**
 * OpenCV's {@code cvtColor(RGB2GRAY)} for 8-bit images: BT.601 weights in 15-bit fixed point
 * (9798, 19235, 3735) with rounding.
 */
public final class Greyscale {

    private static final int R = 9798;
    private static final int G = 19235;
    private static final int B = 3735;
    private static final int SHIFT = 15;

    private Greyscale() {
    }

    public static int luma(int r, int g, int b) {
        return (r * R + g * G + b * B + (1 << (SHIFT - 1))) >> SHIFT;
    }

    /** Greyscale of the first three channels of an RGB or RGBA buffer; a 1-channel buffer is returned as is. */
    public static PixelBuffer of(PixelBuffer image) {
        if (image.channels() == 1) {
            return image;
        }
        if (image.channels() < 3) {
            throw new IllegalArgumentException("need RGB or RGBA, got " + image.channels() + " channels");
        }
        int c = image.channels();
        byte[] in = image.data();
        byte[] out = new byte[image.width() * image.height()];
        for (int i = 0; i < out.length; i++) {
            int o = i * c;
            out[i] = (byte) luma(in[o] & 0xFF, in[o + 1] & 0xFF, in[o + 2] & 0xFF);
        }
        return new PixelBuffer(image.width(), image.height(), 1, out);
    }
}
