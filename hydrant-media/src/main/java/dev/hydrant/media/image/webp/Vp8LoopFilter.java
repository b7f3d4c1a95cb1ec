package dev.hydrant.media.image.webp;

/** VP8's in-loop deblocking filters (simple and normal) as libwebp's C code applies them. */
final class Vp8LoopFilter {

    private Vp8LoopFilter() {
    }

    private static int clip255(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    private static int sclip1(int v) {
        return v < -128 ? -128 : Math.min(v, 127);
    }

    private static int sclip2(int v) {
        return v < -16 ? -16 : Math.min(v, 15);
    }

    private static int px(byte[] p, int at) {
        return p[at] & 0xFF;
    }

    private static void doFilter2(byte[] p, int at, int step) {
        int p1 = px(p, at - 2 * step);
        int p0 = px(p, at - step);
        int q0 = px(p, at);
        int q1 = px(p, at + step);
        int a = 3 * (q0 - p0) + sclip1(p1 - q1);
        int a1 = sclip2((a + 4) >> 3);
        int a2 = sclip2((a + 3) >> 3);
        p[at - step] = (byte) clip255(p0 + a2);
        p[at] = (byte) clip255(q0 - a1);
    }

    private static void doFilter4(byte[] p, int at, int step) {
        int p1 = px(p, at - 2 * step);
        int p0 = px(p, at - step);
        int q0 = px(p, at);
        int q1 = px(p, at + step);
        int a = 3 * (q0 - p0);
        int a1 = sclip2((a + 4) >> 3);
        int a2 = sclip2((a + 3) >> 3);
        int a3 = (a1 + 1) >> 1;
        p[at - 2 * step] = (byte) clip255(p1 + a3);
        p[at - step] = (byte) clip255(p0 + a2);
        p[at] = (byte) clip255(q0 - a1);
        p[at + step] = (byte) clip255(q1 - a3);
    }

    private static void doFilter6(byte[] p, int at, int step) {
        int p2 = px(p, at - 3 * step);
        int p1 = px(p, at - 2 * step);
        int p0 = px(p, at - step);
        int q0 = px(p, at);
        int q1 = px(p, at + step);
        int q2 = px(p, at + 2 * step);
        int a = sclip1(3 * (q0 - p0) + sclip1(p1 - q1));
        int a1 = (27 * a + 63) >> 7;
        int a2 = (18 * a + 63) >> 7;
        int a3 = (9 * a + 63) >> 7;
        p[at - 3 * step] = (byte) clip255(p2 + a3);
        p[at - 2 * step] = (byte) clip255(p1 + a2);
        p[at - step] = (byte) clip255(p0 + a1);
        p[at] = (byte) clip255(q0 - a1);
        p[at + step] = (byte) clip255(q1 - a2);
        p[at + 2 * step] = (byte) clip255(q2 - a3);
    }

    private static boolean hev(byte[] p, int at, int step, int threshold) {
        int p1 = px(p, at - 2 * step);
        int p0 = px(p, at - step);
        int q0 = px(p, at);
        int q1 = px(p, at + step);
        return Math.abs(p1 - p0) > threshold || Math.abs(q1 - q0) > threshold;
    }

    private static boolean needsFilter(byte[] p, int at, int step, int t) {
        int p1 = px(p, at - 2 * step);
        int p0 = px(p, at - step);
        int q0 = px(p, at);
        int q1 = px(p, at + step);
        return 4 * Math.abs(p0 - q0) + Math.abs(p1 - q1) <= t;
    }

    private static boolean needsFilter2(byte[] p, int at, int step, int t, int it) {
        int p3 = px(p, at - 4 * step);
        int p2 = px(p, at - 3 * step);
        int p1 = px(p, at - 2 * step);
        int p0 = px(p, at - step);
        int q0 = px(p, at);
        int q1 = px(p, at + step);
        int q2 = px(p, at + 2 * step);
        int q3 = px(p, at + 3 * step);
        if (4 * Math.abs(p0 - q0) + Math.abs(p1 - q1) > t) {
            return false;
        }
        return Math.abs(p3 - p2) <= it && Math.abs(p2 - p1) <= it && Math.abs(p1 - p0) <= it
                && Math.abs(q3 - q2) <= it && Math.abs(q2 - q1) <= it && Math.abs(q1 - q0) <= it;
    }

    /** Simple filter across an edge of {@code count} pixels ({@code step} crosses the edge, {@code along} follows it). */
    static void simple(byte[] p, int at, int step, int along, int count, int threshold) {
        int t = 2 * threshold + 1;
        for (int i = 0; i < count; i++) {
            int here = at + i * along;
            if (needsFilter(p, here, step, t)) {
                doFilter2(p, here, step);
            }
        }
    }

    /** Normal filter on a macroblock edge (up to three pixels changed on each side). */
    static void macroblockEdge(byte[] p, int at, int step, int along, int count, int threshold, int interior, int hevThreshold) {
        int t = 2 * threshold + 1;
        for (int i = 0; i < count; i++) {
            int here = at + i * along;
            if (needsFilter2(p, here, step, t, interior)) {
                if (hev(p, here, step, hevThreshold)) {
                    doFilter2(p, here, step);
                } else {
                    doFilter6(p, here, step);
                }
            }
        }
    }

    /** Normal filter on an inner (sub-block) edge (up to two pixels changed on each side). */
    static void innerEdge(byte[] p, int at, int step, int along, int count, int threshold, int interior, int hevThreshold) {
        int t = 2 * threshold + 1;
        for (int i = 0; i < count; i++) {
            int here = at + i * along;
            if (needsFilter2(p, here, step, t, interior)) {
                if (hev(p, here, step, hevThreshold)) {
                    doFilter2(p, here, step);
                } else {
                    doFilter4(p, here, step);
                }
            }
        }
    }
}
