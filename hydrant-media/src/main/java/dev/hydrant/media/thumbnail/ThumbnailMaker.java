package dev.hydrant.media.thumbnail;

import dev.hydrant.media.image.AreaResampler;
import dev.hydrant.media.image.ImageIoEncoder;
import dev.hydrant.media.image.Lanczos4Resampler;
import dev.hydrant.media.image.PixelBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageWriteParam;

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
        try {
            return ImageIoEncoder.encode(pixels, format == ThumbnailFormat.PNG ? "png" : "jpeg",
                    format == ThumbnailFormat.PNG, param -> {
                        if (format == ThumbnailFormat.JPEG) {
                            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                            param.setCompressionQuality(JPEG_QUALITY);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory image encoding failed", e);
        }
    }
}
