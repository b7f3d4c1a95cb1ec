package dev.hydrant.app;

import dev.hydrant.core.files.FileType;

import java.util.HashSet;
import java.util.Set;

/**
 * The Content-Type values a POST body may carry: every key of hydrus's mime lookup — the mimes of
 * {@link FileType} with their aliases (JSON, CBOR and application/octet-stream among them) and the bare group
 * names the lookup also holds. Anything else is a 400.
 */
final class RecognisedContentTypes {
    static final Set<String> ALL;

    static {
        Set<String> all = new HashSet<>(FileType.knownMimes());
        all.addAll(Set.of("image", "application", "video"));
        ALL = Set.copyOf(all);
    }

    private RecognisedContentTypes() {
    }
}
