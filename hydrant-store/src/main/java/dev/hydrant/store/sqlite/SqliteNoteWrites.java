package dev.hydrant.store.sqlite;

import dev.hydrant.core.notes.NoteWrites;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/**
 * Note writes on the writer connection. A request writes the notes of one file; each step (interning, removal,
 * insertion) is one prepared statement run as a batch over the request's names.
 */
final class SqliteNoteWrites implements NoteWrites {
    private final Connection c;

    SqliteNoteWrites(Connection c) {
        this.c = c;
    }

    @Override
    public Map<String, String> notesOf(long fileId) {
        return sql("reading notes of a file", () -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (var st = c.prepareStatement(SqliteNoteStore.NOTES + "WHERE f.hash_id = ? ORDER BY f.name_id")) {
                st.setLong(1, fileId);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void set(long fileId, Map<String, String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        sql("setting notes", () -> {
            internNames(notes.keySet());
            remove(fileId, notes.keySet());
            try (var text = c.prepareStatement("INSERT OR IGNORE INTO note_texts (text_key, text) VALUES (?, ?)");
                 var note = c.prepareStatement("INSERT INTO file_notes (hash_id, name_id, text_id) VALUES (?, "
                         + "(SELECT name_id FROM note_names WHERE name = ?), "
                         + "(SELECT text_id FROM note_texts WHERE text_key = ?))")) {
                boolean any = false;
                for (Map.Entry<String, String> e : notes.entrySet()) {
                    if (e.getValue().isEmpty()) {
                        continue;
                    }
                    byte[] key = textKey(e.getValue());
                    text.setBytes(1, key);
                    text.setString(2, e.getValue());
                    text.addBatch();
                    note.setLong(1, fileId);
                    note.setString(2, e.getKey());
                    note.setBytes(3, key);
                    note.addBatch();
                    any = true;
                }
                if (any) {
                    text.executeBatch();
                    note.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public void delete(long fileId, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        sql("deleting notes", () -> {
            internNames(names);
            remove(fileId, names);
            return null;
        });
    }

    private void internNames(Collection<String> names) throws java.sql.SQLException {
        try (var st = c.prepareStatement("INSERT OR IGNORE INTO note_names (name) VALUES (?)")) {
            for (String name : names) {
                st.setString(1, name);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void remove(long fileId, Collection<String> names) throws java.sql.SQLException {
        try (var st = c.prepareStatement("DELETE FROM file_notes WHERE hash_id = ? "
                + "AND name_id = (SELECT name_id FROM note_names WHERE name = ?)")) {
            for (String name : names) {
                st.setLong(1, fileId);
                st.setString(2, name);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * How a text is found among the interned ones: the SHA-256 of its UTF-16 code units (lossless even for a lone
     * surrogate, which an encoding to UTF-8 would replace).
     */
    static byte[] textKey(String text) {
        byte[] units = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            units[2 * i] = (byte) (ch >>> 8);
            units[2 * i + 1] = (byte) ch;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(units);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
