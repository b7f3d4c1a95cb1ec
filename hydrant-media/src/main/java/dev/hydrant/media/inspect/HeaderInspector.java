package dev.hydrant.media.inspect;

import dev.hydrant.core.files.FileTrait;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaFlags;
import dev.hydrant.core.files.MediaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Media analysis with the JDK alone: image sizes from headers (JPEG with its EXIF rotation, PNG/APNG, GIF, WebP,
 * BMP, TIFF, ICO, PSD), frame counts and durations of GIF/APNG/animated WebP, the metadata flags those headers
 * show, real transparency of still PNG/GIF/BMP/ICO by decoding, and audio presence where the type decides it.
 * Video and audio probing, pixel hashes, perceptual hashes, blurhash and thumbnails are not done here: see
 * {@link dev.hydrant.media.MediaAnalyser}, which combines this with them.
 *
 * <p>Files are untrusted: any parse failure leaves the affected values unknown instead of failing the import.
 */
public final class HeaderInspector {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderInspector.class);

    public MediaProperties inspect(Path file, FileType type) throws IOException {
        Facts f;
        try {
            f = facts(file, type);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not read the {} header of {}: {}", type.humanName(), file, e.toString());
            f = new Facts();
        }
        boolean transparency = false;
        if (f.mayBeTransparent && type.isStaticImage() && type.is(FileTrait.TRANSPARENCY_CHECKABLE)) {
            try {
                transparency = ImageIoFacts.hasTransparentPixel(file, f);
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("could not decode {} to check transparency: {}", file, e.toString());
            }
        }
        boolean exif = f.exif || type == FileType.IMAGE_TIFF;
        MediaFlags flags = new MediaFlags(transparency, exif, f.icc, f.xmp, f.iptc, false, false);
        return new MediaProperties(f.width, f.height, f.durationMs, f.frames, null, hasAudio(type), flags, null, null);
    }

    private static Facts facts(Path file, FileType type) throws IOException {
        return switch (type) {
            case IMAGE_JPEG -> withBytes(file, JpegHeader::read);
            case IMAGE_PNG -> withBytes(file, b -> PngHeader.read(b, false));
            case ANIMATION_APNG -> withBytes(file, b -> PngHeader.read(b, true));
            case IMAGE_WEBP -> withBytes(file, b -> WebpHeader.read(b, false));
            case ANIMATION_WEBP -> withBytes(file, b -> WebpHeader.read(b, true));
            case IMAGE_ICON -> withBytes(file, SmallHeaders::ico);
            case APPLICATION_PSD -> withBytes(file, SmallHeaders::psd);
            case IMAGE_GIF -> ImageIoFacts.gif(file, false);
            case ANIMATION_GIF -> ImageIoFacts.gif(file, true);
            case IMAGE_BMP -> bmp(file);
            case IMAGE_TIFF -> ImageIoFacts.size(file, "tiff");
            default -> new Facts();
        };
    }

    private static Facts bmp(Path file) throws IOException {
        Facts f = ImageIoFacts.size(file, "bmp");
        f.mayBeTransparent = true;
        return f;
    }

    /** Audio types always have audio, types that cannot carry it never do; video is unknown until probed. */
    private static Boolean hasAudio(FileType type) {
        if (type.is(FileTrait.ALWAYS_AUDIO)) {
            return true;
        }
        return type.is(FileTrait.MAYBE_AUDIO) ? null : false;
    }

    @FunctionalInterface
    private interface HeaderReader {
        Facts read(Bytes bytes) throws IOException;
    }

    private static Facts withBytes(Path file, HeaderReader reader) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return reader.read(new Bytes(channel));
        }
    }
}
