package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.AccessKeyStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqliteAccessKeyStore implements AccessKeyStore {
    private static final String COLUMNS = "access_key, name, permits_everything, basic_permissions, search_tag_filter";
    private final SqliteDatabase db;
    private final JsonColumns json;

    SqliteAccessKeyStore(SqliteDatabase db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public List<AccessKey> all() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT " + COLUMNS + " FROM access_keys ORDER BY created_ms, name");
                 var rs = st.executeQuery()) {
                List<AccessKey> keys = new ArrayList<>();
                while (rs.next()) {
                    keys.add(row(rs));
                }
                return keys;
            }
        });
    }

    @Override
    public Optional<AccessKey> find(ByteKey key) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT " + COLUMNS + " FROM access_keys WHERE access_key_digest = ?")) {
                st.setBytes(1, KeyDigest.of(key));
                try (var rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<AccessKey>empty();
                }
            }
        });
    }

    private AccessKey row(ResultSet rs) throws SQLException {
        return new AccessKey(rs.getString(2), ByteKey.of(rs.getBytes(1)), rs.getInt(3) != 0,
                json.permissions(rs.getString(4)), json.tagFilter(rs.getString(5)));
    }

    @Override
    public void put(AccessKey key) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT INTO access_keys (access_key_digest, " + COLUMNS + ", created_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (access_key_digest) DO UPDATE SET name = excluded.name, "
                    + "permits_everything = excluded.permits_everything, basic_permissions = excluded.basic_permissions, "
                    + "search_tag_filter = excluded.search_tag_filter")) {
                st.setBytes(1, KeyDigest.of(key.key()));
                st.setBytes(2, key.key().bytes());
                st.setString(3, key.name());
                st.setInt(4, key.permitsEverything() ? 1 : 0);
                st.setString(5, json.permissions(key.basicPermissions()));
                st.setString(6, json.tagFilter(key.searchTagFilter()));
                st.setLong(7, System.currentTimeMillis());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean delete(ByteKey key) {
        return db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM access_keys WHERE access_key_digest = ?")) {
                st.setBytes(1, KeyDigest.of(key));
                return st.executeUpdate() > 0;
            }
        });
    }
}
