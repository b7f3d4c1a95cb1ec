package dev.hydrant.media.thumbnail;

import dev.hydrant.core.files.FallbackThumbnails;
import dev.hydrant.core.files.FileTrait;
import dev.hydrant.core.files.FileType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * Our fallback icons as PNG files in a folder (drawn on first use), served where hydrus serves its own icons:
 * a named icon for types it keeps no thumbnail for (archives as {@code zip.png}, documents), and
 * {@code hydrus.png} for unknown files. Audio keeps a stored thumbnail (its icon), as in hydrus.
 */
public final class IconFiles implements FallbackThumbnails {
    private static final Map<FallbackIcon, String> NAMES = Map.of(
            FallbackIcon.ARCHIVE, "zip.png",
            FallbackIcon.DOCUMENT, "document.png",
            FallbackIcon.VIDEO, "video.png",
            FallbackIcon.IMAGE, "image.png",
            FallbackIcon.PDF, "pdf.png",
            FallbackIcon.AUDIO, "audio.png",
            FallbackIcon.UNKNOWN, "hydrus.png");

    private final Path folder;

    public IconFiles(Path folder) {
        this.folder = folder;
    }

    /** Whether hydrus keeps a thumbnail file for files of this type (all with thumbnails, plus audio's icon). */
    public static boolean storesThumbnail(FileType type) {
        return type.is(FileTrait.THUMBNAIL) || FallbackIcon.forType(type) == FallbackIcon.AUDIO;
    }

    @Override
    public Optional<Icon> namedIconFor(FileType type) throws IOException {
        if (storesThumbnail(type)) {
            return Optional.empty();
        }
        return Optional.of(file(FallbackIcon.forType(type)));
    }

    @Override
    public Icon unknownFile() throws IOException {
        return file(FallbackIcon.UNKNOWN);
    }

    private synchronized Icon file(FallbackIcon icon) throws IOException {
        String name = NAMES.get(icon);
        Path path = folder.resolve(name);
        if (!Files.isRegularFile(path)) {
            Files.createDirectories(folder);
            Path staged = Files.createTempFile(folder, name, ".tmp");
            Files.write(staged, ThumbnailMaker.encode(icon.draw(), ThumbnailFormat.PNG));
            Files.move(staged, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Icon(path, name);
    }
}
