package dev.hydrant.core.urls;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The shipped default URL classes, read the way the app reads them (Jackson into the JSON data model). */
final class DefaultClasses {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<UrlClass> CLASSES = load();

    private DefaultClasses() {
    }

    static List<UrlClass> classes() {
        return CLASSES;
    }

    static UrlNormaliser normaliser() {
        return new UrlNormaliser(new UrlClassCatalog(CLASSES, Set.of()));
    }

    static Object tree(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UrlClass> load() {
        try (InputStream in = UrlClassDefinitions.class.getResourceAsStream(UrlClassDefinitions.DEFAULTS_RESOURCE)) {
            return UrlClassDefinitions.read(JSON.readValue(in, Object.class), "defaults").classes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
