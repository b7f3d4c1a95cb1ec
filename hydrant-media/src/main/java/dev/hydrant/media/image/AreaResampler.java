package dev.hydrant.media.image;

/**
 * OpenCV's {@code INTER_AREA} for 8-bit images: exact box averaging with integer sums when both
 * scale factors are whole numbers, single-precision weighted boxes for other reductions, and
 * OpenCV's bilinear emulation when either axis is enlarged.
 */
public final class AreaResampler implements Resampler {

    private static final double DBL_EPSILON = Math.ulp(1.0);

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
        boolean fast = Math.abs(scaleX - iscaleX) < DBL_EPSILON && Math.abs(scaleY - iscaleY) < DBL_EPSILON;
        if (scaleX >= 1 && scaleY >= 1) {
            return fast ? fastArea(src, dw, dh, iscaleX, iscaleY) : weightedArea(src, dw, dh, scaleX, scaleY);
        }
        return BilinearResampler.resizeGeneric(src, dw, dh, scaleX, scaleY, invScaleX, invScaleY, true);
    }

    /** Whole-number reduction: integer sums, scaled by a float reciprocal (2x2 uses OpenCV's SIMD rounding). */
    private static PixelBuffer fastArea(PixelBuffer src, int dw, int dh, int sx, int sy) {
        int cn = src.channels();
        int sw = src.width();
        byte[] s = src.data();
        byte[] d = new byte[dw * dh * cn];
        int area = sx * sy;
        float scale = 1.0f / area;
        boolean simd2x2 = sx == 2 && sy == 2 && (cn == 1 || cn == 3 || cn == 4);
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                for (int c = 0; c < cn; c++) {
                    int sum = 0;
                    for (int yy = 0; yy < sy; yy++) {
                        int row = (y * sy + yy) * sw;
                        for (int xx = 0; xx < sx; xx++) {
                            sum += s[(row + x * sx + xx) * cn + c] & 0xFF;
                        }
                    }
                    int v = simd2x2 ? (sum + 2) >> 2 : Resampler.saturateToByte(sum * scale);
                    d[(y * dw + x) * cn + c] = (byte) v;
                }
            }
        }
        return new PixelBuffer(dw, dh, cn, d);
    }

    /** One entry of OpenCV's {@code DecimateAlpha} table. */
    private record Tap(int destination, int source, float alpha) {
    }

    private static Tap[] areaTable(int ssize, int dsize, int cn, double scale) {
        Tap[] taps = new Tap[ssize * 2 + 2];
        int k = 0;
        for (int dx = 0; dx < dsize; dx++) {
            double fsx1 = dx * scale;
            double fsx2 = fsx1 + scale;
            double cellWidth = Math.min(scale, ssize - fsx1);
            int sx1 = (int) Math.ceil(fsx1);
            int sx2 = (int) Math.floor(fsx2);
            sx2 = Math.min(sx2, ssize - 1);
            sx1 = Math.min(sx1, sx2);
            if (sx1 - fsx1 > 1e-3) {
                taps[k++] = new Tap(dx * cn, (sx1 - 1) * cn, (float) ((sx1 - fsx1) / cellWidth));
            }
            for (int sx = sx1; sx < sx2; sx++) {
                taps[k++] = new Tap(dx * cn, sx * cn, (float) (1.0 / cellWidth));
            }
            if (fsx2 - sx2 > 1e-3) {
                taps[k++] = new Tap(dx * cn, sx2 * cn, (float) (Math.min(Math.min(fsx2 - sx2, 1.0), cellWidth) / cellWidth));
            }
        }
        Tap[] out = new Tap[k];
        System.arraycopy(taps, 0, out, 0, k);
        return out;
    }

    private static PixelBuffer weightedArea(PixelBuffer src, int dw, int dh, double scaleX, double scaleY) {
        int cn = src.channels();
        int sw = src.width();
        byte[] s = src.data();
        Tap[] xtab = areaTable(sw, dw, cn, scaleX);
        Tap[] ytab = areaTable(src.height(), dh, 1, scaleY);
        int rowWidth = dw * cn;
        byte[] d = new byte[dh * rowWidth];
        float[] buf = new float[rowWidth];
        float[] sum = new float[rowWidth];
        int prevDy = ytab[0].destination();
        for (Tap yTap : ytab) {
            float beta = yTap.alpha();
            int dy = yTap.destination();
            int rowStart = yTap.source() * sw * cn;
            java.util.Arrays.fill(buf, 0f);
            for (Tap xTap : xtab) {
                int dxn = xTap.destination();
                int sxn = rowStart + xTap.source();
                float alpha = xTap.alpha();
                for (int c = 0; c < cn; c++) {
                    buf[dxn + c] = buf[dxn + c] + (s[sxn + c] & 0xFF) * alpha;
                }
            }
            if (dy != prevDy) {
                int out = prevDy * rowWidth;
                for (int i = 0; i < rowWidth; i++) {
                    d[out + i] = (byte) Resampler.saturateToByte(sum[i]);
                    sum[i] = beta * buf[i];
                }
                prevDy = dy;
            } else {
                for (int i = 0; i < rowWidth; i++) {
                    sum[i] = sum[i] + beta * buf[i];
                }
            }
        }
        int out = prevDy * rowWidth;
        for (int i = 0; i < rowWidth; i++) {
            d[out + i] = (byte) Resampler.saturateToByte(sum[i]);
        }
        return new PixelBuffer(dw, dh, cn, d);
    }
}
