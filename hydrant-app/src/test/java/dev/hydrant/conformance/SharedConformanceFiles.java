package dev.hydrant.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared conformance corpus (scenarios, transcripts, media, record.py). Found through the system property
 * {@code hydrant.shared} (set by the root pom's surefire configuration), else {@code ../shared} next to the
 * repository root (the nearest folder upwards from the working directory that holds {@code hydrant-app}).
 */
public record SharedConformanceFiles(Path root) {

    public static SharedConformanceFiles locate() {
        String property = System.getProperty("hydrant.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "conformance"))) {
            return new SharedConformanceFiles(Path.of(property).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("hydrant-app"))) {
            dir = dir.getParent();
        }
        Path repoRoot = dir == null ? Path.of("").toAbsolutePath() : dir;
        Path fallback = repoRoot.resolve("../shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(fallback.resolve("conformance"))) {
            throw new IllegalStateException("shared conformance folder not found (hydrant.shared=" + property
                    + ", fallback " + fallback + ")");
        }
        return new SharedConformanceFiles(fallback);
    }

    public Path conformance() {
        return root.resolve("conformance");
    }

    public Path media() {
        return root.resolve("media");
    }

    public Path recordPy() {
        return conformance().resolve("tools/record.py");
    }

    public Path scenario(String name) {
        return conformance().resolve("scenarios/" + name + ".json");
    }

    public Path transcript(String name) {
        return conformance().resolve("transcripts/" + name + ".jsonl");
    }

    /** The scenario names ({@code 01_access_sessions} ...) that have a recorded transcript, sorted. */
    public List<String> recordedScenarios() {
        try (Stream<Path> files = Files.list(conformance().resolve("transcripts"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jsonl"))
                    .map(n -> n.substring(0, n.length() - ".jsonl".length()))
                    .filter(n -> Files.exists(scenario(n)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
