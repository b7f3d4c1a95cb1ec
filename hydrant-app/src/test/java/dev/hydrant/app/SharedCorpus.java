package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared conformance corpus (transcripts recorded from hydrus 682): the {@code hydrant.shared} system
 * property (set by the root pom for surefire), else {@code ../shared} beside the repository root.
 */
final class SharedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedCorpus() {
    }

    static Path root() {
        String configured = System.getProperty("hydrant.shared");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("hydrant-app")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("../shared").toAbsolutePath().normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the shared corpus: set -Dhydrant.shared");
    }

    /** The recorded step with this id in a transcript. */
    static JsonNode step(String transcript, String id) {
        Path file = root().resolve("conformance/transcripts").resolve(transcript);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode step = JSON.readTree(line);
                    if (step.path("id").asText().equals(id)) {
                        return step;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no step " + id + " in " + transcript);
    }
}
