package dev.hydrant.core.notes;

import java.util.Collection;
import java.util.Map;

/**
 * The notes of files as {@code file_metadata} shows them with {@code include_notes} (digest §8): name → text, names
 * in the order hydrus reads them back (the order each name was first used anywhere). One store query per batch.
 */
public final class FileNotes {
    private final NoteStore store;

    public FileNotes(NoteStore store) {
        this.store = store;
    }

    /** file id → notes, for the files among {@code fileIds} that have any. */
    public Map<Long, Map<String, String>> of(Collection<Long> fileIds) {
        return fileIds.isEmpty() ? Map.of() : store.notesOf(fileIds);
    }
}
