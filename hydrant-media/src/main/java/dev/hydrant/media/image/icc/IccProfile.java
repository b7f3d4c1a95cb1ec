package dev.hydrant.media.image.icc;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The parts of an ICC profile LittleCMS looks at when it builds an RGB matrix-shaper transform:
 * header signatures, colorant tags and tone-curve tags.
 */
public final class IccProfile {

    private final byte[] data;
    private final Map<String, int[]> tags;

    private IccProfile(byte[] data, Map<String, int[]> tags) {
        this.data = data;
        this.tags = tags;
    }

    /** Parses the header and tag table; throws {@link IllegalArgumentException} for a malformed profile. */
    public static IccProfile parse(byte[] data) {
        if (data == null || data.length < 132) {
            throw new IllegalArgumentException("ICC profile too short");
        }
        if (!ascii(data, 36, 4).equals("acsp")) {
            throw new IllegalArgumentException("not an ICC profile (no acsp signature)");
        }
        int count = (int) u32(data, 128);
        if (count < 0 || 132L + 12L * count > data.length) {
            throw new IllegalArgumentException("ICC tag table overruns the profile");
        }
        Map<String, int[]> tags = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 132 + 12 * i;
            String signature = ascii(data, entry, 4);
            long offset = u32(data, entry + 4);
            long size = u32(data, entry + 8);
            if (offset + size <= data.length) {
                tags.putIfAbsent(signature, new int[] {(int) offset, (int) size});
            }
        }
        return new IccProfile(data, tags);
    }

    public String colourSpace() {
        return ascii(data, 16, 4);
    }

    public String connectionSpace() {
        return ascii(data, 20, 4);
    }

    public boolean hasTag(String signature) {
        return tags.containsKey(signature);
    }

    /**
     * Whether LittleCMS would build this profile's input side as a plain RGB matrix-shaper for the
     * perceptual intent: RGB data, XYZ connection space, no LUT-based device-to-PCS tags, and all
     * six colorant/curve tags present.
     */
    public boolean isRgbMatrixShaper() {
        return colourSpace().equals("RGB ") && connectionSpace().equals("XYZ ")
                && !hasTag("D2B0") && !hasTag("A2B0")
                && hasTag("rXYZ") && hasTag("gXYZ") && hasTag("bXYZ")
                && hasTag("rTRC") && hasTag("gTRC") && hasTag("bTRC");
    }

    /** The RGB-to-XYZ matrix, rows X, Y, Z and columns red, green, blue. */
    public double[][] colorantMatrix() {
        double[] r = xyz("rXYZ");
        double[] g = xyz("gXYZ");
        double[] b = xyz("bXYZ");
        return new double[][] {{r[0], g[0], b[0]}, {r[1], g[1], b[1]}, {r[2], g[2], b[2]}};
    }

    public ToneCurve[] rgbCurves() {
        return new ToneCurve[] {curve("rTRC"), curve("gTRC"), curve("bTRC")};
    }

    private double[] xyz(String signature) {
        int offset = tag(signature)[0];
        if (!ascii(data, offset, 4).equals("XYZ ")) {
            throw new IllegalArgumentException(signature + " is not an XYZ tag");
        }
        return new double[] {s15Fixed16(offset + 8), s15Fixed16(offset + 12), s15Fixed16(offset + 16)};
    }

    private ToneCurve curve(String signature) {
        int offset = tag(signature)[0];
        String type = ascii(data, offset, 4);
        if (type.equals("curv")) {
            int count = (int) u32(data, offset + 8);
            if (count == 0) {
                return new ToneCurve.Parametric(1, new double[] {1.0});
            }
            if (count == 1) {
                int fixed = u16(offset + 12);
                return new ToneCurve.Parametric(1, new double[] {((fixed >> 8) & 0xFF) + (fixed & 0xFF) / 256.0});
            }
            if (count > 65530 || offset + 12 + 2L * count > data.length) {
                throw new IllegalArgumentException("bad curv tag");
            }
            int[] table = new int[count];
            for (int i = 0; i < count; i++) {
                table[i] = u16(offset + 12 + 2 * i);
            }
            return new ToneCurve.Tabulated(table);
        }
        if (type.equals("para")) {
            int function = u16(offset + 8);
            int[] paramCounts = {1, 3, 4, 5, 7};
            if (function > 4) {
                throw new IllegalArgumentException("unknown parametric curve type " + function);
            }
            double[] params = new double[10];
            for (int i = 0; i < paramCounts[function]; i++) {
                params[i] = s15Fixed16(offset + 12 + 4 * i);
            }
            return new ToneCurve.Parametric(function + 1, params);
        }
        throw new IllegalArgumentException("unsupported curve tag type " + type);
    }

    private int[] tag(String signature) {
        int[] tag = tags.get(signature);
        if (tag == null) {
            throw new IllegalArgumentException("missing tag " + signature);
        }
        return tag;
    }

    private double s15Fixed16(int at) {
        return ((int) u32(data, at)) / 65536.0;
    }

    private int u16(int at) {
        return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
    }

    private static long u32(byte[] d, int at) {
        return ((long) (d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    private static String ascii(byte[] d, int at, int length) {
        return new String(d, at, length, StandardCharsets.ISO_8859_1);
    }
}
