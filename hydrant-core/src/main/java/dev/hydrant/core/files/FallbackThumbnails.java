package dev.hydrant.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The icons served where a file has no thumbnail of its own (the media module draws them). */
public interface FallbackThumbnails {
    /** An icon file and the name hydrus serves it under (e.g. {@code zip.png}, {@code hydrus.png}). */
    record Icon(Path path, String fileName) {
    }

    /**
     * The named icon served for every file of a type hydrus keeps no thumbnail for (archives, documents...);
     * empty when hydrus stores a thumbnail for files of the type.
     */
    Optional<Icon> namedIconFor(FileType type) throws IOException;

    /** The icon for a hash the library does not know, or a thumbnail that is missing ({@code hydrus.png}). */
    Icon unknownFile() throws IOException;
}
