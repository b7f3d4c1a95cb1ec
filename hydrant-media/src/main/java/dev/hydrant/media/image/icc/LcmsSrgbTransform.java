package dev.hydrant.media.image.icc;

/**
 * What LittleCMS (as PIL drives it: 8-bit RGB(A), perceptual intent, no flags) does when it
 * converts from an RGB matrix-shaper profile to its built-in sRGB profile, reproduced bit for bit.
 *
 * <p>LittleCMS joins the two colorant matrices into one. If that product is within 1e-5 of the
 * identity the matrices vanish and the two tone curves are joined into a 4096-entry table sampled
 * at 256 points; otherwise it builds its fast 8-bit matrix-shaper: input curves to 1.14 fixed point,
 * the matrix in 1.14 fixed point, and a 16385-entry output curve table. Black-point compensation,
 * which LittleCMS forces on for v4 profiles in perceptual intent, is a no-op for profiles whose
 * black maps to zero, which is the case for the profiles handled here.
 */
public final class LcmsSrgbTransform {

    private static final double MAX_ENCODEABLE_XYZ = 1.0 + 32767.0 / 32768.0;
    private static final double INPUT_ADJUST = 1.0 / MAX_ENCODEABLE_XYZ;
    private static final double OUTPUT_ADJUST = MAX_ENCODEABLE_XYZ;

    /** LittleCMS's {@code cmsCreate_sRGBProfile} colorants (D65 Rec.709 adapted to D50 with Bradford). */
    private static final double[][] SRGB_COLORANTS = srgbColorants();
    private static final ToneCurve SRGB_CURVE = new ToneCurve.Parametric(4,
            new double[] {2.4, 1. / 1.055, 0.055 / 1.055, 1. / 12.92, 0.04045});

    // matrix-shaper path
    private final int[][] shaper1;
    private final int[][] matrix;
    private final int[][] shaper2;
    // joined-curves path: per channel 8-bit output, or null for identity
    private final int[][] joined;
    private final boolean identity;

    private LcmsSrgbTransform(int[][] shaper1, int[][] matrix, int[][] shaper2, int[][] joined, boolean identity) {
        this.shaper1 = shaper1;
        this.matrix = matrix;
        this.shaper2 = shaper2;
        this.joined = joined;
        this.identity = identity;
    }

