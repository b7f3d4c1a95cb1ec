package dev.hydrant.media.image.webp;

/**
 * VP8 intra predictors and inverse transforms as libwebp implements them, working on an
 * {@code int[]} block with a border (one row above, one column to the left, and for luma four
 * extra columns to the right of the top row).
 */
final class Vp8Prediction {

    private Vp8Prediction() {
    }

    private static int avg3(int a, int b, int c) {
        return (a + 2 * b + c + 2) >> 2;
    }

    private static int avg2(int a, int b) {
        return (a + b + 1) >> 1;
    }

    private static int clip255(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    // ---- 16x16 luma and 8x8 chroma ----

    /** Whole-block prediction: mode 0 DC, 1 V, 2 H, 3 TM; DC adapts to missing top/left edges. */
    static void predictBlock(int[] b, int base, int stride, int size, int mode, boolean hasTop, boolean hasLeft) {
        switch (mode) {
            case 1 -> {
                for (int y = 0; y < size; y++) {
                    System.arraycopy(b, base - stride, b, base + y * stride, size);
                }
            }
            case 2 -> {
                for (int y = 0; y < size; y++) {
                    int left = b[base + y * stride - 1];
                    for (int x = 0; x < size; x++) {
                        b[base + y * stride + x] = left;
                    }
                }
            }
            case 3 -> {
                int topLeft = b[base - stride - 1];
                for (int y = 0; y < size; y++) {
                    int left = b[base + y * stride - 1];
                    for (int x = 0; x < size; x++) {
                        b[base + y * stride + x] = clip255(b[base - stride + x] + left - topLeft);
                    }
                }
            }
            default -> {
                int shift = size == 16 ? 4 : 3;
                int dc;
                if (hasTop && hasLeft) {
                    int sum = 0;
                    for (int i = 0; i < size; i++) {
                        sum += b[base - stride + i] + b[base + i * stride - 1];
                    }
                    dc = (sum + size) >> (shift + 1);
                } else if (hasLeft) {
                    int sum = 0;
                    for (int i = 0; i < size; i++) {
                        sum += b[base + i * stride - 1];
                    }
                    dc = (sum + (size >> 1)) >> shift;
                } else if (hasTop) {
                    int sum = 0;
                    for (int i = 0; i < size; i++) {
                        sum += b[base - stride + i];
                    }
                    dc = (sum + (size >> 1)) >> shift;
                } else {
                    dc = 0x80;
                }
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        b[base + y * stride + x] = dc;
                    }
                }
            }
        }
    }

    // ---- 4x4 sub-blocks (modes in RFC order: DC, TM, VE, HE, LD, RD, VR, VL, HD, HU) ----

    static void predictSubBlock(int[] b, int base, int s, int mode) {
        int top = base - s;
        switch (mode) {
            case 0 -> {
                int dc = 4;
                for (int i = 0; i < 4; i++) {
                    dc += b[top + i] + b[base + i * s - 1];
                }
                fill(b, base, s, dc >> 3);
            }
            case 1 -> {
                int topLeft = b[top - 1];
                for (int y = 0; y < 4; y++) {
                    int left = b[base + y * s - 1];
                    for (int x = 0; x < 4; x++) {
                        b[base + y * s + x] = clip255(b[top + x] + left - topLeft);
                    }
                }
            }
            case 2 -> {
                int[] vals = {
                        avg3(b[top - 1], b[top], b[top + 1]),
                        avg3(b[top], b[top + 1], b[top + 2]),
                        avg3(b[top + 1], b[top + 2], b[top + 3]),
                        avg3(b[top + 2], b[top + 3], b[top + 4])};
                for (int y = 0; y < 4; y++) {
                    System.arraycopy(vals, 0, b, base + y * s, 4);
                }
            }
            case 3 -> {
                int a = b[top - 1];
                int bb = b[base - 1];
                int c = b[base + s - 1];
                int d = b[base + 2 * s - 1];
                int e = b[base + 3 * s - 1];
                row(b, base, avg3(a, bb, c));
                row(b, base + s, avg3(bb, c, d));
                row(b, base + 2 * s, avg3(c, d, e));
                row(b, base + 3 * s, avg3(d, e, e));
            }
            case 4 -> {
                int a = b[top];
                int bb = b[top + 1];
                int c = b[top + 2];
                int d = b[top + 3];
                int e = b[top + 4];
                int f = b[top + 5];
                int g = b[top + 6];
                int h = b[top + 7];
                set(b, base, s, 0, 0, avg3(a, bb, c));
                int v = avg3(bb, c, d);
                set(b, base, s, 1, 0, v);
                set(b, base, s, 0, 1, v);
                v = avg3(c, d, e);
                set(b, base, s, 2, 0, v);
                set(b, base, s, 1, 1, v);
                set(b, base, s, 0, 2, v);
                v = avg3(d, e, f);
                set(b, base, s, 3, 0, v);
                set(b, base, s, 2, 1, v);
                set(b, base, s, 1, 2, v);
                set(b, base, s, 0, 3, v);
                v = avg3(e, f, g);
                set(b, base, s, 3, 1, v);
                set(b, base, s, 2, 2, v);
                set(b, base, s, 1, 3, v);
                v = avg3(f, g, h);
                set(b, base, s, 3, 2, v);
                set(b, base, s, 2, 3, v);
                set(b, base, s, 3, 3, avg3(g, h, h));
            }
            case 5 -> {
                int i = b[base - 1];
                int j = b[base + s - 1];
                int k = b[base + 2 * s - 1];
                int l = b[base + 3 * s - 1];
                int x = b[top - 1];
                int a = b[top];
                int bb = b[top + 1];
                int c = b[top + 2];
                int d = b[top + 3];
                set(b, base, s, 0, 3, avg3(j, k, l));
                int v = avg3(i, j, k);
                set(b, base, s, 1, 3, v);
                set(b, base, s, 0, 2, v);
                v = avg3(x, i, j);
                set(b, base, s, 2, 3, v);
                set(b, base, s, 1, 2, v);
                set(b, base, s, 0, 1, v);
                v = avg3(a, x, i);
                set(b, base, s, 3, 3, v);
                set(b, base, s, 2, 2, v);
                set(b, base, s, 1, 1, v);
                set(b, base, s, 0, 0, v);
                v = avg3(bb, a, x);
                set(b, base, s, 3, 2, v);
                set(b, base, s, 2, 1, v);
                set(b, base, s, 1, 0, v);
                v = avg3(c, bb, a);
                set(b, base, s, 3, 1, v);
                set(b, base, s, 2, 0, v);
                set(b, base, s, 3, 0, avg3(d, c, bb));
            }
            case 6 -> {
                int i = b[base - 1];
                int j = b[base + s - 1];
                int k = b[base + 2 * s - 1];
                int x = b[top - 1];
                int a = b[top];
                int bb = b[top + 1];
                int c = b[top + 2];
                int d = b[top + 3];
                int v = avg2(x, a);
                set(b, base, s, 0, 0, v);
                set(b, base, s, 1, 2, v);
                v = avg2(a, bb);
                set(b, base, s, 1, 0, v);
                set(b, base, s, 2, 2, v);
                v = avg2(bb, c);
                set(b, base, s, 2, 0, v);
                set(b, base, s, 3, 2, v);
                set(b, base, s, 3, 0, avg2(c, d));
                set(b, base, s, 0, 3, avg3(k, j, i));
                set(b, base, s, 0, 2, avg3(j, i, x));
                v = avg3(i, x, a);
                set(b, base, s, 0, 1, v);
                set(b, base, s, 1, 3, v);
                v = avg3(x, a, bb);
                set(b, base, s, 1, 1, v);
                set(b, base, s, 2, 3, v);
                v = avg3(a, bb, c);
                set(b, base, s, 2, 1, v);
                set(b, base, s, 3, 3, v);
                set(b, base, s, 3, 1, avg3(bb, c, d));
            }
            case 7 -> {
                int a = b[top];
                int bb = b[top + 1];
                int c = b[top + 2];
                int d = b[top + 3];
                int e = b[top + 4];
                int f = b[top + 5];
                int g = b[top + 6];
                int h = b[top + 7];
                set(b, base, s, 0, 0, avg2(a, bb));
                int v = avg2(bb, c);
                set(b, base, s, 1, 0, v);
                set(b, base, s, 0, 2, v);
                v = avg2(c, d);
                set(b, base, s, 2, 0, v);
                set(b, base, s, 1, 2, v);
                v = avg2(d, e);
                set(b, base, s, 3, 0, v);
                set(b, base, s, 2, 2, v);
                set(b, base, s, 0, 1, avg3(a, bb, c));
                v = avg3(bb, c, d);
                set(b, base, s, 1, 1, v);
                set(b, base, s, 0, 3, v);
                v = avg3(c, d, e);
                set(b, base, s, 2, 1, v);
                set(b, base, s, 1, 3, v);
                v = avg3(d, e, f);
                set(b, base, s, 3, 1, v);
                set(b, base, s, 2, 3, v);
                set(b, base, s, 3, 2, avg3(e, f, g));
                set(b, base, s, 3, 3, avg3(f, g, h));
            }
            case 8 -> {
                int i = b[base - 1];
                int j = b[base + s - 1];
                int k = b[base + 2 * s - 1];
                int l = b[base + 3 * s - 1];
                int x = b[top - 1];
                int a = b[top];
                int bb = b[top + 1];
                int c = b[top + 2];
                int v = avg2(i, x);
                set(b, base, s, 0, 0, v);
                set(b, base, s, 2, 1, v);
                v = avg2(j, i);
                set(b, base, s, 0, 1, v);
                set(b, base, s, 2, 2, v);
                v = avg2(k, j);
                set(b, base, s, 0, 2, v);
                set(b, base, s, 2, 3, v);
                set(b, base, s, 0, 3, avg2(l, k));
                set(b, base, s, 3, 0, avg3(a, bb, c));
                set(b, base, s, 2, 0, avg3(x, a, bb));
                v = avg3(i, x, a);
                set(b, base, s, 1, 0, v);
                set(b, base, s, 3, 1, v);
                v = avg3(j, i, x);
                set(b, base, s, 1, 1, v);
                set(b, base, s, 3, 2, v);
                v = avg3(k, j, i);
                set(b, base, s, 1, 2, v);
                set(b, base, s, 3, 3, v);
                set(b, base, s, 1, 3, avg3(l, k, j));
            }
            default -> {
                int i = b[base - 1];
                int j = b[base + s - 1];
                int k = b[base + 2 * s - 1];
                int l = b[base + 3 * s - 1];
                set(b, base, s, 0, 0, avg2(i, j));
                int v = avg2(j, k);
                set(b, base, s, 2, 0, v);
                set(b, base, s, 0, 1, v);
                v = avg2(k, l);
                set(b, base, s, 2, 1, v);
                set(b, base, s, 0, 2, v);
                set(b, base, s, 1, 0, avg3(i, j, k));
                v = avg3(j, k, l);
                set(b, base, s, 3, 0, v);
                set(b, base, s, 1, 1, v);
                v = avg3(k, l, l);
                set(b, base, s, 3, 1, v);
                set(b, base, s, 1, 2, v);
                set(b, base, s, 3, 2, l);
                set(b, base, s, 2, 2, l);
                set(b, base, s, 0, 3, l);
                set(b, base, s, 1, 3, l);
                set(b, base, s, 2, 3, l);
                set(b, base, s, 3, 3, l);
            }
        }
    }

    private static void set(int[] b, int base, int s, int x, int y, int v) {
        b[base + y * s + x] = v;
    }

    private static void row(int[] b, int at, int v) {
        b[at] = v;
        b[at + 1] = v;
        b[at + 2] = v;
        b[at + 3] = v;
    }

    private static void fill(int[] b, int base, int s, int v) {
        for (int y = 0; y < 4; y++) {
            row(b, base + y * s, v);
        }
    }

    // ---- transforms ----

    private static int mul1(int a) {
        return ((a * 20091) >> 16) + a;
    }

    private static int mul2(int a) {
        return (a * 35468) >> 16;
    }

    /** libwebp's {@code TransformOne}: inverse DCT of 16 coefficients added onto a 4x4 block. */
    static void addInverseDct(short[] in, int inOffset, int[] b, int base, int s) {
        int[] tmp = new int[16];
        for (int i = 0; i < 4; i++) {
            int i0 = in[inOffset + i];
            int i4 = in[inOffset + 4 + i];
            int i8 = in[inOffset + 8 + i];
            int i12 = in[inOffset + 12 + i];
            int a = i0 + i8;
            int bb = i0 - i8;
            int c = mul2(i4) - mul1(i12);
            int d = mul1(i4) + mul2(i12);
            tmp[4 * i] = a + d;
            tmp[4 * i + 1] = bb + c;
            tmp[4 * i + 2] = bb - c;
            tmp[4 * i + 3] = a - d;
        }
        for (int i = 0; i < 4; i++) {
            int dc = tmp[i] + 4;
            int a = dc + tmp[8 + i];
            int bb = dc - tmp[8 + i];
            int c = mul2(tmp[4 + i]) - mul1(tmp[12 + i]);
            int d = mul1(tmp[4 + i]) + mul2(tmp[12 + i]);
            int at = base + i * s;
            b[at] = clip255(b[at] + ((a + d) >> 3));
            b[at + 1] = clip255(b[at + 1] + ((bb + c) >> 3));
            b[at + 2] = clip255(b[at + 2] + ((bb - c) >> 3));
            b[at + 3] = clip255(b[at + 3] + ((a - d) >> 3));
        }
    }

    /** libwebp's {@code TransformWHT}: the Y2 block's inverse Walsh-Hadamard into the 16 luma DCs. */
    static void inverseWht(short[] in, short[] out, int outOffset) {
        int[] tmp = new int[16];
        for (int i = 0; i < 4; i++) {
            int a0 = in[i] + in[12 + i];
            int a1 = in[4 + i] + in[8 + i];
            int a2 = in[4 + i] - in[8 + i];
            int a3 = in[i] - in[12 + i];
            tmp[i] = a0 + a1;
            tmp[8 + i] = a0 - a1;
            tmp[4 + i] = a3 + a2;
            tmp[12 + i] = a3 - a2;
        }
        for (int i = 0; i < 4; i++) {
            int dc = tmp[i * 4] + 3;
            int a0 = dc + tmp[3 + i * 4];
            int a1 = tmp[1 + i * 4] + tmp[2 + i * 4];
            int a2 = tmp[1 + i * 4] - tmp[2 + i * 4];
            int a3 = dc - tmp[3 + i * 4];
            int o = outOffset + i * 64;
            out[o] = (short) ((a0 + a1) >> 3);
            out[o + 16] = (short) ((a3 + a2) >> 3);
            out[o + 32] = (short) ((a0 - a1) >> 3);
            out[o + 48] = (short) ((a3 - a2) >> 3);
        }
    }
}
