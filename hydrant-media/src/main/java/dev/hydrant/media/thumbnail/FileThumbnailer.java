package dev.hydrant.media.thumbnail;

import dev.hydrant.core.files.FileTrait;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.hashes.Blurhash;
import dev.hydrant.media.archive.ComicCoverReader;
import dev.hydrant.media.archive.EpubCoverReader;
import dev.hydrant.media.archive.OfficeDocumentReader;
import dev.hydrant.media.archive.UgoiraReader;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PilLanczosResampler;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.sniff.FileTypeSniffer;
import dev.hydrant.media.svg.SvgRasteriser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the thumbnail (and blurhash) hydrus makes for a file of any type ({@code GenerateThumbnailNumPy}):
 *
 * <ul>
 *   <li>still images and animated WebP: the normalised first picture, resized with hydrus's interpolation
 *       ({@link ThumbnailMaker});</li>
 *   <li>PSD: ffmpeg renders the merged preview to PNG, which is normalised and resized;</li>
 *   <li>SVG: drawn straight into the thumbnail box ({@link SvgRasteriser}, as hydrus does with Qt);</li>
 *   <li>CBZ and EPUB: the cover page, loaded and resized as a still image (an SVG cover is drawn);</li>
 *   <li>PPTX: its {@code docProps/thumbnail.jpeg}, resized by Pillow's Lanczos;</li>
 *   <li>ugoira: frame {@code int(0.35 x (num_frames - 1))} resized by Pillow's Lanczos
 *       ({@link PilLanczosResampler}), as hydrus does;</li>
 *   <li>video and the other animations: ffmpeg decodes frame {@code int(0.35 x (num_frames - 1))} and scales
 *       it straight to the thumbnail size, RGBA for types that may be transparent (so GIF and APNG get PNG
 *       thumbnails) and RGB otherwise. Videos are reached by seeking to that frame's time, animations by
 *       decoding and dropping the frames before it (ffmpeg composites GIF frames itself). If that frame
 *       cannot be had, the first frame is used;</li>
 *   <li>PDF and anything whose pixels cannot be had: a {@link FallbackIcon} fitted into the thumbnail
 *       box, as a PNG;</li>
 *   <li>types hydrus makes no thumbnail for (audio, archives, office documents, unknown): a fixed-size
 *       icon served as it is; only audio has a (fixed) blurhash in hydrus.</li>
 * </ul>
 *
 * <p>The blurhash is computed from the thumbnail pixels ({@link Blurhash#ofThumbnail}), except for the
 * icons whose hydrus value is known. Thread-safe.
 */
public final class FileThumbnailer {

    static final double FRAME_POSITION = 0.35;

    private final Ffmpeg ffmpeg;
    private final StillImageLoader stills;
    private final ThumbnailMaker maker;
    private final Blurhash blurhash = new Blurhash();
    private final SvgRasteriser svg = new SvgRasteriser();
    private final PilLanczosResampler pil = new PilLanczosResampler();
    private final ComicCoverReader comics = new ComicCoverReader();
    private final UgoiraReader ugoira;
    private final EpubCoverReader epubs = new EpubCoverReader();
    private final OfficeDocumentReader office;

    public FileThumbnailer(Ffmpeg ffmpeg) {
        this(ffmpeg, new StillImageLoader(), new ThumbnailMaker());
    }

    public FileThumbnailer(Ffmpeg ffmpeg, StillImageLoader stills, ThumbnailMaker maker) {
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
        this.stills = Objects.requireNonNull(stills, "stills");
        this.maker = Objects.requireNonNull(maker, "maker");
        this.ugoira = new UgoiraReader(stills);
        this.office = new OfficeDocumentReader(stills);
    }

    public ThumbnailSizing sizing() {
        return maker.sizing();
    }

    /**
     * The thumbnail for a file of {@code type} whose media facts are {@code info} (from the inspector).
     * Never fails for a damaged file: that gets its type's fallback icon, as in hydrus.
     *
     * @throws IOException when the file itself cannot be read
     */
    public FileThumbnail make(Path file, FileType type, MediaInfo info) throws IOException {
        if (!type.is(FileTrait.THUMBNAIL)) {
            return staticIcon(FallbackIcon.forType(type));
        }
        ThumbnailSizing.Size target = maker.sizing().sizeFor(info.width(), info.height());
        Optional<PixelBuffer> pixels = Optional.empty();
        try {
            pixels = pixelsFor(file, type, info, target);
        } catch (MediaException | ImageDecodeException | RuntimeException e) {
            pixels = Optional.empty();
        }
        if (pixels.isEmpty()) {
            return fallback(FallbackIcon.forType(type), target);
        }
        PixelBuffer thumb = pixels.get();
        ThumbnailFormat format = thumb.channels() == 4 ? ThumbnailFormat.PNG : ThumbnailFormat.JPEG;
        return new FileThumbnail(format, ThumbnailMaker.encode(thumb, format), thumb.width(), thumb.height(),
                blurhash.ofThumbnail(thumb), FileThumbnail.Origin.FROM_FILE);
    }

    /**
     * The icon hydrus serves, as it is, for a type it makes no thumbnail for (audio, archives, documents)
     * or for a hash it does not know; with hydrus's blurhash for it where hydrus stores one (audio).
     */
    public static FileThumbnail staticIcon(FallbackIcon icon) {
        PixelBuffer pixels = icon.draw();
        return new FileThumbnail(ThumbnailFormat.PNG, ThumbnailMaker.encode(pixels, ThumbnailFormat.PNG),
                pixels.width(), pixels.height(), icon == FallbackIcon.AUDIO ? icon.hydrusBlurhash() : null,
                FileThumbnail.Origin.STATIC_ICON);
    }

    private FileThumbnail fallback(FallbackIcon icon, ThumbnailSizing.Size target) {
        PixelBuffer pixels = icon.drawFitted(target.width(), target.height());
        String hash = icon.hydrusBlurhash() != null && target.equals(maker.sizing().sizeFor(null, null))
                ? icon.hydrusBlurhash() : blurhash.ofThumbnail(pixels);
        return new FileThumbnail(ThumbnailFormat.PNG, ThumbnailMaker.encode(pixels, ThumbnailFormat.PNG),
                pixels.width(), pixels.height(), hash, FileThumbnail.Origin.FALLBACK_ICON);
    }

    private Optional<PixelBuffer> pixelsFor(Path file, FileType type, MediaInfo info, ThumbnailSizing.Size target)
            throws MediaException, ImageDecodeException, IOException {
        if (type == FileType.APPLICATION_CBZ) {
            PixelBuffer cover = stills.load(comics.coverBytes(file));
            if (info.width() == null || info.height() == null) {
                target = maker.sizing().sizeFor(cover.width(), cover.height());
            }
            return Optional.of(maker.resize(cover, target.width(), target.height()));
        }
        if (type == FileType.APPLICATION_EPUB) {
            byte[] cover = epubs.coverBytes(file);
            if (FileTypeSniffer.looksLikeSvgText(java.util.Arrays.copyOf(cover, Math.min(cover.length, 64 * 1024)))) {
                return Optional.of(svg.rasterise(cover, target.width(), target.height()));
            }
            PixelBuffer picture = stills.load(cover);
            if (info.width() == null || info.height() == null) {
                target = maker.sizing().sizeFor(picture.width(), picture.height());
            }
            return Optional.of(maker.resize(picture, target.width(), target.height()));
        }
        if (type == FileType.APPLICATION_PPTX) {
            PixelBuffer preview = office.embeddedThumbnail(file);
            return Optional.of(pil.resize(preview, target.width(), target.height()).withoutUselessAlpha());
        }
        if (type == FileType.ANIMATION_UGOIRA) {
            if (info.numFrames() == null) {
                return Optional.empty();
            }
            int index = (int) (FRAME_POSITION * (info.numFrames() - 1));
            PixelBuffer frame = ugoira.frame(file, index);
            return Optional.of(pil.resize(frame, target.width(), target.height()).withoutUselessAlpha());
        }
        if (type == FileType.IMAGE_SVG) {
            return Optional.of(svg.rasterise(file, target.width(), target.height()));
        }
        if (type == FileType.APPLICATION_PSD) {
            PixelBuffer preview = stills.load(ffmpeg.renderToPng(file));
            return Optional.of(maker.resize(preview, target.width(), target.height()));
        }
        if (type.isStaticImage() || type == FileType.ANIMATION_WEBP) {
            if (!canLoadAsStill(type)) {
                return Optional.empty();
            }
            PixelBuffer image = stills.load(file);
            if (info.width() == null || info.height() == null) {
                target = maker.sizing().sizeFor(image.width(), image.height());
            }
            return Optional.of(maker.resize(image, target.width(), target.height()));
        }
        FileTypeGroup group = type.group();
        if (group == FileTypeGroup.VIDEO || group == FileTypeGroup.ANIMATION) {
            if (info.numFrames() == null) {
                return Optional.empty();
            }
            return frame(file, type, info, target);
        }
        return Optional.empty();
    }

    /** The still formats the loader decodes (others, such as HEIF or JPEG XL, fall back to an icon). */
    private static boolean canLoadAsStill(FileType type) {
        return switch (type) {
            case IMAGE_JPEG, IMAGE_PNG, IMAGE_GIF, IMAGE_BMP, IMAGE_WEBP, ANIMATION_WEBP, IMAGE_TIFF, IMAGE_ICON -> true;
            default -> false;
        };
    }

    /** Hydrus's {@code VideoRendererFFMPEG} reading one frame at 35%, then the first frame as a fallback. */
    private Optional<PixelBuffer> frame(Path file, FileType type, MediaInfo info, ThumbnailSizing.Size target)
            throws MediaException, IOException {
        int numFrames = info.numFrames();
        int index = (int) (FRAME_POSITION * (numFrames - 1));
        boolean alpha = type.is(FileTrait.TRANSPARENCY_CHECKABLE);
        boolean animation = type.group() == FileTypeGroup.ANIMATION;
        long durationMs = info.durationMs() == null || info.durationMs() <= 0 ? 100 : info.durationMs();
        double fps = numFrames / (durationMs / 1000.0);
        if (fps == 0) {
            fps = 24;
        }
        Optional<PixelBuffer> frame = Optional.empty();
        if (index != 0) {
            try {
                frame = animation
                        ? ffmpeg.frame(file, target.width(), target.height(), alpha, null, index)
                        : ffmpeg.frame(file, target.width(), target.height(), alpha, index / fps, 0);
            } catch (MediaException e) {
                frame = Optional.empty();
            }
        }
        if (frame.isEmpty()) {
            frame = ffmpeg.frame(file, target.width(), target.height(), alpha, null, 0);
        }
        return frame;
    }
}
