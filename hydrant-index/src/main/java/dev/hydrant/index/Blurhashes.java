package dev.hydrant.index;

/**
 * What searches derive from a blurhash: an order key for sorting by blurhash text, and the average colour
 * (the DC component, characters 2–6 in base 83) with hydrus's colour-space keys for the average-colour sorts.
 */
final class Blurhashes {
    private static final String BASE83 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
    /** Characters packed into {@link #orderKey}: 9 × 7 bits. */
    static final int KEY_CHARS = 9;

    private Blurhashes() {
    }

    /**
     * The first nine characters packed 7 bits each (shorter texts padded with 0), so comparing keys compares the
     * texts' beginnings by code point as Python does; {@link FileColumns#NULL_LONG} for none.
     */
    static long orderKey(String blurhash) {
        if (blurhash == null || blurhash.isEmpty()) {
            return FileColumns.NULL_LONG;
        }
        long key = 0;
        for (int i = 0; i < KEY_CHARS; i++) {
            int c = i < blurhash.length() ? Math.min(blurhash.charAt(i), 127) : 0;
            key = (key << 7) | c;
        }
        return key;
    }

    /** The average colour 0xRRGGBB, or -1 when there is no (valid) blurhash. */
    static int averageColour(String blurhash) {
        if (blurhash == null || blurhash.length() < 6) {
            return -1;
        }
        int value = 0;
        for (int i = 2; i < 6; i++) {
            int digit = BASE83.indexOf(blurhash.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 83 + digit;
        }
        return value & 0xFFFFFF;
    }

    /** CIE L*a*b* (D65) of an sRGB colour, as hydrus converts it. */
    static double[] lab(int rgb) {
        double r = linear(((rgb >> 16) & 0xFF) / 255.0);
        double g = linear(((rgb >> 8) & 0xFF) / 255.0);
        double b = linear((rgb & 0xFF) / 255.0);
        double x = (r * 0.4124564 + g * 0.3575761 + b * 0.1804375) / 0.95047;
        double y = (r * 0.2126729 + g * 0.7151522 + b * 0.0721750);
        double z = (r * 0.0193339 + g * 0.1191920 + b * 0.9503041) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    /** Hue in degrees, saturation and lightness (0–1) of an sRGB colour, as hydrus computes them. */
    static double[] hsl(int rgb) {
        double r = ((rgb >> 16) & 0xFF) / 255.0;
        double g = ((rgb >> 8) & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double delta = max - min;
        double l = (max + min) / 2;
        double s = delta == 0 ? 0 : l > 0.5 ? delta / (2 - max - min) : delta / (max + min);
        double h;
        if (delta == 0) {
            h = 0;
        } else if (max == r) {
            h = floorMod((g - b) / delta, 6);
        } else if (max == g) {
            h = (b - r) / delta + 2;
        } else {
            h = (r - g) / delta + 4;
        }
        return new double[]{h * 60, s, l};
    }

    /** Python's float {@code %}: the result has the sign of the divisor. */
    private static double floorMod(double a, double b) {
        double m = a % b;
        return m != 0 && (m < 0) != (b < 0) ? m + b : m;
    }
}
