package dev.hydrant.media.thumbnail;

import dev.hydrant.media.image.AreaResampler;
import dev.hydrant.media.image.Lanczos4Resampler;
import dev.hydrant.media.image.PixelBuffer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes thumbnails the way hydrus does from a normalised image (a still image from
 * {@code StillImageLoader}, or a decoded video/animation frame): resize to the size
 * {@link ThumbnailSizing} predicts, with hydrus's choice of interpolation, then encode as JPEG
 * (quality 92) or, when the pixels keep an alpha channel, PNG.
 */
public final class ThumbnailMaker {

    private static final float JPEG_QUALITY = 0.92f;

    private final ThumbnailSizing sizing;
    private final AreaResampler area = new AreaResampler();
    private final Lanczos4Resampler lanczos = new Lanczos4Resampler();

    public ThumbnailMaker() {
        this(ThumbnailSizing.DEFAULT);
    }

    public ThumbnailMaker(ThumbnailSizing sizing) {
        this.sizing = sizing;
    }

    public ThumbnailSizing sizing() {
        return sizing;
    }

    public Thumbnail make(PixelBuffer image) {
        ThumbnailSizing.Size size = sizing.sizeFor(image.width(), image.height());
        PixelBuffer pixels = resize(image, size.width(), size.height());
        ThumbnailFormat format = pixels.channels() == 4 ? ThumbnailFormat.PNG : ThumbnailFormat.JPEG;
        return new Thumbnail(pixels, format, encode(pixels, format));
    }

    /**
     * Hydrus's {@code ResizeNumPyImage}: INTER_AREA, except that (by a quirk hydrus has kept) a
     * target wider than the source is tall, or taller than the source is wide, uses INTER_LANCZOS4.
     */
    public PixelBuffer resize(PixelBuffer image, int width, int height) {
        if (width == image.width() && height == image.height()) {
            return image;
        }
        if (width > image.height() || height > image.width()) {
            return lanczos.resize(image, width, height);
        }
        return area.resize(image, width, height);
    }

    /** Encodes RGB as JPEG or RGBA as PNG (other channel counts are expanded or refused). */
    public static byte[] encode(PixelBuffer pixels, ThumbnailFormat format) {
        BufferedImage image = toBufferedImage(pixels, format == ThumbnailFormat.PNG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = writerFor(format == ThumbnailFormat.PNG ? "png" : "jpeg");
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ThumbnailFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory image encoding failed", e);
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

    private static BufferedImage toBufferedImage(PixelBuffer pixels, boolean withAlpha) {
        int w = pixels.width();
        int h = pixels.height();
        int c = pixels.channels();
        byte[] in = pixels.data();
        BufferedImage image = new BufferedImage(w, h, withAlpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR);
        int outChannels = withAlpha ? 4 : 3;
        int[] samples = new int[w * h * outChannels];
        for (int i = 0; i < w * h; i++) {
            int o = i * outChannels;
            if (c >= 3) {
                samples[o] = in[i * c] & 0xFF;
                samples[o + 1] = in[i * c + 1] & 0xFF;
                samples[o + 2] = in[i * c + 2] & 0xFF;
            } else {
                int grey = in[i * c] & 0xFF;
                samples[o] = grey;
                samples[o + 1] = grey;
                samples[o + 2] = grey;
            }
            if (withAlpha) {
                samples[o + 3] = (c == 4 || c == 2) ? in[i * c + c - 1] & 0xFF : 255;
            }
        }
        image.getRaster().setPixels(0, 0, w, h, samples);
        return image;
    }
}
