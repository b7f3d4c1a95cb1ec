package dev.hydrant.media.image.icc;

/**
 * The matrix-shaper profile hydrus 682 synthesises for a PNG that has {@code gAMA} and
 * {@code cHRM} but no ICC profile or {@code sRGB} chunk: colorants from the chromaticities,
 * Bradford-adapted to D50 and stored as s15.16, and a single gamma curve stored as u8.8
 * (e.g. gAMA 0.45455 becomes gamma 563/256). It is then converted like any embedded profile.
 */
public final class PngGammaChromaticity {

    private static final double[][] BRADFORD = {
            {0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}};

    private PngGammaChromaticity() {
    }

    /** Whether hydrus converts this PNG: a non-zero gamma and no zero chromaticity value. */
    public static boolean applies(Double fileGamma, double[] chromaticity) {
        if (fileGamma == null || chromaticity == null || fileGamma == 0.0) {
            return false;
        }
        for (double v : chromaticity) {
            if (v == 0.0) {
                return false;
            }
        }
        return true;
    }

    public static LcmsSrgbTransform transform(double fileGamma, double[] chromaticity) {
        double encodingGamma = fileGamma == 0.0 ? 2.2 : 1.0 / fileGamma;
        int u8Fixed8 = (int) Math.max(0, Math.min(Math.rint(encodingGamma * 256.0), 0xFFFF));
        double gamma = ((u8Fixed8 >> 8) & 0xFF) + (u8Fixed8 & 0xFF) / 256.0;
        ToneCurve curve = new ToneCurve.Parametric(1, new double[] {gamma});

        double[] white = {chromaticity[0], chromaticity[1]};
        double[][] rgbToXyz = rgbToXyz(white, new double[] {chromaticity[2], chromaticity[3]},
                new double[] {chromaticity[4], chromaticity[5]}, new double[] {chromaticity[6], chromaticity[7]});
        double[][] d50 = multiply(adaptation(white, new double[] {0.34567, 0.35850}), rgbToXyz);
        double[][] stored = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                stored[i][j] = Math.rint(d50[i][j] * 65536.0) / 65536.0;
            }
        }
        return LcmsSrgbTransform.fromMatrixShaper(stored, new ToneCurve[] {curve, curve, curve});
    }

    private static double[] xyToXyz(double[] xy) {
        return new double[] {xy[0] / xy[1], 1.0, (1.0 - xy[0] - xy[1]) / xy[1]};
    }

    private static double[][] rgbToXyz(double[] white, double[] red, double[] green, double[] blue) {
        double[] r = xyToXyz(red);
        double[] g = xyToXyz(green);
        double[] b = xyToXyz(blue);
        double[][] m = {{r[0], g[0], b[0]}, {r[1], g[1], b[1]}, {r[2], g[2], b[2]}};
        double[] s = solve(m, xyToXyz(white));
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i][j] = m[i][j] * s[j];
            }
        }
        return out;
    }

    private static double[][] adaptation(double[] sourceXy, double[] destXy) {
        double[] source = apply(BRADFORD, xyToXyz(sourceXy));
        double[] dest = apply(BRADFORD, xyToXyz(destXy));
        double[][] scale = {{dest[0] / source[0], 0, 0}, {0, dest[1] / source[1], 0}, {0, 0, dest[2] / source[2]}};
        return multiply(multiply(invert(BRADFORD), scale), BRADFORD);
    }

    /** Gaussian elimination with partial pivoting (what LAPACK's gesv does for a 3x3 system). */
    private static double[] solve(double[][] a, double[] b) {
        double[][] m = new double[3][4];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(a[i], 0, m[i], 0, 3);
            m[i][3] = b[i];
        }
        for (int col = 0; col < 3; col++) {
            int pivot = col;
            for (int row = col + 1; row < 3; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int row = col + 1; row < 3; row++) {
                double f = m[row][col] / m[col][col];
                for (int k = col; k < 4; k++) {
                    m[row][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[3];
        for (int row = 2; row >= 0; row--) {
            double sum = m[row][3];
            for (int k = row + 1; k < 3; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }

    private static double[][] invert(double[][] a) {
        double[][] inverse = new double[3][3];
        for (int j = 0; j < 3; j++) {
            double[] unit = new double[3];
            unit[j] = 1.0;
            double[] column = solve(a, unit);
            for (int i = 0; i < 3; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        return Matrix3.multiply(a, b);
    }

    private static double[] apply(double[][] a, double[] v) {
        return Matrix3.apply(a, v);
    }
}
