package dev.hydrant.core.notes;

import java.util.Set;

/**
 * The in-memory note data the search predicates run on ({@code system:has notes}, {@code system:number of notes},
 * {@code system:has note with name}), told about every committed change.
 */
public interface NoteIndex {
    /** A file's note names changed from {@code before} to {@code after} (a commit happened). */
    void update(long fileId, Set<String> before, Set<String> after);
}
