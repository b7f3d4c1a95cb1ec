package dev.hydrant.media.render;

/**
 * PNG's five row filters (none, sub, up, average, Paeth) and the common adaptive choice between them: the filtered
 * row whose bytes, read as signed values, have the smallest sum of absolute values.
 */
final class PngRowFilter {

    private PngRowFilter() {
    }

    /**
     * Filters {@code row} every way into {@code out} (five buffers of {@code row.length + 1} bytes, each starting
     * with its filter type) and answers the best one.
     *
     * @param previous the unfiltered row above, or {@code null} for the first row
     * @param bpp      bytes per pixel
     */
    static byte[] best(byte[] row, byte[] previous, int bpp, byte[][] out) {
        int n = row.length;
        byte[] none = out[0];
        byte[] sub = out[1];
        byte[] up = out[2];
        byte[] avg = out[3];
        byte[] paeth = out[4];
        none[0] = 0;
        sub[0] = 1;
        up[0] = 2;
        avg[0] = 3;
        paeth[0] = 4;
        long sNone = 0;
        long sSub = 0;
        long sUp = 0;
        long sAvg = 0;
        long sPaeth = 0;
        for (int i = 0; i < n; i++) {
            int x = row[i] & 0xFF;
            int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
            int b = previous != null ? previous[i] & 0xFF : 0;
            int c = previous != null && i >= bpp ? previous[i - bpp] & 0xFF : 0;
            byte vNone = (byte) x;
            byte vSub = (byte) (x - a);
            byte vUp = (byte) (x - b);
            byte vAvg = (byte) (x - ((a + b) >>> 1));
            byte vPaeth = (byte) (x - paethPredictor(a, b, c));
            none[i + 1] = vNone;
            sub[i + 1] = vSub;
            up[i + 1] = vUp;
            avg[i + 1] = vAvg;
            paeth[i + 1] = vPaeth;
            sNone += Math.abs(vNone);
            sSub += Math.abs(vSub);
            sUp += Math.abs(vUp);
            sAvg += Math.abs(vAvg);
            sPaeth += Math.abs(vPaeth);
        }
        byte[] bestRow = none;
        long bestSum = sNone;
        if (sSub < bestSum) {
            bestRow = sub;
            bestSum = sSub;
        }
        if (sUp < bestSum) {
            bestRow = up;
            bestSum = sUp;
        }
        if (sAvg < bestSum) {
            bestRow = avg;
            bestSum = sAvg;
        }
        if (sPaeth < bestSum) {
            bestRow = paeth;
        }
        return bestRow;
    }

    static int paethPredictor(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
