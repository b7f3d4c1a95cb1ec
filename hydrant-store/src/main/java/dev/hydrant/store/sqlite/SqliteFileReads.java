package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileReads;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.HashType;
import dev.hydrant.core.files.MediaFlags;
import dev.hydrant.core.files.MediaProperties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.hydrant.store.sqlite.IdLists.IN_HASHES;
import static dev.hydrant.store.sqlite.IdLists.IN_IDS;

/** The file tables read through one connection: one statement per table for any batch. */
class SqliteFileReads implements FileReads {
    /** A statement body that may throw SQLException. */
    @FunctionalInterface
    interface Sql<T> {
        T run() throws SQLException;
    }

    protected final Connection c;

    SqliteFileReads(Connection c) {
        this.c = c;
    }

    static <T> T sql(String what, Sql<T> body) {
        try {
            return body.run();
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    @Override
    public Map<ByteKey, Long> idsOf(Collection<ByteKey> sha256s) {
        Map<ByteKey, Long> out = new HashMap<>();
        if (sha256s.isEmpty()) {
            return out;
        }
        return sql("reading hash ids", () -> {
            try (var st = c.prepareStatement("SELECT sha256, hash_id FROM hashes WHERE sha256 IN " + IN_HASHES)) {
                st.setString(1, IdLists.hashes(sha256s));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(ByteKey.of(rs.getBytes(1)), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, ByteKey> hashesOf(Collection<Long> fileIds) {
        Map<Long, ByteKey> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        return sql("reading hashes", () -> {
            try (var st = c.prepareStatement("SELECT hash_id, sha256 FROM hashes WHERE hash_id IN " + IN_IDS)) {
                st.setString(1, IdLists.ids(fileIds));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), ByteKey.of(rs.getBytes(2)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, FileState> states(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        String ids = IdLists.ids(fileIds);
        return statesWhere("IN " + IN_IDS, st -> st.setString(1, ids));
    }

    /** The states of every file with an id from {@code from} to {@code to} (inclusive), by range scans. */
    Map<Long, FileState> statesBetween(long from, long to) {
        return statesWhere("BETWEEN ? AND ?", st -> {
            st.setLong(1, from);
            st.setLong(2, to);
        });
    }

    /** Binds the parameters of an id condition. */
    @FunctionalInterface
    interface Binder {
        void bind(java.sql.PreparedStatement st) throws SQLException;
    }

    /**
     * The states of the files whose id satisfies {@code cond} (an SQL condition on the id column, e.g.
     * {@code IN (json_each(?))} or {@code BETWEEN ? AND ?}) with its parameters bound by {@code bind}.
     */
    private Map<Long, FileState> statesWhere(String cond, Binder bind) {
        return sql("reading file states", () -> {
            Map<Long, ByteKey> hashes = new HashMap<>();
            Map<Long, FileRecord> records = new HashMap<>();
            try (var st = c.prepareStatement("""
                    SELECT h.hash_id, h.sha256, i.size, i.filetype, i.original_filetype, i.width, i.height,
                           i.duration_ms, i.num_frames, i.num_words, i.has_audio, i.flags, i.blurhash, p.sha256,
                           i.file_modified_ms
                    FROM hashes h
                    LEFT JOIN files_info i ON i.hash_id = h.hash_id
                    LEFT JOIN hashes p ON p.hash_id = i.pixel_hash_id
                    WHERE h.hash_id \s""" + cond)) {
                bind.bind(st);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        ByteKey sha256 = ByteKey.of(rs.getBytes(2));
                        hashes.put(id, sha256);
                        if (rs.getObject(3) != null) {
                            records.put(id, record(id, sha256, rs));
                        }
                    }
                }
            }
            Map<Long, Map<ByteKey, Long>> current = new HashMap<>();
            try (var st = c.prepareStatement("SELECT c.hash_id, s.service_key, c.imported_ms FROM current_files c "
                    + "JOIN services s ON s.service_id = c.service_id WHERE c.hash_id " + cond
                    + " ORDER BY c.service_id")) {
                bind.bind(st);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        current.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(ByteKey.of(rs.getBytes(2)), rs.getLong(3));
                    }
                }
            }
            Map<Long, Map<ByteKey, FileLocations.Deletion>> deleted = new HashMap<>();
            try (var st = c.prepareStatement("SELECT d.hash_id, s.service_key, d.deleted_ms, d.original_imported_ms "
                    + "FROM deleted_files d JOIN services s ON s.service_id = d.service_id WHERE d.hash_id " + cond
                    + " ORDER BY d.service_id")) {
                bind.bind(st);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        deleted.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(ByteKey.of(rs.getBytes(2)), new FileLocations.Deletion(
                                        nullableLong(rs, 3), nullableLong(rs, 4)));
                    }
                }
            }
            Set<Long> inbox = idSet("SELECT hash_id FROM file_inbox WHERE hash_id " + cond, bind);
            Map<Long, Long> archived = idToLong(
                    "SELECT hash_id, archived_ms FROM file_archived_times WHERE hash_id " + cond, bind);
            Map<Long, String> reasons = new HashMap<>();
            try (var st = c.prepareStatement(
                    "SELECT hash_id, reason FROM file_deletion_reasons WHERE hash_id " + cond)) {
                bind.bind(st);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        reasons.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            Map<Long, FileState> out = new HashMap<>();
            for (Map.Entry<Long, ByteKey> e : hashes.entrySet()) {
                long id = e.getKey();
                FileLocations locations = new FileLocations(current.getOrDefault(id, Map.of()),
                        deleted.getOrDefault(id, Map.of()));
                out.put(id, new FileState(id, e.getValue(), records.get(id), locations, inbox.contains(id),
                        archived.get(id), reasons.get(id)));
            }
            return out;
        });
    }

    private static FileRecord record(long id, ByteKey sha256, ResultSet rs) throws SQLException {
        FileType type = FileType.fromNumber(rs.getInt(4)).orElse(FileType.APPLICATION_UNKNOWN);
        Integer original = nullableInt(rs, 5);
        FileType originalType = original == null ? null : FileType.fromNumber(original).orElse(null);
        Integer hasAudio = nullableInt(rs, 11);
        byte[] pixel = rs.getBytes(14);
        MediaProperties media = new MediaProperties(nullableInt(rs, 6), nullableInt(rs, 7), nullableLong(rs, 8),
                nullableInt(rs, 9), nullableInt(rs, 10), hasAudio == null ? null : hasAudio != 0,
                MediaFlags.fromBits(rs.getInt(12)), rs.getString(13), pixel == null ? null : ByteKey.of(pixel));
        return new FileRecord(id, sha256, rs.getLong(3), type, originalType, media, nullableLong(rs, 15));
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private Set<Long> idSet(String query, Binder bind) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (var st = c.prepareStatement(query)) {
            bind.bind(st);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private Map<Long, Long> idToLong(String query, Binder bind) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (var st = c.prepareStatement(query)) {
            bind.bind(st);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private Set<Long> idSet(String query, String ids) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (var st = c.prepareStatement(query)) {
            st.setString(1, ids);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private Map<Long, Long> idToLong(String query, String ids) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (var st = c.prepareStatement(query)) {
            st.setString(1, ids);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    @Override
    public Map<ByteKey, ByteKey> translate(Collection<ByteKey> hashes, HashType from, HashType to) {
        Map<ByteKey, ByteKey> out = new HashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        String query = "SELECT " + column(from) + ", " + column(to)
                + " FROM hashes h JOIN file_hashes f ON f.hash_id = h.hash_id WHERE " + column(from) + " IN "
                + IN_HASHES;
        return sql("translating hashes", () -> {
            try (var st = c.prepareStatement(query)) {
                st.setString(1, IdLists.hashes(hashes));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(ByteKey.of(rs.getBytes(1)), ByteKey.of(rs.getBytes(2)));
                    }
                }
            }
            return out;
        });
    }

    private static String column(HashType type) {
        return switch (type) {
            case SHA256 -> "h.sha256";
            case MD5 -> "f.md5";
            case SHA1 -> "f.sha1";
            case SHA512 -> "f.sha512";
        };
    }

    @Override
    public Map<Long, Long> currentIn(ByteKey service, Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        return sql("reading a file domain", () -> {
            try (var st = c.prepareStatement("SELECT hash_id, imported_ms FROM current_files WHERE service_id = "
                    + SERVICE_ID + " AND hash_id IN " + IN_IDS)) {
                st.setBytes(1, service.bytes());
                st.setString(2, IdLists.ids(fileIds));
                Map<Long, Long> out = new HashMap<>();
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getLong(2));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Long> allCurrentIn(ByteKey service) {
        return sql("reading a file domain", () -> {
            try (var st = c.prepareStatement("SELECT hash_id FROM current_files WHERE service_id = " + SERVICE_ID
                    + " ORDER BY hash_id")) {
                st.setBytes(1, service.bytes());
                List<Long> out = new ArrayList<>();
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<Long, FileLocations.Deletion> deletedFrom(ByteKey service, Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        return sql("reading deletion records", () -> {
            try (var st = c.prepareStatement("SELECT hash_id, deleted_ms, original_imported_ms FROM deleted_files "
                    + "WHERE service_id = " + SERVICE_ID + " AND hash_id IN " + IN_IDS)) {
                st.setBytes(1, service.bytes());
                st.setString(2, IdLists.ids(fileIds));
                Map<Long, FileLocations.Deletion> out = new HashMap<>();
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new FileLocations.Deletion(nullableLong(rs, 2), nullableLong(rs, 3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<Long, dev.hydrant.core.files.FileTimes> timesOf(Collection<Long> fileIds) {
        return new SqliteFileTimes(c).of(fileIds);
    }

    @Override
    public Set<Long> inInbox(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Set.of();
        }
        return sql("reading the inbox", () -> idSet("SELECT hash_id FROM file_inbox WHERE hash_id IN " + IN_IDS,
                IdLists.ids(fileIds)));
    }

    @Override
    public List<QueuedRemoval> queuedRemovals(long queuedBeforeMs, int limit) {
        return sql("reading the removal queue", () -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT q.hash_id, h.sha256, i.filetype, q.queued_ms
                    FROM file_removal_queue q
                    JOIN hashes h ON h.hash_id = q.hash_id
                    JOIN files_info i ON i.hash_id = q.hash_id
                    WHERE q.queued_ms < ? ORDER BY q.queued_ms LIMIT ?""")) {
                st.setLong(1, queuedBeforeMs);
                st.setInt(2, limit);
                List<QueuedRemoval> out = new ArrayList<>();
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QueuedRemoval(rs.getLong(1), ByteKey.of(rs.getBytes(2)),
                                FileType.fromNumber(rs.getInt(3)).orElse(FileType.APPLICATION_UNKNOWN),
                                rs.getLong(4)));
                    }
                }
                return out;
            }
        });
    }

    /** The service id of the service key bound to the statement's parameter at this place. */
    static final String SERVICE_ID = "(SELECT service_id FROM services WHERE service_key = ?)";
}
