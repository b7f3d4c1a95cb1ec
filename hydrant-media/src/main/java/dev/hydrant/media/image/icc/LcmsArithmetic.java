package dev.hydrant.media.image.icc;

/**
 * LittleCMS's fixed-point helpers, reproduced bit for bit (including its "fast floor" trick, which
 * rounds to 1/65536 before flooring).
 */
final class LcmsArithmetic {

    private static final double DOUBLE_TO_FIX_MAGIC = 68719476736.0 * 1.5;

    private LcmsArithmetic() {
    }

    /** {@code _cmsQuickFloor}. */
    static int quickFloor(double value) {
        long bits = Double.doubleToRawLongBits(value + DOUBLE_TO_FIX_MAGIC);
        return ((int) bits) >> 16;
    }

    /** {@code _cmsQuickSaturateWord}: round to the nearest 16-bit value, saturating. */
    static int quickSaturateWord(double d) {
        d += 0.5;
        if (d <= 0) {
            return 0;
        }
        if (d >= 65535.0) {
            return 0xFFFF;
        }
        return (quickFloor(d - 32767.0) + 32767) & 0xFFFF;
    }

    /** {@code DOUBLE_TO_1FIXED14}. */
    static int toFixed14(double x) {
        return (int) Math.floor(x * 16384.0 + 0.5);
    }

    /** {@code FROM_16_TO_8}. */
    static int from16To8(int word) {
        return (int) ((((long) word * 65281L + 8388608L) >>> 24) & 0xFF);
    }

    /** {@code FROM_8_TO_16}. */
    static int from8To16(int b) {
        return (b << 8) | b;
    }

    /** {@code LinLerp1D} over a 16-bit table. */
    static int lerp16(int[] table, int value) {
        int domain = table.length - 1;
        if (value == 0xFFFF || domain == 0) {
            return table[domain];
        }
        int val3 = domain * value;
        val3 = val3 + ((val3 + 0x7FFF) / 0xFFFF);
        int cell0 = val3 >> 16;
        int rest = val3 & 0xFFFF;
        int y0 = table[cell0];
        int y1 = table[cell0 + 1];
        int dif = (y1 - y0) * rest + 0x8000;
        dif = (dif >>> 16) + y0;
        return dif & 0xFFFF;
    }
}
