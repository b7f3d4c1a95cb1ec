package dev.hydrant.app.importing;

import java.io.IOException;
import java.nio.file.Path;

/** Where the folder importer sends each file: a data folder directly, or a running server over the API. */
public interface ImportTarget extends AutoCloseable {
    /** Imports one file; returns hydrus's import status number (1, 2, 3, 4, 7) and the note. */
    Outcome add(Path file) throws IOException;

    /** The answer for one file. */
    record Outcome(int status, String note) {
    }

    @Override
    void close();
}
