package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a file's hydrus filetype from its bytes, with hydrus 682's rules ({@code GetMime}); the file
 * name and extension are never looked at.
 *
 * <p>The order is hydrus's: an empty file is refused; otherwise the first matching signature in the
 * first 256 bytes ({@link MagicTable}) gives the type, and undetermined ones get a second look (png or
 * apng, static or animated gif/webp/jxl, which kind of zip, mp4 or mp4 audio or m4a, wma or wmv, which
 * OLE document). With no signature: JSON (whole file), HTML and SVG tags (first 256 bytes), then the
 * audio/video containers hydrus would hand to ffmpeg ({@link ContainerSniffer}), then the optional
 * {@link ContainerProbe}. Whatever is left is unknown.
 *
 * <p>Reads are bounded (see {@link FileBytes}); malformed or hostile files get an answer, never an
 * unchecked exception. Only a failure to read the file itself is reported, as an {@link IOException}.
 * Instances are immutable and safe to share between threads.
 */
public final class FileTypeSniffer {

    private final ContainerProbe probe;
    private final long byteBudget;
    private final int readBudget;

    /** A sniffer that relies on its own container parsers only. */
    public FileTypeSniffer() {
        this(ContainerProbe.NONE);
    }

    /** A sniffer that asks {@code probe} about files none of its own rules recognise. */
    public FileTypeSniffer(ContainerProbe probe) {
        this(probe, FileBytes.DEFAULT_BYTE_BUDGET, FileBytes.DEFAULT_READ_BUDGET);
    }

    /** A sniffer with its own per-file read limits (bytes read beyond the head, number of reads). */
    FileTypeSniffer(ContainerProbe probe, long byteBudget, int readBudget) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.byteBudget = byteBudget;
        this.readBudget = readBudget;
    }

    /**
     * The type hydrus would give the file, and whether and why it would refuse it.
     *
     * @throws IOException when the file cannot be opened or read
     */
    public SniffResult sniff(Path file) throws IOException {
        try (FileBytes bytes = FileBytes.open(file, byteBudget, readBudget)) {
            if (bytes.size() == 0) {
                return SniffResult.zeroLength();
            }
            return SniffResult.of(decide(bytes, file));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Whether a small file with these first bytes would be sniffed as SVG (no signature matches, and its text
     * shows an SVG tag but no HTML one): how hydrus tells an SVG cover page inside an EPUB.
     */
    public static boolean looksLikeSvgText(byte[] head) {
        return MagicTable.match(head) == null && !TextSniffing.looksLikeHtml(head) && TextSniffing.looksLikeSvg(head);
    }

    private FileType decide(FileBytes bytes, Path path) {
        byte[] head = bytes.head();
        FileType magic = MagicTable.match(head);
        if (magic != null) {
            try {
                return settle(magic, bytes, path);
            } catch (UncheckedIOException e) {
                throw e;
            } catch (RuntimeException e) {
                // over the read budget, or structure no rule anticipated: the signature's plain reading
                return fallback(magic);
            }
        }
        try {
            if (TextSniffing.mayBeJson(head) && TextSniffing.looksLikeJson(bytes)) {
                return FileType.APPLICATION_JSON;
            }
            if (TextSniffing.looksLikeHtml(head)) {
                return FileType.TEXT_HTML;
            }
            if (TextSniffing.looksLikeSvg(head)) {
                return FileType.IMAGE_SVG;
            }
            Optional<ContainerReport> report = ContainerSniffer.detect(bytes);
            if (report.isPresent()) {
                FileType type = ContainerTypeRules.decide(report.get());
                if (type != FileType.APPLICATION_UNKNOWN) {
                    return type;
                }
            }
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // nothing recognised within the limits; the probe may still know the file
        }
        return fromProbe(path);
    }

    private FileType settle(FileType magic, FileBytes bytes, Path path) {
        return switch (magic) {
            case APPLICATION_ZIP -> ZipTypeRules.classify(bytes);
            case UNDETERMINED_PNG -> PngAnimation.isAnimated(bytes.head()) ? FileType.ANIMATION_APNG : FileType.IMAGE_PNG;
            case UNDETERMINED_GIF -> GifAnimation.isAnimated(bytes) ? FileType.ANIMATION_GIF : FileType.IMAGE_GIF;
            case UNDETERMINED_WEBP -> WebpAnimation.isAnimated(bytes) ? FileType.ANIMATION_WEBP : FileType.IMAGE_WEBP;
            case UNDETERMINED_JXL -> JxlAnimation.isAnimated(bytes) ? FileType.ANIMATION_JXL : FileType.IMAGE_JXL;
            case UNDETERMINED_OLE -> OleDocument.classify(bytes);
            case UNDETERMINED_MP4 -> container(IsoBmffReader.read(bytes, 0), path);
            case UNDETERMINED_WM -> container(AsfReader.read(bytes, 0), path);
            default -> magic;
        };
    }

    private FileType container(Optional<ContainerReport> report, Path path) {
        if (report.isPresent()) {
            return ContainerTypeRules.decide(report.get());
        }
        return fromProbe(path);
    }

    private FileType fromProbe(Path path) {
        if (probe == ContainerProbe.NONE) {
            return FileType.APPLICATION_UNKNOWN;
        }
        try {
            return probe.probe(path).map(ContainerTypeRules::decide).orElse(FileType.APPLICATION_UNKNOWN);
        } catch (IOException | RuntimeException e) {
            return FileType.APPLICATION_UNKNOWN;
        }
    }

    /** What a signature gives when the second look runs out of budget or meets garbage. */
    private static FileType fallback(FileType magic) {
        return switch (magic) {
            case APPLICATION_ZIP -> FileType.APPLICATION_ZIP;
            case UNDETERMINED_PNG -> FileType.IMAGE_PNG;
            case UNDETERMINED_GIF -> FileType.IMAGE_GIF;
            case UNDETERMINED_WEBP -> FileType.IMAGE_WEBP;
            case UNDETERMINED_JXL -> FileType.IMAGE_JXL;
            case UNDETERMINED_OLE -> FileType.UNDETERMINED_OLE;
            case UNDETERMINED_MP4, UNDETERMINED_WM -> FileType.APPLICATION_UNKNOWN;
            default -> magic;
        };
    }
}
