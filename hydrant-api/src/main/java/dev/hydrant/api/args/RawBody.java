package dev.hydrant.api.args;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A request body that is a file's raw bytes, streamed to a temporary file that is deleted when the request ends. */
public record RawBody(Path file, long size, String contentType) implements AutoCloseable {
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temp folder is swept at start-up
        }
    }
}
