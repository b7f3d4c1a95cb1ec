package dev.hydrant.store.sqlite;

import dev.hydrant.core.tags.FavouriteTagStore;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

final class SqliteFavouriteTagStore implements FavouriteTagStore {
    private final SqliteDatabase db;

    SqliteFavouriteTagStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Set<String> load() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT tag FROM favourite_tags"); var rs = st.executeQuery()) {
                Set<String> tags = new LinkedHashSet<>();
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
                return tags;
            }
        });
    }

    @Override
    public void replace(Collection<String> tags) {
        db.write(c -> {
            try (var delete = c.prepareStatement("DELETE FROM favourite_tags");
                 var insert = c.prepareStatement("INSERT OR IGNORE INTO favourite_tags (tag) VALUES (?)")) {
                delete.executeUpdate();
                for (String tag : tags) {
                    insert.setString(1, tag);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
