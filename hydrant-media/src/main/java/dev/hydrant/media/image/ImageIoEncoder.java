package dev.hydrant.media.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a {@link PixelBuffer} with the JDK's own ImageIO writers (they write no ICC profile or other metadata we
 * did not ask for): grey expands to RGB, and alpha is kept or dropped (never composited) as asked.
 */
public final class ImageIoEncoder {
    private ImageIoEncoder() {
    }

    /**
     * @param formatName ImageIO's format name ("png", "jpeg")
     * @param withAlpha  write RGBA (missing alpha becomes opaque) instead of RGB
     * @param setup      adjusts the writer's parameters (compression, progressive)
     */
    public static byte[] encode(PixelBuffer pixels, String formatName, boolean withAlpha, Consumer<ImageWriteParam> setup)
            throws IOException {
        BufferedImage image = toBufferedImage(pixels, withAlpha);
        ImageWriter writer = writerFor(formatName);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            setup.accept(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ImageWriter writerFor(String formatName) {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(formatName); it.hasNext(); ) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            if (fallback == null) {
                fallback = writer;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no ImageIO writer for " + formatName);
        }
        return fallback;
    }

    /** Row by row, so a large image never needs a second full-size int copy. */
    private static BufferedImage toBufferedImage(PixelBuffer pixels, boolean withAlpha) {
        int w = pixels.width();
        int h = pixels.height();
        int c = pixels.channels();
        byte[] in = pixels.data();
        BufferedImage image = new BufferedImage(w, h, withAlpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR);
        int outChannels = withAlpha ? 4 : 3;
        int[] row = new int[w * outChannels];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * c;
                int o = x * outChannels;
                if (c >= 3) {
                    row[o] = in[i] & 0xFF;
                    row[o + 1] = in[i + 1] & 0xFF;
                    row[o + 2] = in[i + 2] & 0xFF;
                } else {
                    int grey = in[i] & 0xFF;
                    row[o] = grey;
                    row[o + 1] = grey;
                    row[o + 2] = grey;
                }
                if (withAlpha) {
                    row[o + 3] = (c == 4 || c == 2) ? in[i + c - 1] & 0xFF : 255;
                }
            }
            image.getRaster().setPixels(0, y, w, 1, row);
        }
        return image;
    }
}
