package dev.hydrant.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The shared media corpus ({@code shared/media}) and what real hydrus 682 said about each file
 * ({@code ground-truth.json}). The folder comes from the {@code hydrant.shared} system property
 * (set by the root pom), falling back to {@code ../shared} beside the repository root.
 */
public final class SharedMedia {

    private static final Path MEDIA = locate().resolve("media");
    private static final JsonNode GROUND_TRUTH = read(MEDIA.resolve("ground-truth.json"));

    private SharedMedia() {
    }

    public static Path dir() {
        return MEDIA;
    }

    public static Path file(String name) {
        return MEDIA.resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every media file name recorded in the ground truth, in name order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = GROUND_TRUTH.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.startsWith("_")) {
                names.add(name);
            }
        }
        names.sort(String::compareTo);
        return names;
    }

    public static JsonNode record(String name) {
        return GROUND_TRUTH.path(name);
    }

    /** {@code file_metadata.metadata} of a file. */
    public static JsonNode metadata(String name) {
        return record(name).path("file_metadata").path("metadata");
    }

    /** The {@code generate_hashes} response body of a file. */
    public static JsonNode generatedHashes(String name) {
        return record(name).path("generate_hashes").path("json");
    }

    public static Optional<String> pixelHash(String name) {
        return text(generatedHashes(name).path("pixel_hash"));
    }

    public static List<String> perceptualHashes(String name) {
        List<String> out = new ArrayList<>();
        generatedHashes(name).path("perceptual_hashes").forEach(n -> out.add(n.asText()));
        return out;
    }

    public static Optional<String> blurhash(String name) {
        return text(metadata(name).path("blurhash"));
    }

    /** Files for which hydrus computed a pixel hash: the still images it could decode. */
    public static List<String> stillImages() {
        return names().stream().filter(n -> pixelHash(n).isPresent()).toList();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static Path locate() {
        String property = System.getProperty("hydrant.shared");
        if (property != null && Files.isDirectory(Path.of(property).resolve("media"))) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve(".git")) || Files.isRegularFile(dir.resolve(".git"))) {
                Path shared = dir.resolveSibling("shared");
                if (Files.isDirectory(shared.resolve("media"))) {
                    return shared;
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the shared media folder: set -Dhydrant.shared");
    }

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
