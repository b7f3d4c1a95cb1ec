package dev.hydrant.media.render;

import dev.hydrant.media.MediaException;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.image.PixelBuffer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes rendered pixels the way hydrus's {@code GenerateFileBytesForRenderAPI} does through OpenCV:
 *
 * <ul>
 *   <li>PNG: RGB or RGBA as the pixels are, {@code quality} is the zlib compression level (clamped to 0-9);</li>
 *   <li>JPEG: progressive, at {@code quality} (clamped to 0-100); an alpha channel is dropped, not
 *       composited, as OpenCV drops it;</li>
 *   <li>WebP: libwebp (through ffmpeg) lossy at {@code quality}, lossless above 100.</li>
 * </ul>
 *
 * Grey pixels are written as RGB. Nothing carries an ICC profile. Thread-safe.
 */
public final class RenderEncoder {

    private final Ffmpeg ffmpeg;

    public RenderEncoder(Ffmpeg ffmpeg) {
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
    }

    public byte[] encode(PixelBuffer pixels, RenderFormat format, int quality) throws MediaException, IOException {
        return switch (format) {
            case PNG -> imageIo(toBufferedImage(pixels, pixels.hasAlpha()), "png", param -> {
                int level = Math.max(0, Math.min(9, quality));
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((9 - level) / 9f);
            });
            case JPEG -> imageIo(toBufferedImage(pixels, false), "jpeg", param -> {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(Math.max(0, Math.min(100, quality)) / 100f);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            });
            case WEBP -> ffmpeg.encodeWebp(pixels, quality);
        };
    }

    private interface ParamSetup {
        void apply(ImageWriteParam param);
    }

    private static byte[] imageIo(BufferedImage image, String formatName, ParamSetup setup) throws IOException {
        ImageWriter writer = writerFor(formatName);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            setup.apply(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's own writer (it writes no ICC profile or other metadata we did not ask for). */
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
