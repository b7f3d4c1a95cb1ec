/**
 * File notes (hydrus's "local notes" service): per file, note name → text. {@link dev.hydrant.core.notes.NoteEditor}
 * writes them ({@code /add_notes/set_notes} and {@code delete_notes}, with {@link dev.hydrant.core.notes.NoteMerge}
 * for {@code merge_cleverly}), {@link dev.hydrant.core.notes.FileNotes} reads them for {@code file_metadata}. The
 * {@link dev.hydrant.core.notes.NoteStore} port holds them; the {@link dev.hydrant.core.notes.NoteIndex} port is the
 * in-memory view the note search predicates run on.
 */
package dev.hydrant.core.notes;