    /** The transform from a matrix-shaper profile (RGB to XYZ colorants and per-channel curves) to sRGB. */
    public static LcmsSrgbTransform fromMatrixShaper(double[][] colorants, ToneCurve[] curves) {
        double[][] input = Matrix3.scale(colorants, INPUT_ADJUST);
        double[][] output = Matrix3.scale(Matrix3.inverse(SRGB_COLORANTS), OUTPUT_ADJUST);
        double[][] joinedMatrix = Matrix3.multiply(output, input);
        ToneCurve reversed = SRGB_CURVE.reversed();
        ToneCurve[] outCurves = {reversed, reversed, reversed};
        // _MultiplyMatrix drops a product within 1e-5 (a float literal) of the identity; OptimizeMatrixShaper
        // then also treats a product within 1/65535 of it as the identity
        if (Matrix3.isIdentityWithin(joinedMatrix, 0.00001f) || Matrix3.isIdentityWithin(joinedMatrix, 1.0 / 65535.0)) {
            return joinedCurves(curves, outCurves);
        }
        int[][] shaper1 = new int[3][256];
        int[][] shaper2 = new int[3][16385];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 256; i++) {
                float r = (float) (i / 255.0);
                float y = curves[c].evalFloat(r);
                shaper1[c][i] = y < 131072.0 ? LcmsArithmetic.toFixed14(y) : 0x7FFFFFFF;
            }
            for (int i = 0; i < 16385; i++) {
                float r = (float) (i / 16384.0);
                float val = outCurves[c].evalFloat(r);
                if (val < 0) {
                    val = 0;
                }
                if (val > 1.0f) {
                    val = 1.0f;
                }
                int word = LcmsArithmetic.quickSaturateWord(val * 65535.0);
                shaper2[c][i] = LcmsArithmetic.from16To8(word);
            }
        }
        int[][] matrix = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                matrix[i][j] = LcmsArithmetic.toFixed14(joinedMatrix[i][j]);
            }
        }
        return new LcmsSrgbTransform(shaper1, matrix, shaper2, null, false);
    }

    private static LcmsSrgbTransform joinedCurves(ToneCurve[] in, ToneCurve[] out) {
        int[][] tables = new int[3][4096];
        boolean linear = true;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 4096; i++) {
                float x = (float) ((double) i / 4095);
                float y = out[c].evalFloat(in[c].evalFloat(x));
                tables[c][i] = LcmsArithmetic.quickSaturateWord(y * 65535.0);
                int expected = LcmsArithmetic.quickSaturateWord(i * 65535. / 4095);
                linear &= Math.abs(tables[c][i] - expected) <= 0x0F;
            }
        }
        if (linear) {
            return new LcmsSrgbTransform(null, null, null, null, true);
        }
        int[][] joined = new int[3][256];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 256; i++) {
                joined[c][i] = LcmsArithmetic.from16To8(LcmsArithmetic.lerp16(tables[c], LcmsArithmetic.from8To16(i)));
            }
        }
        return new LcmsSrgbTransform(null, null, null, joined, false);
    }

    /** Converts the first three channels of each pixel in place; other channels (alpha) are kept. */
    public void apply(byte[] samples, int channels) {
        if (identity) {
            return;
        }
        for (int o = 0; o + 2 < samples.length; o += channels) {
            int r = samples[o] & 0xFF;
            int g = samples[o + 1] & 0xFF;
            int b = samples[o + 2] & 0xFF;
            if (joined != null) {
                samples[o] = (byte) joined[0][r];
                samples[o + 1] = (byte) joined[1][g];
                samples[o + 2] = (byte) joined[2][b];
                continue;
            }
            int rr = shaper1[0][r];
            int gg = shaper1[1][g];
            int bb = shaper1[2][b];
            samples[o] = (byte) shaper2[0][clip14((matrix[0][0] * rr + matrix[0][1] * gg + matrix[0][2] * bb + 0x2000) >> 14)];
            samples[o + 1] = (byte) shaper2[1][clip14((matrix[1][0] * rr + matrix[1][1] * gg + matrix[1][2] * bb + 0x2000) >> 14)];
            samples[o + 2] = (byte) shaper2[2][clip14((matrix[2][0] * rr + matrix[2][1] * gg + matrix[2][2] * bb + 0x2000) >> 14)];
        }
    }

    private static int clip14(int v) {
        return v < 0 ? 0 : Math.min(v, 16384);
    }

    private static double[][] srgbColorants() {
        double xn = 0.3127;
        double yn = 0.3290;
        double xr = 0.64;
        double yr = 0.33;
        double xg = 0.30;
        double yg = 0.60;
        double xb = 0.15;
        double yb = 0.06;
        double[][] primaries = {{xr, xg, xb}, {yr, yg, yb}, {1 - xr - yr, 1 - xg - yg, 1 - xb - yb}};
        double[][] inverse = Matrix3.inverse(primaries);
        double[] white = {xn / yn, 1.0, (1.0 - xn - yn) / yn};
        double[] coef = Matrix3.apply(inverse, white);
        double[][] m = {
                {coef[0] * xr, coef[1] * xg, coef[2] * xb},
                {coef[0] * yr, coef[1] * yg, coef[2] * yb},
                {coef[0] * (1.0 - xr - yr), coef[1] * (1.0 - xg - yg), coef[2] * (1.0 - xb - yb)}};
        double[] d65 = {(xn / yn) * 1.0, 1.0, ((1 - xn - yn) / yn) * 1.0};
        return Matrix3.multiply(bradford(d65, new double[] {0.9642, 1.0, 0.8249}), m);
    }

    /** {@code _cmsAdaptationMatrix} with the Bradford cone matrix. */
    static double[][] bradford(double[] from, double[] to) {
        double[][] cone = {{0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}};
        double[][] coneInverse = Matrix3.inverse(cone);
        double[] source = Matrix3.apply(cone, from);
        double[] dest = Matrix3.apply(cone, to);
        double[][] diag = {{dest[0] / source[0], 0.0, 0.0}, {0.0, dest[1] / source[1], 0.0}, {0.0, 0.0, dest[2] / source[2]}};
        double[][] tmp = Matrix3.multiply(diag, cone);
        return Matrix3.multiply(coneInverse, tmp);
    }
}
