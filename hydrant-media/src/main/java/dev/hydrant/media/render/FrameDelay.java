package dev.hydrant.media.render;

/**
 * An APNG frame delay, {@code numerator / denominator} seconds, both 16-bit. Milliseconds are written as
 * {@code ms/1000} (as Pillow writes them); a delay too long for that keeps a coarser denominator (1/100, 1/10, 1 s)
 * instead of failing.
 */
record FrameDelay(int numerator, int denominator) {

    FrameDelay {
        if (numerator < 0 || numerator > 0xFFFF || denominator <= 0 || denominator > 0xFFFF) {
            throw new IllegalArgumentException("bad delay " + numerator + "/" + denominator);
        }
    }

    /** A delay of {@code ms} milliseconds, rounded to a whole millisecond; negative delays are none. */
    static FrameDelay ofMillis(long ms) {
        long value = Math.max(0, ms);
        for (int denominator = 1000; denominator >= 10; denominator /= 10) {
            long numerator = Math.round(value * (denominator / 1000.0));
            if (numerator <= 0xFFFF) {
                return new FrameDelay((int) numerator, denominator);
            }
        }
        return new FrameDelay((int) Math.min(Math.round(value / 1000.0), 0xFFFF), 1);
    }
}
