package dev.hydrant.media.image.webp;

/**
 * libwebp's default Y'CbCr 4:2:0 to RGB conversion: "fancy" upsampling of the chroma (a 9-3-3-1
 * weighting of the four nearest chroma samples) followed by its 14-bit fixed-point BT.601 matrix.
 */
public final class FancyUpsampler {

    private FancyUpsampler() {
    }

    /** Interleaved RGB bytes of the visible picture. */
    public static byte[] toRgb(Vp8Decoder.Planes planes) {
        int w = planes.width();
        int h = planes.height();
        byte[] out = new byte[w * h * 3];
        byte[] y = planes.y();
        int ys = planes.yStride();
        int uvs = planes.uvStride();
        // first row: its chroma row mirrored onto itself
        linePair(planes, 0, -1, 0, 0, out, w);
        int row = 0;
        for (; row + 2 < h; row += 2) {
            int topUv = row / 2;
            linePair(planes, row + 1, row + 2, topUv, topUv + 1, out, w);
        }
        if ((h & 1) == 0) {
            int lastUv = (h - 1) / 2;
            linePair(planes, h - 1, -1, lastUv, lastUv, out, w);
        }
        return out;
    }

    /**
     * libwebp's {@code UpsampleRgbLinePair}: output rows {@code topRow} (nearer chroma row
     * {@code topUv}) and {@code bottomRow} (nearer {@code curUv}; -1 for none).
     */
    private static void linePair(Vp8Decoder.Planes p, int topRow, int bottomRow, int topUv, int curUv, byte[] out, int len) {
        byte[] y = p.y();
        byte[] u = p.u();
        byte[] v = p.v();
        int ys = p.yStride();
        int uvs = p.uvStride();
        int topU = topUv * uvs;
        int curU = curUv * uvs;
        int lastPair = (len - 1) >> 1;
        int tlU = u[topU] & 0xFF;
        int tlV = v[topU] & 0xFF;
        int lU = u[curU] & 0xFF;
        int lV = v[curU] & 0xFF;
        put(out, topRow, 0, len, y[topRow * ys] & 0xFF, (3 * tlU + lU + 2) >> 2, (3 * tlV + lV + 2) >> 2);
        if (bottomRow >= 0) {
            put(out, bottomRow, 0, len, y[bottomRow * ys] & 0xFF, (3 * lU + tlU + 2) >> 2, (3 * lV + tlV + 2) >> 2);
        }
        for (int x = 1; x <= lastPair; x++) {
            int tU = u[topU + x] & 0xFF;
            int tV = v[topU + x] & 0xFF;
            int cU = u[curU + x] & 0xFF;
            int cV = v[curU + x] & 0xFF;
            int avgU = tlU + tU + lU + cU + 8;
            int avgV = tlV + tV + lV + cV + 8;
            int diag12U = (avgU + 2 * (tU + lU)) >> 3;
            int diag12V = (avgV + 2 * (tV + lV)) >> 3;
            int diag03U = (avgU + 2 * (tlU + cU)) >> 3;
            int diag03V = (avgV + 2 * (tlV + cV)) >> 3;
            put(out, topRow, 2 * x - 1, len, y[topRow * ys + 2 * x - 1] & 0xFF, (diag12U + tlU) >> 1, (diag12V + tlV) >> 1);
            put(out, topRow, 2 * x, len, y[topRow * ys + 2 * x] & 0xFF, (diag03U + tU) >> 1, (diag03V + tV) >> 1);
            if (bottomRow >= 0) {
                put(out, bottomRow, 2 * x - 1, len, y[bottomRow * ys + 2 * x - 1] & 0xFF, (diag03U + lU) >> 1, (diag03V + lV) >> 1);
                put(out, bottomRow, 2 * x, len, y[bottomRow * ys + 2 * x] & 0xFF, (diag12U + cU) >> 1, (diag12V + cV) >> 1);
            }
            tlU = tU;
            tlV = tV;
            lU = cU;
            lV = cV;
        }
        if ((len & 1) == 0) {
            put(out, topRow, len - 1, len, y[topRow * ys + len - 1] & 0xFF, (3 * tlU + lU + 2) >> 2, (3 * tlV + lV + 2) >> 2);
            if (bottomRow >= 0) {
                put(out, bottomRow, len - 1, len, y[bottomRow * ys + len - 1] & 0xFF, (3 * lU + tlU + 2) >> 2, (3 * lV + tlV + 2) >> 2);
            }
        }
    }

    private static void put(byte[] out, int row, int x, int width, int y, int u, int v) {
        int o = (row * width + x) * 3;
        out[o] = (byte) clip8(multHi(y, 19077) + multHi(v, 26149) - 14234);
        out[o + 1] = (byte) clip8(multHi(y, 19077) - multHi(u, 6419) - multHi(v, 13320) + 8708);
        out[o + 2] = (byte) clip8(multHi(y, 19077) + multHi(u, 33050) - 17685);
    }

    private static int multHi(int v, int coefficient) {
        return (v * coefficient) >> 8;
    }

    private static int clip8(int v) {
        return (v & ~16383) == 0 ? v >> 6 : v < 0 ? 0 : 255;
    }
}
