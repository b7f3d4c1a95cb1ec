package dev.hydrant.store.sqlite;

import dev.hydrant.core.notes.NoteStore;
import dev.hydrant.core.notes.NoteWrites;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/** File notes in SQLite ({@code V20__notes.sql}). */
final class SqliteNoteStore implements NoteStore {
    /** file id, name, text of notes, in name order per file. */
    static final String NOTES = "SELECT f.hash_id, n.name, t.text FROM file_notes f "
            + "JOIN note_names n ON n.name_id = f.name_id JOIN note_texts t ON t.text_id = f.text_id ";

    private final SqliteDatabase db;

    SqliteNoteStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T write(Function<NoteWrites, T> work) {
        return db.write(c -> work.apply(new SqliteNoteWrites(c)));
    }

    @Override
    public Map<Long, Map<String, String>> notesOf(Collection<Long> fileIds) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        String ids = IdLists.ids(fileIds);
        return db.read(c -> sql("reading notes of files", () -> {
            try (var st = c.prepareStatement(NOTES + "WHERE f.hash_id IN " + IN_IDS
                    + " ORDER BY f.hash_id, f.name_id")) {
                st.setString(1, ids);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            return out;
        }));
    }

    @Override
    public void forEachNoteName(NameVisitor visitor) {
        db.read(c -> sql("reading note names", () -> {
            // file_notes first (CROSS JOIN keeps that order): rows come in primary-key order, ids increasing, no sort
            try (var st = c.prepareStatement("SELECT f.hash_id, n.name FROM file_notes f "
                    + "CROSS JOIN note_names n ON n.name_id = f.name_id");
                 var rs = st.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(rs.getLong(1), rs.getString(2));
                }
            }
            return null;
        }));
    }
}
