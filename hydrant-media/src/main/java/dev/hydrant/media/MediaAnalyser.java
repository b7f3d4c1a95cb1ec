package dev.hydrant.media;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaInspector;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.media.archive.OfficeDocumentReader;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.hashes.PerceptualHasher;
import dev.hydrant.media.hashes.PixelHash;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.inspect.HeaderInspector;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.inspect.MediaProbe;
import dev.hydrant.media.thumbnail.FileThumbnail;
import dev.hydrant.media.thumbnail.FileThumbnailer;
import dev.hydrant.media.thumbnail.IconFiles;
import dev.hydrant.media.thumbnail.ThumbnailFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hydrant's media analysis behind the core {@link MediaInspector} port, as hydrus does it: sizes, durations,
 * frames and audio from {@link MediaProbe} (ffmpeg for video, audio and animations), metadata flags from the file
 * headers ({@link HeaderInspector}), the thumbnail and its blurhash from {@link FileThumbnailer}, and for still
 * images the pixel hash and perceptual hashes from the decoded pixels.
 */
public final class MediaAnalyser implements MediaInspector {
    private final HeaderInspector headers = new HeaderInspector();
    private final MediaProbe probe;
    private final FileThumbnailer thumbnailer;
    private final StillImageLoader stills = new StillImageLoader();
    private final PerceptualHasher perceptualHasher = new PerceptualHasher();
    private final OfficeDocumentReader office = new OfficeDocumentReader(stills);

    public MediaAnalyser(Ffmpeg ffmpeg) {
        this.probe = new MediaProbe(ffmpeg, stills);
        this.thumbnailer = new FileThumbnailer(ffmpeg);
    }

    @Override
    public Analysis analyse(Path file, FileType type, Path thumbnailDestination) throws IOException, DamagedMedia {
        MediaProperties fromHeaders = headers.inspect(file, type);
        MediaInfo info;
        try {
            info = probe.inspect(file, type);
        } catch (MediaException e) {
            throw new DamagedMedia(e.getMessage(), e);
        }
        String blurhash = null;
        FileType thumbnailFormat = null;
        if (thumbnailDestination != null) {
            FileThumbnail thumbnail = thumbnailer.make(file, type, info);
            blurhash = thumbnail.blurhash();
            if (IconFiles.storesThumbnail(type)) {
                Files.write(thumbnailDestination, thumbnail.bytes());
                thumbnailFormat = thumbnail.format() == ThumbnailFormat.PNG ? FileType.IMAGE_PNG : FileType.IMAGE_JPEG;
            }
        }
        ByteKey pixelHash = null;
        List<ByteKey> perceptual = new ArrayList<>();
        if (type.hasPixelHash() || type.hasPerceptualHash()) {
            try {
                PixelBuffer pixels = stills.load(file);
                if (type.hasPixelHash()) {
                    pixelHash = ByteKey.of(PixelHash.of(pixels));
                }
                if (type.hasPerceptualHash()) {
                    for (long h : perceptualHasher.hashes(pixels)) {
                        perceptual.add(ByteKey.of(ByteBuffer.allocate(8).putLong(h).array()));
                    }
                }
            } catch (ImageDecodeException | RuntimeException e) {
                // hydrus imports such files (e.g. truncated JPEGs it can still decode partly); no hashes then
                pixelHash = null;
                perceptual.clear();
            }
        }
        MediaProperties properties = new MediaProperties(
                first(info.width(), fromHeaders.width()), first(info.height(), fromHeaders.height()),
                first(info.durationMs(), fromHeaders.durationMs()), first(info.numFrames(), fromHeaders.numFrames()),
                wordCount(file, type), info.hasAudio(), fromHeaders.flags(), blurhash, pixelHash);
        return new Analysis(properties, perceptual, thumbnailFormat);
    }

    /** Decodes the still image and hashes it, without probing or a thumbnail; empty where hydrus stores none. */
    @Override
    public List<ByteKey> perceptualHashes(Path file, FileType type) throws IOException {
        if (!type.hasPerceptualHash()) {
            return List.of();
        }
        List<ByteKey> perceptual = new ArrayList<>();
        try {
            for (long h : perceptualHasher.hashes(stills.load(file))) {
                perceptual.add(ByteKey.of(ByteBuffer.allocate(8).putLong(h).array()));
            }
        } catch (ImageDecodeException | RuntimeException e) {
            // as at import: a file the still loader cannot decode has no perceptual hashes
            return List.of();
        }
        return perceptual;
    }

    /** Hydrus counts words for docx and pptx (from {@code docProps/app.xml}); other types have none. */
    private Integer wordCount(Path file, FileType type) throws IOException {
        if (type == FileType.APPLICATION_DOCX || type == FileType.APPLICATION_PPTX) {
            return office.wordCount(file).orElse(null);
        }
        return null;
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
