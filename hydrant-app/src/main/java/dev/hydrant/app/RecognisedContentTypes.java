package dev.hydrant.app;

import dev.hydrant.core.files.FileType;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Content-Type values a POST body may carry: hydrus's mime table (every mime of {@link FileType}, which
 * includes JSON, CBOR and application/octet-stream). Anything else is a 400.
 */
final class RecognisedContentTypes {
    static final Set<String> ALL = java.util.Arrays.stream(FileType.values()).map(FileType::mime)
            .filter(m -> m != null && !m.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private RecognisedContentTypes() {
    }
}
