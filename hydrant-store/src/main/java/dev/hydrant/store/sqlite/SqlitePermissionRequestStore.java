package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.PermissionRequestStore;
import dev.hydrant.core.tags.TagFilter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqlitePermissionRequestStore implements PermissionRequestStore {
    private final SqliteDatabase db;
    private final JsonColumns json;

    SqlitePermissionRequestStore(SqliteDatabase db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Optional<Instant> windowOpenUntil() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT open_until_ms FROM permission_request_window WHERE id = 1");
                 var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
            }
        });
    }

    @Override
    public void openWindow(Instant until) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT OR REPLACE INTO permission_request_window (id, open_until_ms) VALUES (1, ?)")) {
                st.setLong(1, until.toEpochMilli());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void closeWindow() {
        db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM permission_request_window")) {
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void addPending(AccessKey requested) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT INTO pending_permission_requests (access_key_digest, access_key, "
                    + "name, permits_everything, basic_permissions, requested_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setBytes(1, KeyDigest.of(requested.key()));
                st.setBytes(2, requested.key().bytes());
                st.setString(3, requested.name());
                st.setInt(4, requested.permitsEverything() ? 1 : 0);
                st.setString(5, json.permissions(requested.basicPermissions()));
                st.setLong(6, System.currentTimeMillis());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AccessKey> pending() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT access_key, name, permits_everything, basic_permissions "
                    + "FROM pending_permission_requests ORDER BY requested_ms");
                 var rs = st.executeQuery()) {
                List<AccessKey> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(row(rs));
                }
                return result;
            }
        });
    }

    private AccessKey row(ResultSet rs) throws SQLException {
        return new AccessKey(rs.getString(2), ByteKey.of(rs.getBytes(1)), rs.getInt(3) != 0,
                json.permissions(rs.getString(4)), TagFilter.allowingEverything());
    }

    @Override
    public Optional<AccessKey> takePending(ByteKey key) {
        return db.write(c -> {
            byte[] digest = KeyDigest.of(key);
            Optional<AccessKey> found;
            try (var st = c.prepareStatement("SELECT access_key, name, permits_everything, basic_permissions "
                    + "FROM pending_permission_requests WHERE access_key_digest = ?")) {
                st.setBytes(1, digest);
                try (var rs = st.executeQuery()) {
                    found = rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
            try (var st = c.prepareStatement("DELETE FROM pending_permission_requests WHERE access_key_digest = ?")) {
                st.setBytes(1, digest);
                st.executeUpdate();
            }
            return found;
        });
    }
}
