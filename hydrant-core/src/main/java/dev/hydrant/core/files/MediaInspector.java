package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The media analysis port: what a file of a known type contains. Implementations live in hydrant-media; they
 * report what they can determine and leave everything else null or empty (they never guess).
 */
public interface MediaInspector {
    /** Dimensions, duration, frames, words, audio, flags, blurhash and pixel hash, as far as known. */
    MediaProperties inspect(Path file, FileType type) throws IOException;

    /**
     * Hydrus's perceptual hashes (8 bytes each) of a still image, for similar-file search; empty when the
     * type has none or this inspector cannot compute them.
     */
    List<ByteKey> perceptualHashes(Path file, FileType type) throws IOException;

    /**
     * Writes the file's thumbnail to {@code destination}; returns the thumbnail's format ({@link FileType#IMAGE_JPEG}
     * or {@link FileType#IMAGE_PNG}), or empty when this inspector makes no thumbnail for the file.
     */
    Optional<FileType> writeThumbnail(Path file, FileType type, MediaProperties media, Path destination)
            throws IOException;

    /** An inspector that knows nothing (for tests and tools that only need hashes). */
    MediaInspector NONE = new MediaInspector() {
        @Override
        public MediaProperties inspect(Path file, FileType type) {
            return MediaProperties.unknown();
        }

        @Override
        public List<ByteKey> perceptualHashes(Path file, FileType type) {
            return List.of();
        }

        @Override
        public Optional<FileType> writeThumbnail(Path file, FileType type, MediaProperties media, Path destination) {
            return Optional.empty();
        }
    };
}
