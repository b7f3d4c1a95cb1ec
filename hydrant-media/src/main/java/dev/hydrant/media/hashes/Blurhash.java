package dev.hydrant.media.hashes;

import dev.hydrant.media.image.BilinearResampler;
import dev.hydrant.media.image.PixelBuffer;

/**
 * The blurhash string hydrus stores for a file, computed from the file's thumbnail pixels:
 *
 * <ul>
 *   <li>components 5x3 when the thumbnail is wider than 4:3, 3x5 when taller than 3:4, else 4x4;</li>
 *   <li>a thumbnail larger than 100 pixels in either direction is first squashed to exactly
 *       100x100 with OpenCV INTER_LINEAR (aspect ratio deliberately not kept);</li>
 *   <li>then the reference blurhash encoder (the pure-Python port hydrus bundles), in double
 *       precision with the same summation order; only the first three channels are read.</li>
 * </ul>
 */
public final class Blurhash {

    private static final String BASE83 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
    private static final int CUTOFF = 100;
    private static final double[] SRGB_TO_LINEAR = linearTable();

    private final BilinearResampler bilinear = new BilinearResampler();

    /** Hydrus's blurhash of a thumbnail (RGB or RGBA, as {@code ThumbnailMaker} produces it). */
    public String ofThumbnail(PixelBuffer thumbnail) {
        if (thumbnail.channels() < 3) {
            throw new IllegalArgumentException("blurhash needs RGB or RGBA pixels");
        }
        int w = thumbnail.width();
        int h = thumbnail.height();
        double ratio = (double) w / h;
        int componentsX;
        int componentsY;
        if (ratio > 4.0 / 3.0) {
            componentsX = 5;
            componentsY = 3;
        } else if (ratio < 3.0 / 4.0) {
            componentsX = 3;
            componentsY = 5;
        } else {
            componentsX = 4;
            componentsY = 4;
        }
        PixelBuffer source = thumbnail;
        if (w > CUTOFF || h > CUTOFF) {
            source = bilinear.resize(thumbnail, CUTOFF, CUTOFF);
        }
        return encode(source, componentsX, componentsY);
    }

    /** The reference encoder with explicit component counts (1..9 each). */
    public String encode(PixelBuffer image, int componentsX, int componentsY) {
        if (componentsX < 1 || componentsX > 9 || componentsY < 1 || componentsY > 9) {
            throw new IllegalArgumentException("component counts must be 1..9");
        }
        int w = image.width();
        int h = image.height();
        int c = image.channels();
        byte[] px = image.data();
        double width = w;
        double height = h;
        double[][] components = new double[componentsX * componentsY][];
        double maxAc = 0.0;
        for (int j = 0; j < componentsY; j++) {
            for (int i = 0; i < componentsX; i++) {
                double norm = (i == 0 && j == 0) ? 1.0 : 2.0;
                double r = 0.0;
                double g = 0.0;
                double b = 0.0;
                for (int y = 0; y < h; y++) {
                    double cosY = StrictMath.cos(Math.PI * j * y / height);
                    for (int x = 0; x < w; x++) {
                        double basis = norm * StrictMath.cos(Math.PI * i * x / width) * cosY;
                        int o = (y * w + x) * c;
                        r += basis * SRGB_TO_LINEAR[px[o] & 0xFF];
                        g += basis * SRGB_TO_LINEAR[px[o + 1] & 0xFF];
                        b += basis * SRGB_TO_LINEAR[px[o + 2] & 0xFF];
                    }
                }
                double[] component = {r / (width * height), g / (width * height), b / (width * height)};
                components[j * componentsX + i] = component;
                if (!(i == 0 && j == 0)) {
                    maxAc = Math.max(maxAc, Math.max(Math.abs(component[0]), Math.max(Math.abs(component[1]), Math.abs(component[2]))));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        base83(out, (componentsX - 1) + (componentsY - 1) * 9, 1);
        int quantMax = (int) Math.max(0, Math.min(82, Math.floor(maxAc * 166 - 0.5)));
        double acNorm = (quantMax + 1) / 166.0;
        base83(out, quantMax, 1);
        double[] dc = components[0];
        base83(out, (linearToSrgb(dc[0]) << 16) + (linearToSrgb(dc[1]) << 8) + linearToSrgb(dc[2]), 4);
        for (int k = 1; k < components.length; k++) {
            double[] ac = components[k];
            base83(out, quantiseAc(ac[0], acNorm) * 19 * 19 + quantiseAc(ac[1], acNorm) * 19 + quantiseAc(ac[2], acNorm), 2);
        }
        return out.toString();
    }

    private static int quantiseAc(double value, double norm) {
        double v = signPow(value / norm, 0.5);
        return (int) Math.max(0.0, Math.min(18.0, Math.floor(v * 9.0 + 9.5)));
    }

    private static double signPow(double value, double exponent) {
        return Math.copySign(StrictMath.pow(Math.abs(value), exponent), value);
    }

    private static int linearToSrgb(double value) {
        double v = Math.max(0.0, Math.min(1.0, value));
        if (v <= 0.0031308) {
            return (int) (v * 12.92 * 255 + 0.5);
        }
        return (int) ((1.055 * StrictMath.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }

    private static void base83(StringBuilder out, long value, int length) {
        for (int i = 1; i <= length; i++) {
            long divisor = 1;
            for (int p = 0; p < length - i; p++) {
                divisor *= 83;
            }
            out.append(BASE83.charAt((int) ((value / divisor) % 83)));
        }
    }

    private static double[] linearTable() {
        double[] table = new double[256];
        for (int i = 0; i < 256; i++) {
            double v = i / 255.0;
            table[i] = v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
        }
        return table;
    }
}
