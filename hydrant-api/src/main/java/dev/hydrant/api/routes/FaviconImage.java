package dev.hydrant.api.routes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Draws the server's 32×32 icon (a blue drop on transparency) as an uncompressed 32-bit ICO file, the same
 * size and format as the icon hydrus serves.
 */
final class FaviconImage {
    private static final int SIZE = 32;

    private FaviconImage() {
    }

    static byte[] render() {
        int pixelBytes = SIZE * SIZE * 4;
        int maskBytes = SIZE * 4;
        int imageBytes = 40 + pixelBytes + maskBytes;
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + imageBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) SIZE).put((byte) SIZE).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32).putInt(imageBytes).putInt(6 + 16);
        b.putInt(40).putInt(SIZE).putInt(SIZE * 2).putShort((short) 1).putShort((short) 32).putInt(0)
                .putInt(pixelBytes + maskBytes).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int row = SIZE - 1; row >= 0; row--) {
            for (int x = 0; x < SIZE; x++) {
                b.putInt(pixel(x, row));
            }
        }
        b.put(new byte[maskBytes]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b.array());
        return out.toByteArray();
    }

    /** BGRA as an int: a round body with a pointed top, shaded from light to deep blue. */
    private static int pixel(int x, int y) {
        double cx = 15.5;
        double cy = 19.5;
        double dx = x - cx;
        double dy = y - cy;
        boolean body = dx * dx + dy * dy <= 10.5 * 10.5;
        boolean tip = y < cy && y >= 2 && Math.abs(dx) <= (y - 2) * 0.62;
        if (!body && !tip) {
            return 0;
        }
        int shade = (int) Math.max(0, Math.min(255, 120 + dx * 4 - dy * 3));
        int blue = 220;
        int green = Math.min(255, 90 + shade / 2);
        int red = Math.max(0, shade / 4);
        return 0xFF << 24 | red << 16 | green << 8 | blue;
    }
}
