package dev.hydrant.store.sqlite;

import dev.hydrant.core.options.OptionStore;

import java.util.Map;
import java.util.TreeMap;

/** Server options in SQLite ({@code server_options}, V24). */
final class SqliteOptionStore implements OptionStore {
    private final SqliteDatabase db;

    SqliteOptionStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (var st = c.prepareStatement("SELECT name, value FROM server_options"); var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public void put(String name, String value) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT OR REPLACE INTO server_options (name, value) VALUES (?, ?)")) {
                st.setString(1, name);
                st.setString(2, value);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(String name) {
        db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM server_options WHERE name = ?")) {
                st.setString(1, name);
                st.executeUpdate();
            }
            return null;
        });
    }
}
