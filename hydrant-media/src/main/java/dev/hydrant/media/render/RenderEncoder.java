package dev.hydrant.media.render;

import dev.hydrant.media.MediaException;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.image.ImageIoEncoder;
import dev.hydrant.media.image.PixelBuffer;
import java.io.IOException;
import java.util.Objects;
import javax.imageio.ImageWriteParam;

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
            case PNG -> ImageIoEncoder.encode(pixels, "png", pixels.hasAlpha(), param -> {
                int level = Math.max(0, Math.min(9, quality));
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((9 - level) / 9f);
            });
            case JPEG -> ImageIoEncoder.encode(pixels, "jpeg", false, param -> {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(Math.max(0, Math.min(100, quality)) / 100f);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            });
            case WEBP -> ffmpeg.encodeWebp(pixels, quality);
        };
    }
}
