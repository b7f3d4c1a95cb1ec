package dev.hydrant.media.image;

/**
 * OpenCV's {@code INTER_LANCZOS4} for 8-bit images: an 8-tap windowed sinc with 11-bit
 * fixed-point coefficients and replicated borders. Hydrus only reaches it through a quirk of its
 * thumbnail resize (very wide or very tall images).
 */
public final class Lanczos4Resampler implements Resampler {

    private static final int COEF_SCALE = 1 << 11;
    private static final double S45 = 0.70710678118654752440084436210485;
    private static final double[][] CS = {
            {1, 0}, {-S45, -S45}, {0, 1}, {S45, -S45}, {-1, 0}, {S45, S45}, {0, -1}, {-S45, S45}};

    @Override
    public PixelBuffer resize(PixelBuffer src, int dw, int dh) {
        Resampler.requirePositive(dw, dh);
        if (dw == src.width() && dh == src.height()) {
            return src;
        }
        double scaleX = 1.0 / ((double) dw / src.width());
        double scaleY = 1.0 / ((double) dh / src.height());
        int cn = src.channels();
        int sw = src.width();
        int sh = src.height();
        int rowElements = sw * cn;
        int[] xofs = new int[dw * cn];
        short[] alpha = new short[dw * cn * 8];
        for (int dx = 0; dx < dw; dx++) {
            float fx = (float) ((dx + 0.5) * scaleX - 0.5);
            int sx = (int) Math.floor(fx);
            fx -= sx;
            short[] coefficients = coefficients(fx);
            for (int k = 0; k < cn; k++) {
                xofs[dx * cn + k] = sx * cn + k;
                System.arraycopy(coefficients, 0, alpha, (dx * cn + k) * 8, 8);
            }
        }
        byte[] s = src.data();
        int width = dw * cn;
        byte[] d = new byte[dh * width];
        int[][] rows = new int[8][width];
        for (int dy = 0; dy < dh; dy++) {
            float fy = (float) ((dy + 0.5) * scaleY - 0.5);
            int sy = (int) Math.floor(fy);
            fy -= sy;
            short[] beta = coefficients(fy);
            for (int k = 0; k < 8; k++) {
                int row = Math.max(0, Math.min(sh - 1, sy - 3 + k));
                horizontal(s, row * rowElements, rowElements, xofs, alpha, cn, rows[k]);
            }
            for (int x = 0; x < width; x++) {
                int v = 0;
                for (int k = 0; k < 8; k++) {
                    v += rows[k][x] * beta[k];
                }
                v = (v + (1 << 21)) >> 22;
                d[dy * width + x] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        return new PixelBuffer(dw, dh, cn, d);
    }

    private static void horizontal(byte[] s, int rowStart, int rowElements, int[] xofs, short[] alpha, int cn, int[] out) {
        for (int dx = 0; dx < out.length; dx++) {
            int sx = xofs[dx] - cn * 3;
            int v = 0;
            for (int j = 0; j < 8; j++) {
                int sxj = sx + j * cn;
                while (sxj < 0) {
                    sxj += cn;
                }
                while (sxj >= rowElements) {
                    sxj -= cn;
                }
                v += (s[rowStart + sxj] & 0xFF) * alpha[dx * 8 + j];
            }
            out[dx] = v;
        }
    }

    /** OpenCV's {@code interpolateLanczos4}, normalised in float, then scaled to 11-bit fixed point. */
    private static short[] coefficients(float x) {
        float[] c = new float[8];
        float sum = 0;
        double y0 = -(x + 3) * Math.PI * 0.25;
        double s0 = Math.sin(y0);
        double c0 = Math.cos(y0);
        for (int i = 0; i < 8; i++) {
            float y0i = x + 3 - i;
            if (Math.abs(y0i) >= 1e-6f) {
                double y = -y0i * Math.PI * 0.25;
                c[i] = (float) ((CS[i][0] * s0 + CS[i][1] * c0) / (y * y));
            } else {
                c[i] = 1e30f;
            }
            sum += c[i];
        }
        sum = 1.f / sum;
        short[] out = new short[8];
        for (int i = 0; i < 8; i++) {
            out[i] = Resampler.saturateToShort(c[i] * sum * COEF_SCALE);
        }
        return out;
    }
}
