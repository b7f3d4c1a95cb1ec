package dev.hydrant.store.sqlite;

import dev.hydrant.core.notes.NoteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteNoteStoreTest {
    @TempDir
    Path dir;
    private SqliteMetadataStore store;
    private NoteStore notes;

    @BeforeEach
    void open() {
        store = SqliteMetadataStore.open(dir.resolve("hydrant.db"));
        notes = store.notes();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Map<String, String> map(String... namesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return m;
    }

    private long count(String table) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hydrant.db"));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void textsAreStoredOnceAndEmptyTextsRemoveNotes() throws Exception {
        String long1 = "x".repeat(100_000);
        notes.write(tx -> {
            tx.set(1, map("a", long1, "b", "short"));
            tx.set(2, map("a", long1, "c", "short"));
            return null;
        });
        assertThat(count("note_texts")).isEqualTo(2);
        assertThat(count("file_notes")).isEqualTo(4);
        notes.write(tx -> {
            tx.set(1, map("a", ""));
            return null;
        });
        assertThat(notes.notesOf(List.of(1L, 2L, 3L))).containsOnlyKeys(1L, 2L);
        assertThat(notes.notesOf(List.of(1L)).get(1L)).containsExactly(Map.entry("b", "short"));
        // a lone surrogate and "?" are different texts
        notes.write(tx -> {
            tx.set(3, map("q", "?", "s", "\uD800"));
            return null;
        });
        assertThat(count("note_texts")).isEqualTo(4);
    }

    @Test
    void notesComeInTheOrderTheirNamesWereFirstUsedAnywhere() {
        notes.write(tx -> {
            tx.set(1, map("alpha", "1"));
            tx.delete(1, List.of("beta"));      // interns "beta" as hydrus does
            tx.set(2, map("zeta", "z", "beta", "b", "alpha", "a"));
            return null;
        });
        assertThat(new ArrayList<>(notes.notesOf(List.of(2L)).get(2L).keySet()))
                .containsExactly("alpha", "beta", "zeta");
        // overwriting keeps the place; the order inside a transaction is the same
        notes.write(tx -> {
            tx.set(2, map("alpha", "changed"));
            assertThat(new ArrayList<>(tx.notesOf(2).keySet())).containsExactly("alpha", "beta", "zeta");
            return null;
        });
        List<String> loaded = new ArrayList<>();
        notes.forEachNoteName((file, name) -> loaded.add(file + ":" + name));
        assertThat(loaded).containsExactlyInAnyOrder("1:alpha", "2:alpha", "2:beta", "2:zeta");
    }

    @Test
    void aFailedTransactionLeavesNothing() {
        assertThatThrownBy(() -> notes.write(tx -> {
            tx.set(7, map("n", "text"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(notes.notesOf(List.of(7L))).isEmpty();
    }
}
