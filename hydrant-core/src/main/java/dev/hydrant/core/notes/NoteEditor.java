package dev.hydrant.core.notes;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code /add_notes/set_notes} and {@code /add_notes/delete_notes} use cases (digest §5.5, §9.6): notes of one
 * file, written in one store transaction per request, then told to the in-memory {@link NoteIndex}.
 *
 * <p>As hydrus does: a hash without a file id gets one when something is written to it (so notes of a file not
 * imported yet are kept); a plain set writes each text as given, an empty text removing its note; the answer is what
 * was written, empty texts included.
 */
public final class NoteEditor {
    private final NoteStore store;
    private final FileRecordStore files;
    private final FileResolver resolver;
    private final NoteIndex index;
    private final ReentrantLock commitOrder = new ReentrantLock();

    public NoteEditor(NoteStore store, FileRecordStore files, NoteIndex index) {
        this.store = store;
        this.files = files;
        this.resolver = new FileResolver(files);
        this.index = index;
    }

    /**
     * The one file a request names.
     *
     * @throws ApiException 404 for an unknown file id; 400 (with hydrus's odd text) unless exactly one file is named
     */
    public FileResolver.ResolvedFile oneFile(FileSelection selection) {
        List<FileResolver.ResolvedFile> resolved = resolver.resolve(selection);
        if (resolved.size() != 1) {
            throw ApiException.badRequest("There was no file identifier or hash given!");
        }
        return resolved.get(0);
    }

    /**
     * Sets notes of a file.
     *
     * @param offered name → text as the request gave them
     * @param merge   the {@code merge_cleverly} rules, or null for a plain set
     * @return what was written, name → text (for a plain set, {@code offered} itself)
     */
    public Map<String, String> set(FileResolver.ResolvedFile file, Map<String, String> offered, NoteMerge merge) {
        Map<String, String> notes = new LinkedHashMap<>(offered);
        if (merge == null && notes.isEmpty()) {
            return notes;
        }
        long fileId = fileId(file);
        commitOrder.lock();
        try {
            Change change = store.write(tx -> {
                Map<String, String> before = tx.notesOf(fileId);
                Map<String, String> writes = merge == null ? notes : merge.writes(before, notes);
                if (!writes.isEmpty()) {
                    tx.set(fileId, writes);
                }
                Map<String, String> after = new LinkedHashMap<>(before);
                writes.forEach((name, text) -> {
                    if (text.isEmpty()) {
                        after.remove(name);
                    } else {
                        after.put(name, text);
                    }
                });
                return new Change(writes, before.keySet(), after.keySet());
            });
            index.update(fileId, change.before(), change.after());
            return change.writes();
        } finally {
            commitOrder.unlock();
        }
    }

    /** Deletes the notes of these names from a file; names it does not have are ignored. */
    public void delete(FileResolver.ResolvedFile file, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Set<String> deleted = new LinkedHashSet<>(names);
        long fileId = fileId(file);
        commitOrder.lock();
        try {
            Change change = store.write(tx -> {
                Map<String, String> before = tx.notesOf(fileId);
                tx.delete(fileId, deleted);
                Set<String> after = new LinkedHashSet<>(before.keySet());
                after.removeAll(deleted);
                return new Change(Map.of(), before.keySet(), after);
            });
            index.update(fileId, change.before(), change.after());
        } finally {
            commitOrder.unlock();
        }
    }

    private record Change(Map<String, String> writes, Set<String> before, Set<String> after) {
    }

    private long fileId(FileResolver.ResolvedFile file) {
        if (file.fileId() != null) {
            return file.fileId();
        }
        ByteKey sha256 = file.sha256();
        return files.write(tx -> tx.idFor(sha256));
    }
}
