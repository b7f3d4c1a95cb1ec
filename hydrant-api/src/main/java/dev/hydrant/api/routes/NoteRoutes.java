package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.notes.ConflictResolution;
import dev.hydrant.core.notes.NoteEditor;
import dev.hydrant.core.notes.NoteMerge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /add_notes/set_notes} and {@code /add_notes/delete_notes} (digest §5.5, §9.6), arguments checked in hydrus's
 * order: the files (exactly one), then the notes or names, then the merge options.
 */
public final class NoteRoutes {
    private final NoteEditor editor;

    public NoteRoutes(NoteEditor editor) {
        this.editor = editor;
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/add_notes/set_notes", this::setNotes),
                ClientApiSurface.route("/add_notes/delete_notes", this::deleteNotes));
    }

    private ApiResponse setNotes(ApiRequest r) {
        ApiArguments args = r.args();
        FileResolver.ResolvedFile file = editor.oneFile(FileSelectorArgs.parse(args));
        Map<String, String> notes = args.requireStringMap("notes");
        NoteMerge merge = null;
        if (args.getBoolean("merge_cleverly", false)) {
            boolean extend = args.getBoolean("extend_existing_note_if_possible", true);
            long conflict = args.getLong("conflict_resolution", ConflictResolution.RENAME.ordinal());
            merge = new NoteMerge(extend, ConflictResolution.of(conflict).orElseThrow(() -> ApiException.badRequest(
                    "The given conflict resolution type was not in the allowed range!")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notes", editor.set(file, notes, merge));
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse deleteNotes(ApiRequest r) {
        ApiArguments args = r.args();
        FileResolver.ResolvedFile file = editor.oneFile(FileSelectorArgs.parse(args));
        args.require("note_names", ArgType.LIST);
        List<String> names = args.getList("note_names", ArgType.STRING).orElseThrow().stream()
                .map(String.class::cast).toList();
        editor.delete(file, names);
        return ApiResponse.empty();
    }
}
