package dev.hydrant.app.importing;

import dev.hydrant.app.Library;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.importing.ImportResult;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.TagAction;
import dev.hydrant.core.tags.TagEditor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Imports straight into an opened data folder (no server running on it). */
public final class LibraryImportTarget implements ImportTarget {
    private final Library library;

    public LibraryImportTarget(Library library) {
        this.library = library;
    }

    @Override
    public Outcome add(Path file) throws IOException {
        try {
            ImportResult result = library.importer().importPath(file.toAbsolutePath().toString(), List.of(), false);
            return new Outcome(result.status().number(), result.note(), result.sha256().hex());
        } catch (ApiException e) {
            return new Outcome(4, e.getMessage(), null);
        }
    }

    @Override
    public String localTagService(String nameOrKey) {
        Optional<Service> service = Optional.empty();
        if (nameOrKey.matches("([0-9a-fA-F]{2})+")) {
            service = library.services().find(ByteKey.fromHex(nameOrKey));
        }
        if (service.isEmpty()) {
            service = library.services().findByName(nameOrKey);
        }
        Service found = service.orElseThrow(() -> new IllegalArgumentException("No service " + nameOrKey));
        if (found.type() != ServiceType.LOCAL_TAG) {
            throw new IllegalArgumentException(found.name() + " is not a local tag service.");
        }
        return found.key().hex();
    }

    @Override
    public void addTags(String hash, String serviceKey, Set<String> tags) {
        ByteKey sha256 = ByteKey.fromHex(hash);
        Long id = library.files().idsOf(List.of(sha256)).get(sha256);
        if (id == null || tags.isEmpty()) {
            return;
        }
        List<TagEditor.TagEdit> edits = tags.stream().map(t -> new TagEditor.TagEdit(t, TagEditor.DEFAULT_REASON))
                .toList();
        library.tagEditor().apply(List.of(id), new TagEditor.Request(
                Map.of(ByteKey.fromHex(serviceKey), Map.of(TagAction.ADD, edits)), true, true));
    }

    @Override
    public void close() {
        library.close();
    }
}
