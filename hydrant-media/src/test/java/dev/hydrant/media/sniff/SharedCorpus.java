package dev.hydrant.media.sniff;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test material lives: {@code hydrant.shared}, else {@code ../shared} beside the repository. */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path media() {
        return root().resolve("media");
    }

    static Path root() {
        String configured = System.getProperty("hydrant.shared");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve(".git")) || Files.isRegularFile(dir.resolve(".git"))) {
                return dir.resolve("../shared").normalize();
            }
            dir = dir.getParent();
        }
        return Path.of("../shared").toAbsolutePath().normalize();
    }
}
