package dev.hydrant.core.urls;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared conformance corpus lives: {@code -Dhydrant.shared}, else {@code ../shared} beside the repository. */
final class SharedCorpusPath {
    private SharedCorpusPath() {
    }

    static Path transcript(String name) {
        String configured = System.getProperty("hydrant.shared");
        Path root = null;
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            root = Path.of(configured);
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("hydrant-core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    root = dir.resolve("../shared");
                    break;
                }
            }
        }
        if (root == null) {
            throw new IllegalStateException("cannot find the shared corpus: set -Dhydrant.shared");
        }
        return root.toAbsolutePath().normalize().resolve("conformance/transcripts").resolve(name);
    }
}
