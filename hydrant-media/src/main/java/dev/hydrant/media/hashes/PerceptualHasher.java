package dev.hydrant.media.hashes;

import dev.hydrant.media.image.AreaResampler;
import dev.hydrant.media.image.Greyscale;
import dev.hydrant.media.image.PixelBuffer;
import java.util.HexFormat;
import java.util.List;

/**
 * Hydrus's 64-bit shape perceptual hash (the {@code system:similar to} data), as hydrus 682
 * computes it from a normalised image:
 *
 * <ol>
 *   <li>RGBA: INTER_AREA down to at most 256x256, greyscale, then composited over white with
 *       {@code grey * alpha/255 + (255 - alpha)} in double precision and truncated to a byte;
 *       RGB: OpenCV greyscale.</li>
 *   <li>INTER_AREA to 32x32, orthonormal 2-D DCT-II in double precision.</li>
 *   <li>Top-left 8x8 block; bit set where a coefficient is strictly greater than the median of the
 *       63 coefficients other than [0,0]; rows packed most significant bit first.</li>
 *   <li>A hash within Hamming distance 4 of the blank hash {@code 8000000000000000} is discarded,
 *       so a file has zero or one perceptual hash.</li>
 * </ol>
 */
public final class PerceptualHasher {

    /** The hash of a flat image, which hydrus never stores. */
    public static final long BLANK_HASH = 0x8000000000000000L;

    private static final int TINY = 32;
    private static final int KEPT = 8;
    private static final double[][] COSINES = cosineTable();

    private final AreaResampler area = new AreaResampler();

    /** Hydrus's stored hashes for this image: the shape hash, unless it is (nearly) blank. */
    public List<Long> hashes(PixelBuffer normalisedImage) {
        long hash = hash(normalisedImage);
        return isNearlyBlank(hash) ? List.of() : List.of(hash);
    }

    /** The same as {@link #hashes} in the Client API's hex form. */
    public List<String> hexHashes(PixelBuffer normalisedImage) {
        return hashes(normalisedImage).stream().map(PerceptualHasher::toHex).toList();
    }

    /** The raw shape hash, before the blank check. */
    public long hash(PixelBuffer image) {
        PixelBuffer grey = toGrey(image);
        PixelBuffer tiny = area.resize(grey, TINY, TINY);
        double[][] dct = dctTopLeft(tiny.data());
        double[] ac = new double[KEPT * KEPT - 1];
        for (int i = 1; i < KEPT * KEPT; i++) {
            ac[i - 1] = dct[i / KEPT][i % KEPT];
        }
        java.util.Arrays.sort(ac);
        double median = ac[ac.length / 2];
        long hash = 0;
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                hash <<= 1;
                if (dct[u][v] > median) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    public static boolean isNearlyBlank(long hash) {
        return hammingDistance(hash, BLANK_HASH) <= 4;
    }

    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static String toHex(long hash) {
        return HexFormat.of().toHexDigits(hash);
    }

    public static long fromHex(String hex) {
        return HexFormat.fromHexDigitsToLong(hex);
    }

    private PixelBuffer toGrey(PixelBuffer image) {
        return switch (image.channels()) {
            case 1 -> image;
            case 3 -> Greyscale.of(image);
            case 4 -> compositeOverWhite(area.resize(image, Math.min(256, image.width()), Math.min(256, image.height())));
            default -> throw new IllegalArgumentException("unsupported channel count " + image.channels());
        };
    }

    private static PixelBuffer compositeOverWhite(PixelBuffer rgba) {
        byte[] in = rgba.data();
        byte[] out = new byte[rgba.width() * rgba.height()];
        for (int i = 0; i < out.length; i++) {
            int o = i * 4;
            int grey = Greyscale.luma(in[o] & 0xFF, in[o + 1] & 0xFF, in[o + 2] & 0xFF);
            int alpha = in[o + 3] & 0xFF;
            double value = grey * (alpha / 255.0) + (255.0 - alpha);
            out[i] = (byte) (int) value;
        }
        return new PixelBuffer(rgba.width(), rgba.height(), 1, out);
    }

    /** The top-left 8x8 of the orthonormal DCT-II of a 32x32 image (what {@code cv2.dct} yields). */
    private static double[][] dctTopLeft(byte[] pixels) {
        // rows first: partial[y][v] = sum_x f(y, x) cos(...)
        double[][] partial = new double[TINY][KEPT];
        for (int y = 0; y < TINY; y++) {
            for (int v = 0; v < KEPT; v++) {
                double sum = 0;
                for (int x = 0; x < TINY; x++) {
                    sum += (pixels[y * TINY + x] & 0xFF) * COSINES[v][x];
                }
                partial[y][v] = sum;
            }
        }
        double[][] out = new double[KEPT][KEPT];
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                double sum = 0;
                for (int y = 0; y < TINY; y++) {
                    sum += partial[y][v] * COSINES[u][y];
                }
                out[u][v] = sum;
            }
        }
        return out;
    }

    /** {@code c(k) cos(pi (2n + 1) k / 2N)} with the orthonormal scale folded in. */
    private static double[][] cosineTable() {
        double[][] table = new double[KEPT][TINY];
        for (int k = 0; k < KEPT; k++) {
            double scale = k == 0 ? Math.sqrt(1.0 / TINY) : Math.sqrt(2.0 / TINY);
            for (int n = 0; n < TINY; n++) {
                table[k][n] = scale * StrictMath.cos(Math.PI * (2 * n + 1) * k / (2.0 * TINY));
            }
        }
        return table;
    }
}
