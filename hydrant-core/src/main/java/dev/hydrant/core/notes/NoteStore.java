package dev.hydrant.core.notes;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * The persistent notes: per file, name → text, names and texts each stored once (hydrus interns both). A file's
 * notes are in the order their names were first interned anywhere (hydrus's order when it reads notes from its
 * database). Reads outside {@link #write} see the latest committed state; a batch read is one statement whatever its
 * size.
 */
public interface NoteStore {
    /** A (file, note name) pair as loaded at start-up. */
    @FunctionalInterface
    interface NameVisitor {
        void visit(long fileId, String name);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<NoteWrites, T> work);

    /** file id → its notes (name → text, in name order) for the files among {@code fileIds} that have any. */
    Map<Long, Map<String, String>> notesOf(Collection<Long> fileIds);

    /** Every (file, note name) pair: what the in-memory note index holds. */
    void forEachNoteName(NameVisitor visitor);
}
