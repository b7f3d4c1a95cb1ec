package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The media analysis port: what a file of a known type contains, in one pass over the file. Implementations live
 * in hydrant-media; they report what they can determine and leave everything else null or empty (never guess).
 */
public interface MediaInspector {
    /**
     * Everything analysis found.
     *
     * @param perceptualHashes hydrus's perceptual hashes (8 bytes each) of a still image; empty when none
     * @param thumbnailFormat  {@link FileType#IMAGE_JPEG} or {@link FileType#IMAGE_PNG} when a thumbnail was
     *                         written, null when none was (or none was asked for)
     */
    record Analysis(MediaProperties properties, List<ByteKey> perceptualHashes, FileType thumbnailFormat) {
        public Analysis {
            perceptualHashes = List.copyOf(perceptualHashes);
        }
    }

    /** The file cannot be read as the media its type says (hydrus answers import status 4 with this note). */
    final class DamagedMedia extends Exception {
        public DamagedMedia(String note, Throwable cause) {
            super(note, cause);
        }
    }

    /**
     * Analyses a file.
     *
     * @param thumbnailDestination where to write the thumbnail, or null to skip making one
     */
    Analysis analyse(Path file, FileType type, Path thumbnailDestination) throws IOException, DamagedMedia;

    /**
     * Only the perceptual hashes of a file of a type that has them (the regeneration job); by default the whole
     * analysis without a thumbnail.
     */
    default List<ByteKey> perceptualHashes(Path file, FileType type) throws IOException, DamagedMedia {
        return analyse(file, type, null).perceptualHashes();
    }

    /** An inspector that knows nothing (for tests and tools that only need hashes). */
    MediaInspector NONE = (file, type, thumbnailDestination) -> new Analysis(MediaProperties.unknown(), List.of(), null);
}
