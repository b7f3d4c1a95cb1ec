package dev.hydrant.media.render;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.thumbnail.ThumbnailMaker;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code /get_files/render} for still images: the file's normalised pixels (sRGB, EXIF-rotated, a useless
 * alpha channel dropped; a PSD's merged preview through ffmpeg), optionally resized to exactly the
 * requested width and height with hydrus's interpolation, encoded by {@link RenderEncoder}.
 *
 * <p>Anything but a still image is refused with {@link NotRenderableException}. A still image whose pixels
 * cannot be decoded is answered with an error picture of the file's size, as hydrus's renderer does.
 * Thread-safe.
 */
public final class ImageRenderer {

    private static final int PLACEHOLDER_SIZE = 200;

    private final Ffmpeg ffmpeg;
    private final StillImageLoader stills;
    private final ThumbnailMaker resizer;
    private final RenderEncoder encoder;

    public ImageRenderer(Ffmpeg ffmpeg) {
        this(ffmpeg, new StillImageLoader());
    }

    public ImageRenderer(Ffmpeg ffmpeg, StillImageLoader stills) {
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
        this.stills = Objects.requireNonNull(stills, "stills");
        this.resizer = new ThumbnailMaker();
        this.encoder = new RenderEncoder(ffmpeg);
    }

    /**
     * Renders the file.
     *
     * @param info the file's inspected facts (only its size is used, for the error picture); may be {@code null}
     * @throws NotRenderableException when the type is not a still image
     * @throws MediaException         when encoding fails (for WebP, when ffmpeg fails)
     * @throws IOException            when the file cannot be read
     */
    public RenderedImage render(Path file, FileType type, MediaInfo info, RenderRequest request) throws MediaException, IOException {
        if (!type.isStaticImage()) {
            throw new NotRenderableException();
        }
        PixelBuffer pixels;
        boolean placeholder = false;
        try {
            pixels = load(file, type);
        } catch (ImageDecodeException | MediaException | RuntimeException e) {
            pixels = errorPicture(info);
            placeholder = true;
        }
        if (request.resizes()) {
            pixels = resizer.resize(pixels, request.width(), request.height());
        }
        byte[] bytes = encoder.encode(pixels, request.format(), request.effectiveQuality());
        return new RenderedImage(request.format(), bytes, pixels.width(), pixels.height(), placeholder);
    }

    private PixelBuffer load(Path file, FileType type) throws ImageDecodeException, MediaException, IOException {
        if (type == FileType.APPLICATION_PSD) {
            return stills.load(ffmpeg.renderToPng(file));
        }
        return stills.load(file);
    }

    /** A grey picture with a red cross, at the file's size when known. */
    static PixelBuffer errorPicture(MediaInfo info) {
        int w = info != null && info.width() != null && info.width() > 0 ? info.width() : PLACEHOLDER_SIZE;
        int h = info != null && info.height() != null && info.height() > 0 ? info.height() : PLACEHOLDER_SIZE;
        w = Math.min(w, 4096);
        h = Math.min(h, 4096);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x44, 0x44, 0x48));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0xD0, 0x3A, 0x3A));
            g.setStroke(new BasicStroke(Math.max(2f, Math.min(w, h) / 16f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double m = Math.min(w, h) / 4.0;
            g.draw(new Line2D.Double(w / 2.0 - m, h / 2.0 - m, w / 2.0 + m, h / 2.0 + m));
            g.draw(new Line2D.Double(w / 2.0 + m, h / 2.0 - m, w / 2.0 - m, h / 2.0 + m));
        } finally {
            g.dispose();
        }
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[bgr.length];
        for (int i = 0; i < bgr.length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return new PixelBuffer(w, h, 3, rgb);
    }
}
