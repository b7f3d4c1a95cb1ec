package dev.hydrant.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hydrant.core.urls.UrlClass;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.UrlClassDefinitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Where a library's URL classes come from: the defaults shipped in hydrant-core
 * ({@link UrlClassDefinitions#DEFAULTS_RESOURCE}), then the data folder's optional {@code url-classes.json}, whose
 * classes replace shipped ones of the same name, add new ones, or {@code remove} shipped ones (docs/URL_CLASSES.md).
 * A user file that does not parse or define valid classes stops the start with a message saying where.
 */
public final class UrlClassFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private UrlClassFiles() {
    }

    /** The shipped default classes. */
    public static List<UrlClass> defaults() {
        try (InputStream in = UrlClassDefinitions.class.getResourceAsStream(UrlClassDefinitions.DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + UrlClassDefinitions.DEFAULTS_RESOURCE);
            }
            return UrlClassDefinitions.read(JSON.readValue(in, Object.class), "default URL classes").classes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped classes with the data folder's own file over them (no parsers exist yet). */
    public static UrlClassCatalog load(DataFolder folder) throws IOException {
        List<UrlClass> classes = defaults();
        Path user = folder.urlClasses();
        if (Files.exists(user)) {
            Object tree;
            try {
                tree = JSON.readValue(user.toFile(), Object.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(user + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
            classes = UrlClassDefinitions.merge(classes, UrlClassDefinitions.read(tree, user.toString()));
        }
        return new UrlClassCatalog(classes, Set.of());
    }
}
