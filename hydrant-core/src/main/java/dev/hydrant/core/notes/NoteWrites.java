package dev.hydrant.core.notes;

import java.util.Collection;
import java.util.Map;

/** Note operations inside one transaction (see {@link NoteStore#write}). Plain writes; the rules live in {@link NoteEditor}. */
public interface NoteWrites {
    /** The file's notes as this transaction sees them, name → text in name order. */
    Map<String, String> notesOf(long fileId);

    /**
     * Sets each name to its text, in the map's order: the name is interned (hydrus interns it even when the text is
     * empty), an empty text removes the note, any other text replaces it.
     */
    void set(long fileId, Map<String, String> notes);

    /** Removes the notes of these names (interning the names, as hydrus does). */
    void delete(long fileId, Collection<String> names);
}
