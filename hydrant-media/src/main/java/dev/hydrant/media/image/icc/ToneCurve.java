package dev.hydrant.media.image.icc;

/**
 * A LittleCMS tone curve: either parametric (evaluated in double precision, as a single segment
 * over the whole real line) or a 16-bit table (evaluated by 16-bit linear interpolation).
 */
sealed interface ToneCurve {

    /** {@code cmsEvalToneCurveFloat}. */
    float evalFloat(float v);

    /** {@code cmsEvalToneCurve16}. */
    int eval16(int v);

    /** {@code cmsReverseToneCurve}, where LittleCMS can do it analytically. */
    ToneCurve reversed();

    double MATRIX_DET_TOLERANCE = 0.0001;

    /** A parametric curve of LittleCMS type {@code type} (negative types are the inverses). */
    record Parametric(int type, double[] params) implements ToneCurve {

        @Override
        public float evalFloat(float v) {
            return (float) eval(v);
        }

        @Override
        public int eval16(int v) {
            // LittleCMS keeps a 4096-entry (2 for gamma 1) table for 16-bit evaluation of parametric curves
            int entries = type == 1 && Math.abs(params[0] - 1.0) < 0.001 ? 2 : 4096;
            int[] table = new int[entries];
            for (int i = 0; i < entries; i++) {
                table[i] = LcmsArithmetic.quickSaturateWord(eval((double) i / (entries - 1)) * 65535.0);
            }
            return LcmsArithmetic.lerp16(table, v);
        }

        @Override
        public ToneCurve reversed() {
            return new Parametric(-type, params);
        }

        /** {@code EvalSegmentedFn} over the single segment (-1e22, 1e22]. */
        double eval(double r) {
            if (!(r > -1e22 && r <= 1e22)) {
                return Double.NEGATIVE_INFINITY;
            }
            double[] p = params;
            double val;
            switch (type) {
                case 1 -> val = r < 0 ? (Math.abs(p[0] - 1.0) < MATRIX_DET_TOLERANCE ? r : 0) : StrictMath.pow(r, p[0]);
                case -1 -> {
                    if (r < 0) {
                        val = Math.abs(p[0] - 1.0) < MATRIX_DET_TOLERANCE ? r : 0;
                    } else {
                        val = Math.abs(p[0]) < MATRIX_DET_TOLERANCE ? 1e22 : StrictMath.pow(r, 1 / p[0]);
                    }
                }
                case 2 -> {
                    if (Math.abs(p[1]) < MATRIX_DET_TOLERANCE) {
                        val = 0;
                    } else {
                        double disc = -p[2] / p[1];
                        double e = p[1] * r + p[2];
                        val = r >= disc && e > 0 ? StrictMath.pow(e, p[0]) : 0;
                    }
                }
                case -2 -> {
                    if (Math.abs(p[0]) < MATRIX_DET_TOLERANCE || Math.abs(p[1]) < MATRIX_DET_TOLERANCE) {
                        val = 0;
                    } else {
                        val = r < 0 ? 0 : (StrictMath.pow(r, 1.0 / p[0]) - p[2]) / p[1];
                        if (val < 0) {
                            val = 0;
                        }
                    }
                }
                case 3 -> {
                    if (Math.abs(p[1]) < MATRIX_DET_TOLERANCE) {
                        val = 0;
                    } else {
                        double disc = Math.max(0, -p[2] / p[1]);
                        if (r >= disc) {
                            double e = p[1] * r + p[2];
                            val = e > 0 ? StrictMath.pow(e, p[0]) + p[3] : 0;
                        } else {
                            val = p[3];
                        }
                    }
                }
                case -3 -> {
                    if (Math.abs(p[1]) < MATRIX_DET_TOLERANCE) {
                        val = 0;
                    } else if (r >= p[3]) {
                        double e = r - p[3];
                        val = e > 0 ? (StrictMath.pow(e, 1 / p[0]) - p[2]) / p[1] : 0;
                    } else {
                        val = -p[2] / p[1];
                    }
                }
                case 4 -> {
                    if (r >= p[4]) {
                        double e = p[1] * r + p[2];
                        val = e > 0 ? StrictMath.pow(e, p[0]) : 0;
                    } else {
                        val = r * p[3];
                    }
                }
                case -4 -> {
                    if (Math.abs(p[0]) < MATRIX_DET_TOLERANCE || Math.abs(p[1]) < MATRIX_DET_TOLERANCE
                            || Math.abs(p[3]) < MATRIX_DET_TOLERANCE) {
                        val = 0;
                    } else {
                        double e = p[1] * p[4] + p[2];
                        double disc = e < 0 ? 0 : StrictMath.pow(e, p[0]);
                        val = r >= disc ? (StrictMath.pow(r, 1.0 / p[0]) - p[2]) / p[1] : r / p[3];
                    }
                }
                case 5 -> {
                    if (r >= p[4]) {
                        double e = p[1] * r + p[2];
                        val = e > 0 ? StrictMath.pow(e, p[0]) + p[5] : p[5];
                    } else {
                        val = r * p[3] + p[6];
                    }
                }
                case -5 -> {
                    if (Math.abs(p[1]) < MATRIX_DET_TOLERANCE || Math.abs(p[3]) < MATRIX_DET_TOLERANCE) {
                        val = 0;
                    } else {
                        double disc = p[3] * p[4] + p[6];
                        if (r >= disc) {
                            double e = r - p[5];
                            val = e < 0 ? 0 : (StrictMath.pow(e, 1.0 / p[0]) - p[2]) / p[1];
                        } else {
                            val = (r - p[6]) / p[3];
                        }
                    }
                }
                default -> val = 0;
            }
            if (Double.isInfinite(val)) {
                return val > 0 ? 1e22 : -1e22;
            }
            return val;
        }
    }

    /** A 16-bit table curve ({@code curv} with more than one entry). */
    record Tabulated(int[] table) implements ToneCurve {

        @Override
        public float evalFloat(float v) {
            int in = LcmsArithmetic.quickSaturateWord(v * 65535.0);
            return (float) (eval16(in) / 65535.0);
        }

        @Override
        public int eval16(int v) {
            return LcmsArithmetic.lerp16(table, v);
        }

        @Override
        public ToneCurve reversed() {
            throw new UnsupportedOperationException("table curves are only used on the input side");
        }
    }
}
