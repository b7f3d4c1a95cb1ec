package dev.hydrant.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one Hydrant instance keeps everything: the database, the files, temp files, the HTTPS certificate and the
 * user's URL classes.
 */
public record DataFolder(Path root) {
    public static final Path DEFAULT = Path.of("hydrant-data");

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path database() {
        return root.resolve("hydrant.db");
    }

    public Path clientFiles() {
        return root.resolve("client_files");
    }

    /** The user's own URL classes, over the shipped ones (optional; docs/URL_CLASSES.md). */
    public Path urlClasses() {
        return root.resolve("url-classes.json");
    }

    public Path temp() {
        return root.resolve("temp");
    }

    /** Our fallback thumbnail icons, drawn on first use. */
    public Path icons() {
        return root.resolve("icons");
    }

    public Path certificate() {
        return root.resolve("client.crt");
    }

    public Path privateKey() {
        return root.resolve("client.key");
    }

    /** The in-memory indexes as written when the library last closed (read back, then removed, at open). */
    public Path indexSnapshot() {
        return root.resolve("index.snapshot");
    }

    public Path serverLock() {
        return root.resolve("server.lock");
    }

    public DataFolder create() throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(temp());
        return this;
    }

    /** Leftover upload temp files from a killed process. */
    public void sweepTemp() throws IOException {
        if (!Files.isDirectory(temp())) {
            return;
        }
        try (var files = Files.list(temp())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
