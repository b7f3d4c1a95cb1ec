package dev.hydrant.media.image;

/** A reimplementation of one OpenCV {@code cv2.resize} interpolation for 8-bit images. */
public interface Resampler {

    /** Resizes to exactly {@code width x height}; an image already that size is returned unchanged. */
    PixelBuffer resize(PixelBuffer source, int width, int height);

    static void requirePositive(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
    }

    /** OpenCV's {@code saturate_cast<uchar>(float)}: round half to even, then clamp. */
    static int saturateToByte(float value) {
        int v = (int) Math.rint(value);
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** OpenCV's {@code saturate_cast<short>(float)}. */
    static short saturateToShort(float value) {
        int v = (int) Math.rint(value);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }
}
