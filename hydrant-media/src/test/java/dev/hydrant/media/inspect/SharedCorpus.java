package dev.hydrant.media.inspect;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test material lives: {@code hydrant.shared}, else {@code ../shared} beside the repository. */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path media() {
        String configured = System.getProperty("hydrant.shared");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).resolve("media").toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir.resolve("../shared/media").normalize();
            }
            dir = dir.getParent();
        }
        return Path.of("../shared/media").toAbsolutePath().normalize();
    }
}
