package dev.hydrant.app.importing;

import dev.hydrant.app.Library;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.importing.ImportResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Imports straight into an opened data folder (no server running on it). */
public final class LibraryImportTarget implements ImportTarget {
    private final Library library;

    public LibraryImportTarget(Library library) {
        this.library = library;
    }

    @Override
    public Outcome add(Path file) throws IOException {
        try {
            ImportResult result = library.importer().importPath(file.toAbsolutePath().toString(), List.of(), false);
            return new Outcome(result.status().number(), result.note());
        } catch (ApiException e) {
            return new Outcome(4, e.getMessage());
        }
    }

    @Override
    public void close() {
        library.close();
    }
}
