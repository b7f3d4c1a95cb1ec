package dev.hydrant.core.tags;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared conformance corpus lives: the {@code hydrant.shared} system property (the root pom
 * sets it for surefire), else {@code ../shared} beside the repository root.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path root() {
        String configured = System.getProperty("hydrant.shared");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("hydrant-core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("../shared").toAbsolutePath().normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the shared corpus: set -Dhydrant.shared");
    }

    static Path transcript(String name) {
        return root().resolve("conformance/transcripts").resolve(name);
    }
}
