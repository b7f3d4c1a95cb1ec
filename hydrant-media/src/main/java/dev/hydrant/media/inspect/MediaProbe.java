package dev.hydrant.media.inspect;

import dev.hydrant.core.files.FileTrait;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.media.DamagedMediaException;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.archive.ComicCoverReader;
import dev.hydrant.media.archive.EpubCoverReader;
import dev.hydrant.media.archive.OfficeDocumentReader;
import dev.hydrant.media.archive.UgoiraReader;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.image.DecodedImage;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.StillImageLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What hydrus's {@code GetFileInfo} works out about a file of a known type: dimensions, duration, frame
 * count and audio, taken the way hydrus takes them for that type.
 *
 * <ul>
 *   <li>video (and HEIF/AVIF sequences, animated JPEG XL): {@link VideoInspector} (ffmpeg);</li>
 *   <li>animated GIF, APNG and animated WebP: read from the file's own structure, as hydrus does through
 *       Pillow and its APNG chunk reader;</li>
 *   <li>audio: {@link AudioInspector} (ffmpeg), always with audio;</li>
 *   <li>still images: the decoded, EXIF-rotated size (the loader refuses decompression bombs before
 *       decoding);</li>
 *   <li>PSD: the size in the file header; SVG: the root element's size ({@code SvgSize});</li>
 *   <li>ugoira: {@link UgoiraReader} (frame data, first frame); CBZ and EPUB: the cover page's size; PPTX:
 *       the slide size at 300 dpi ({@link OfficeDocumentReader});</li>
 *   <li>everything else (documents, other archives): nothing beyond whether the type always has
 *       audio.</li>
 * </ul>
 *
 * <p>Failures are {@link MediaException}s whose message is the note an import would show. Thread-safe.
 */
public final class MediaProbe {

    private final VideoInspector video;
    private final AudioInspector audio;
    private final StillImageLoader stills;
    private final UgoiraReader ugoira;
    private final ComicCoverReader comics = new ComicCoverReader();
    private final EpubCoverReader epubs = new EpubCoverReader();
    private final OfficeDocumentReader office;

    public MediaProbe(Ffmpeg ffmpeg) {
        this(ffmpeg, new StillImageLoader());
    }

    public MediaProbe(Ffmpeg ffmpeg, StillImageLoader stills) {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        this.video = new VideoInspector(ffmpeg);
        this.audio = new AudioInspector(ffmpeg);
        this.stills = Objects.requireNonNull(stills, "stills");
        this.ugoira = new UgoiraReader(stills);
        this.office = new OfficeDocumentReader(stills);
    }

    public MediaInfo inspect(Path file, FileType type) throws MediaException, IOException {
        if (Files.size(file) == 0) {
            throw new DamagedMediaException("File is of zero length!");
        }
        return switch (type) {
            case APPLICATION_PSD -> psdHeader(file);
            case IMAGE_SVG -> SvgSize.read(file).orElse(MediaInfo.none(false));
            case ANIMATION_UGOIRA -> ugoira.inspect(file);
            case APPLICATION_CBZ -> coverSize(() -> comics.coverBytes(file));
            case APPLICATION_EPUB -> coverSize(() -> epubs.coverBytes(file));
            case APPLICATION_PPTX -> office.slideSize(file).map(s -> MediaInfo.dimensions(s[0], s[1]))
                    .orElse(MediaInfo.none(false));
            case ANIMATION_GIF -> GifTiming.read(file);
            case ANIMATION_APNG -> ApngTiming.read(file);
            case ANIMATION_WEBP -> WebpAnimationTiming.read(file);
            case IMAGE_HEIF_SEQUENCE, IMAGE_HEIC_SEQUENCE, IMAGE_AVIF_SEQUENCE, ANIMATION_JXL -> video.inspect(file);
            default -> byGroup(file, type);
        };
    }

    private MediaInfo byGroup(Path file, FileType type) throws MediaException, IOException {
        FileTypeGroup group = type.group();
        if (group == FileTypeGroup.VIDEO) {
            return video.inspect(file);
        }
        if (group == FileTypeGroup.AUDIO) {
            return audio.inspect(file, type);
        }
        if (group == FileTypeGroup.IMAGE) {
            return stillImage(file);
        }
        return MediaInfo.none(type.is(FileTrait.ALWAYS_AUDIO));
    }

    private MediaInfo stillImage(Path file) throws MediaException, IOException {
        try {
            DecodedImage decoded = stills.decode(Files.readAllBytes(file));
            return MediaInfo.dimensions(decoded.width(), decoded.height());
        } catch (ImageDecodeException e) {
            throw new DamagedMediaException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface CoverSource {
        byte[] read() throws IOException, ImageDecodeException;
    }

    /** Hydrus takes a comic's or an EPUB's size from its cover page, and stores none if that cannot be read. */
    private MediaInfo coverSize(CoverSource cover) throws IOException {
        try {
            DecodedImage decoded = stills.decode(cover.read());
            return MediaInfo.dimensions(decoded.width(), decoded.height());
        } catch (ImageDecodeException | RuntimeException e) {
            return MediaInfo.none(false);
        }
    }

    /** Hydrus's {@code GetPSDResolution}: big-endian height then width at byte 14 of the header. */
    private static MediaInfo psdHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(22);
            if (header.length < 22) {
                return MediaInfo.none(false);
            }
            long height = u32(header, 14);
            long width = u32(header, 18);
            return MediaInfo.dimensions((int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE));
        }
    }

    private static long u32(byte[] b, int offset) {
        return ((long) (b[offset] & 0xFF) << 24) | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8 | (b[offset + 3] & 0xFF);
    }
}
