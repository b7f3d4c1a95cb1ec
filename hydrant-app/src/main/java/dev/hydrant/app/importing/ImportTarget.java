package dev.hydrant.app.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Where the folder importer sends each file: a data folder directly, or a running server over the API. */
public interface ImportTarget extends AutoCloseable {
    /** Imports one file; returns hydrus's import status number (1, 2, 3, 4, 7), the note and the file's hash. */
    Outcome add(Path file) throws IOException;

    /**
     * The key (hex) of a local tag service named by its name or hex key.
     *
     * @throws IllegalArgumentException when there is no such service or it is not a local tag service
     */
    String localTagService(String nameOrKey) throws IOException;

    /** Adds clean tags to an imported file on a local tag service. */
    void addTags(String hash, String serviceKey, Set<String> tags) throws IOException;

    /** The answer for one file. */
    record Outcome(int status, String note, String hash) {
        /** Status 1 or 2: the file is in the library. */
        public boolean inLibrary() {
            return status == 1 || status == 2;
        }
    }

    @Override
    void close();
}
