package dev.hydrant.media.image.icc;

/** LittleCMS's 3x3 double matrix operations ({@code cmsmtrx.c}), with the same operation order. */
final class Matrix3 {

    private Matrix3() {
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return r;
    }

    static double[] apply(double[][] a, double[] v) {
        return new double[] {
                a[0][0] * v[0] + a[0][1] * v[1] + a[0][2] * v[2],
                a[1][0] * v[0] + a[1][1] * v[1] + a[1][2] * v[2],
                a[2][0] * v[0] + a[2][1] * v[1] + a[2][2] * v[2]};
    }

    static double[][] inverse(double[][] a) {
        double c0 = a[1][1] * a[2][2] - a[1][2] * a[2][1];
        double c1 = -a[1][0] * a[2][2] + a[1][2] * a[2][0];
        double c2 = a[1][0] * a[2][1] - a[1][1] * a[2][0];
        double det = a[0][0] * c0 + a[0][1] * c1 + a[0][2] * c2;
        if (Math.abs(det) < 0.0001) {
            throw new IllegalArgumentException("singular matrix");
        }
        return new double[][] {
                {c0 / det, (a[0][2] * a[2][1] - a[0][1] * a[2][2]) / det, (a[0][1] * a[1][2] - a[0][2] * a[1][1]) / det},
                {c1 / det, (a[0][0] * a[2][2] - a[0][2] * a[2][0]) / det, (a[0][2] * a[1][0] - a[0][0] * a[1][2]) / det},
                {c2 / det, (a[0][1] * a[2][0] - a[0][0] * a[2][1]) / det, (a[0][0] * a[1][1] - a[0][1] * a[1][0]) / det}};
    }

    static double[][] scale(double[][] a, double factor) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[i][j] * factor;
            }
        }
        return r;
    }

    static boolean isIdentityWithin(double[][] a, double tolerance) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (!(Math.abs((i == j ? 1.0 : 0.0) - a[i][j]) < tolerance)) {
                    return false;
                }
            }
        }
        return true;
    }
}
