package dev.hydrant.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The sample media folder a scenario refers to by file name: absolute paths (joined like Python's
 * {@code os.path.join}), file bytes and their sha256, cached per instance.
 */
final class MediaLibrary {

    private final String dir;
    private final Map<String, String> sha256ByName = new HashMap<>();

    MediaLibrary(Path dir) {
        this.dir = dir.toAbsolutePath().normalize().toString();
    }

    /** The absolute folder, as recorded paths start with it. */
    String dir() {
        return dir;
    }

    /** The absolute path of a media file; an unknown name is an error, as in record.py. */
    String path(String name) {
        String p = name.startsWith("/") ? name : dir + (dir.endsWith("/") ? "" : "/") + name;
        if (!Files.exists(Path.of(p))) {
            throw new IllegalArgumentException("unknown media file " + PythonValues.strRepr(name));
        }
        return p;
    }

    byte[] bytes(String name) {
        try {
            return Files.readAllBytes(Path.of(path(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hex sha256 of a media file. */
    String sha256(String name) {
        return sha256ByName.computeIfAbsent(name, n -> ResponseDescriber.sha256(bytes(n)));
    }
}
