package dev.hydrant.app.importing;

import dev.hydrant.core.tags.TagCleaner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tag sidecars as hydrus's import folders read them: next to {@code picture.jpg}, a {@code picture.jpg.txt} with
 * one tag per line. Lines are trimmed, blank ones skipped, and the tags cleaned as hydrus cleans tags (those that
 * come out empty are dropped). A sidecar is not itself imported.
 */
public final class Sidecars {
    static final String SUFFIX = ".txt";

    private Sidecars() {
    }

    /** The files to import: everything but the sidecars of other files in the list. */
    public static List<Path> withoutSidecars(List<Path> files) {
        Set<Path> all = new HashSet<>(files);
        List<Path> out = new ArrayList<>();
        for (Path file : files) {
            if (!isSidecarOf(file, all)) {
                out.add(file);
            }
        }
        return out;
    }

    private static boolean isSidecarOf(Path file, Set<Path> all) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            return false;
        }
        return all.contains(file.resolveSibling(name.substring(0, name.length() - SUFFIX.length())));
    }

    /** The sidecar of a file, whether or not it exists. */
    public static Path sidecarOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /** The clean tags of a file's sidecar; empty when it has none. */
    public static Set<String> tagsFor(Path file) throws IOException {
        Path sidecar = sidecarOf(file);
        if (!Files.isRegularFile(sidecar)) {
            return Set.of();
        }
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(Files.readAllBytes(sidecar))).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            String tag = line.strip();
            if (!tag.isEmpty()) {
                lines.add(tag);
            }
        }
        return TagCleaner.cleanTags(lines);
    }
}
