package dev.hydrant.core.files.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/** Hydrus's human renderings of byte counts and resolutions, as its import notes use them. */
public final class HumanText {
    private static final String[] SUFFIXES = {"", "K", "M", "G", "T", "P"};
    private static final BigDecimal KIB = BigDecimal.valueOf(1024);
    /** Hydrus's named resolutions (shown instead of the numbers, its default). */
    private static final Map<String, String> NICE = Map.of("640x480", "480p", "1280x720", "720p",
            "1920x1080", "1080p", "3840x2160", "2160p", "720x1280", "vertical 720p", "1080x1920", "vertical 1080p",
            "2160x3840", "vertical 2160p");

    private HumanText() {
    }

    /**
     * Hydrus's {@code ToHumanBytes} with its default of 3 significant figures: under 1024 the comma-grouped count
     * and {@code B}; otherwise divided by 1024 until below it, rounded half-even to 3 significant figures (more
     * when the integer part needs them), trailing zeros dropped: {@code 1.5KB}, {@code 10MB}, {@code 237KB}.
     */
    public static String bytes(long size) {
        if (size < 1024) {
            return integer(size) + "B";
        }
        BigDecimal d = BigDecimal.valueOf(size);
        int suffix = 0;
        while (d.compareTo(KIB) >= 0) {
            d = d.divide(KIB, MathContext.DECIMAL128);
            suffix++;
        }
        int figures = 3;
        while (d.compareTo(BigDecimal.TEN.pow(figures)) >= 0) {
            figures++;
        }
        BigDecimal rounded = d.round(new MathContext(figures, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.toPlainString() + SUFFIXES[suffix] + "B";
    }

    /** Hydrus's {@code ResolutionToPrettyString}: a named resolution, or {@code 1,920x1,200}. */
    public static String resolution(Integer width, Integer height) {
        String key = width + "x" + height;
        String nice = NICE.get(key);
        if (nice != null) {
            return nice;
        }
        return (width == null ? "None" : integer(width)) + "x" + (height == null ? "None" : integer(height));
    }

    /** Python's {@code '{:,}'.format(n)}. */
    static String integer(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
