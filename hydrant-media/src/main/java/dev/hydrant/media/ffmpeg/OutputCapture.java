package dev.hydrant.media.ffmpeg;

import java.io.ByteArrayOutputStream;

/**
 * Keeps the first {@code headLimit} and the last {@code tailLimit} bytes of a stream and counts the rest,
 * so a program that prints without end costs bounded memory while the parts that matter survive: the
 * stream description at the top of ffmpeg's log and its final progress line at the bottom.
 */
final class OutputCapture {

    private final int headLimit;
    private final ByteArrayOutputStream head;
    private final byte[] tail;
    private int tailStart;
    private int tailLength;
    private long dropped;

    OutputCapture(int headLimit, int tailLimit) {
        if (headLimit < 0 || tailLimit < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        this.headLimit = headLimit;
        this.head = new ByteArrayOutputStream(Math.min(headLimit, 8192));
        this.tail = new byte[tailLimit];
    }

    synchronized void write(byte[] buffer, int offset, int length) {
        int toHead = Math.min(length, headLimit - head.size());
        if (toHead > 0) {
            head.write(buffer, offset, toHead);
            offset += toHead;
            length -= toHead;
        }
        for (int i = 0; i < length; i++) {
            if (tail.length == 0) {
                dropped++;
                continue;
            }
            if (tailLength == tail.length) {
                tailStart = (tailStart + 1) % tail.length;
                tailLength--;
                dropped++;
            }
            tail[(tailStart + tailLength) % tail.length] = buffer[offset + i];
            tailLength++;
        }
    }

    /** Whether anything between the head and the tail was thrown away. */
    synchronized boolean truncated() {
        return dropped > 0;
    }

    /** Head and tail joined (with nothing marking the gap). */
    synchronized byte[] bytes() {
        byte[] out = new byte[head.size() + tailLength];
        byte[] h = head.toByteArray();
        System.arraycopy(h, 0, out, 0, h.length);
        for (int i = 0; i < tailLength; i++) {
            out[h.length + i] = tail[(tailStart + i) % tail.length];
        }
        return out;
    }
}
