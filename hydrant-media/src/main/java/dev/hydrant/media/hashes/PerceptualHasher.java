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

    /**
     * The top-left 8x8 of the orthonormal DCT-II of a 32x32 image (what {@code cv2.dct}, and hydrus's
     * FFT emulation of it, yield). Computed separably with even/odd butterflies so that the
     * coefficients of constant rows or columns come out exactly zero, as they do through an FFT
     * (which matters: a flat image must give the blank hash).
     */
    private static double[][] dctTopLeft(byte[] pixels) {
        double[][] rows = new double[TINY][];
        double[] line = new double[TINY];
        for (int y = 0; y < TINY; y++) {
            for (int x = 0; x < TINY; x++) {
                line[x] = pixels[y * TINY + x] & 0xFF;
            }
            rows[y] = dct8(line);
        }
        double[][] out = new double[KEPT][KEPT];
        for (int v = 0; v < KEPT; v++) {
            for (int y = 0; y < TINY; y++) {
                line[y] = rows[y][v];
            }
            double[] column = dct8(line);
            for (int u = 0; u < KEPT; u++) {
                out[u][v] = column[u];
            }
        }
        return out;
    }

    /** The first 8 orthonormal DCT-II coefficients of 32 samples. */
    private static double[] dct8(double[] f) {
        double[] even = new double[16];
        double[] odd = new double[16];
        for (int n = 0; n < 16; n++) {
            even[n] = f[n] + f[31 - n];
            odd[n] = f[n] - f[31 - n];
        }
        double[] even2 = new double[8];
        double[] odd2 = new double[8];
        for (int n = 0; n < 8; n++) {
            even2[n] = even[n] + even[15 - n];
            odd2[n] = even[n] - even[15 - n];
        }
        double[] even3 = new double[4];
        double[] odd3 = new double[4];
        for (int n = 0; n < 4; n++) {
            even3[n] = even2[n] + even2[7 - n];
            odd3[n] = even2[n] - even2[7 - n];
        }
        double[] out = new double[KEPT];
        out[0] = COSINES[0][0] * ((even3[0] + even3[3]) + (even3[1] + even3[2]));
        out[4] = dot(odd3, COSINES[4], 4);
        out[2] = dot(odd2, COSINES[2], 8);
        out[6] = dot(odd2, COSINES[6], 8);
        for (int k = 1; k < KEPT; k += 2) {
            out[k] = dot(odd, COSINES[k], 16);
        }
        return out;
    }

    private static double dot(double[] values, double[] cosines, int count) {
        double sum = 0;
        for (int n = 0; n < count; n++) {
            sum += values[n] * cosines[n];
        }
        return sum;
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
