package dev.hydrant.media.image;

/**
 * OpenCV's {@code INTER_LINEAR} for 8-bit images: 11-bit fixed-point coefficients, a horizontal
 * pass into 32-bit sums and OpenCV's 8-bit vertical pass (high-half products, 2-bit rounding).
 */
public final class BilinearResampler implements Resampler {

    private static final int COEF_BITS = 11;
    private static final int COEF_SCALE = 1 << COEF_BITS;

    @Override
    public PixelBuffer resize(PixelBuffer src, int dw, int dh) {
        Resampler.requirePositive(dw, dh);
        if (dw == src.width() && dh == src.height()) {
            return src;
        }
        double invScaleX = (double) dw / src.width();
        double invScaleY = (double) dh / src.height();
        double scaleX = 1.0 / invScaleX;
        double scaleY = 1.0 / invScaleY;
        int iscaleX = (int) Math.rint(scaleX);
        int iscaleY = (int) Math.rint(scaleY);
        boolean fast = Math.abs(scaleX - iscaleX) < Math.ulp(1.0) && Math.abs(scaleY - iscaleY) < Math.ulp(1.0);
        if (fast && iscaleX == 2 && iscaleY == 2) {
            // OpenCV switches an exact halving to INTER_AREA
            return new AreaResampler().resize(src, dw, dh);
        }
        return resizeGeneric(src, dw, dh, scaleX, scaleY, invScaleX, invScaleY, false);
    }

    /** OpenCV's {@code resizeGeneric_} with a 2-tap kernel; {@code areaMode} is INTER_AREA's enlargement emulation. */
    static PixelBuffer resizeGeneric(PixelBuffer src, int dw, int dh, double scaleX, double scaleY,
                                     double invScaleX, double invScaleY, boolean areaMode) {
        int cn = src.channels();
        int sw = src.width();
        int sh = src.height();
        int[] xofs = new int[dw * cn];
        short[] alpha = new short[dw * cn * 2];
        int xmax = dw;
        for (int dx = 0; dx < dw; dx++) {
            int sx;
            float fx;
            if (!areaMode) {
                fx = (float) ((dx + 0.5) * scaleX - 0.5);
                sx = (int) Math.floor(fx);
                fx -= sx;
            } else {
                sx = (int) Math.floor(dx * scaleX);
                fx = (float) ((dx + 1) - (sx + 1) * invScaleX);
                fx = fx <= 0 ? 0f : fx - (float) Math.floor(fx);
            }
            if (sx < 0) {
                fx = 0;
                sx = 0;
            }
            if (sx + 1 >= sw) {
                xmax = Math.min(xmax, dx);
                if (sx >= sw - 1) {
                    fx = 0;
                    sx = sw - 1;
                }
            }
            short a0 = Resampler.saturateToShort((1.f - fx) * COEF_SCALE);
            short a1 = Resampler.saturateToShort(fx * COEF_SCALE);
            for (int k = 0; k < cn; k++) {
                xofs[dx * cn + k] = sx * cn + k;
                alpha[(dx * cn + k) * 2] = a0;
                alpha[(dx * cn + k) * 2 + 1] = a1;
            }
        }
        int xmaxElements = xmax * cn;
        int rowWidth = dw * cn;
        byte[] s = src.data();
        byte[] d = new byte[dh * rowWidth];
        int[] row0 = new int[rowWidth];
        int[] row1 = new int[rowWidth];
        for (int dy = 0; dy < dh; dy++) {
            int sy;
            float fy;
            if (!areaMode) {
                fy = (float) ((dy + 0.5) * scaleY - 0.5);
                sy = (int) Math.floor(fy);
                fy -= sy;
            } else {
                sy = (int) Math.floor(dy * scaleY);
                fy = (float) ((dy + 1) - (sy + 1) * invScaleY);
                fy = fy <= 0 ? 0f : fy - (float) Math.floor(fy);
            }
            short b0 = Resampler.saturateToShort((1.f - fy) * COEF_SCALE);
            short b1 = Resampler.saturateToShort(fy * COEF_SCALE);
            horizontal(s, clamp(sy, sh) * sw * cn, xofs, alpha, xmaxElements, cn, row0);
            horizontal(s, clamp(sy + 1, sh) * sw * cn, xofs, alpha, xmaxElements, cn, row1);
            vertical(row0, row1, b0, b1, d, dy * rowWidth, rowWidth);
        }
        return new PixelBuffer(dw, dh, cn, d);
    }

    private static int clamp(int row, int height) {
        return row < 0 ? 0 : Math.min(row, height - 1);
    }

    private static void horizontal(byte[] s, int rowStart, int[] xofs, short[] alpha, int xmax, int cn, int[] out) {
        for (int dx = 0; dx < out.length; dx++) {
            int sx = rowStart + xofs[dx];
            if (dx < xmax) {
                out[dx] = (s[sx] & 0xFF) * alpha[dx * 2] + (s[sx + cn] & 0xFF) * alpha[dx * 2 + 1];
            } else {
                out[dx] = (s[sx] & 0xFF) * COEF_SCALE;
            }
        }
    }

    /**
     * OpenCV's 8-bit {@code VResizeLinear} specialisation: both rows are pre-shifted by 4 bits and
     * multiplied keeping the high 16 bits, then rounded by 2 bits (SIMD and scalar paths agree).
     */
    private static void vertical(int[] s0, int[] s1, short b0, short b1, byte[] d, int offset, int width) {
        for (int i = 0; i < width; i++) {
            int hi0 = (b0 * (s0[i] >> 4)) >> 16;
            int hi1 = (b1 * (s1[i] >> 4)) >> 16;
            int v = (hi0 + hi1 + 2) >> 2;
            d[offset + i] = (byte) Math.max(0, Math.min(255, v));
        }
    }

}
