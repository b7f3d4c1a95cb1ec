package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.TagMappingStore;
import dev.hydrant.core.tags.TagMappingWrites;
import dev.hydrant.core.tags.TagStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/** Mappings and interned tags in SQLite ({@code V4__tags.sql}). */
final class SqliteTagMappingStore implements TagMappingStore {
    /** A tag's text from its parts, as hydrus combines them. */
    static final String TAG_TEXT = "CASE WHEN n.namespace = '' THEN (CASE WHEN instr(s.subtag, ':') > 0 "
            + "THEN ':' || s.subtag ELSE s.subtag END) ELSE n.namespace || ':' || s.subtag END";
    static final String TAG_JOIN = "JOIN tags t ON t.tag_id = m.tag_id JOIN namespaces n ON n.namespace_id = "
            + "t.namespace_id JOIN subtags s ON s.subtag_id = t.subtag_id";

    private final SqliteDatabase db;

    SqliteTagMappingStore(SqliteDatabase db) {
        this.db = db;
    }

    static String table(TagStatus status) {
        return switch (status) {
            case CURRENT -> "current_mappings";
            case PENDING -> "pending_mappings";
            case DELETED -> "deleted_mappings";
            case PETITIONED -> "petitioned_mappings";
        };
    }

    @Override
    public <T> T write(Function<TagMappingWrites, T> work) {
        return db.write(c -> work.apply(new SqliteTagMappingWrites(c)));
    }

    @Override
    public void forEachTag(TagVisitor visitor) {
        db.read(c -> sql("reading tags", () -> {
            try (var st = c.prepareStatement("SELECT t.tag_id, " + TAG_TEXT + " FROM tags t "
                    + "JOIN namespaces n ON n.namespace_id = t.namespace_id JOIN subtags s ON s.subtag_id = t.subtag_id");
                 var rs = st.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(rs.getInt(1), rs.getString(2));
                }
            }
            return null;
        }));
    }

    @Override
    public void forEachLiveMapping(MappingVisitor visitor) {
        db.read(c -> sql("reading mappings", () -> {
            Map<Long, ByteKey> keys = serviceKeys(c);
            for (TagStatus status : new TagStatus[]{TagStatus.CURRENT, TagStatus.PENDING}) {
                try (var st = c.prepareStatement("SELECT service_id, tag_id, hash_id FROM " + table(status));
                     var rs = st.executeQuery()) {
                    while (rs.next()) {
                        visitor.visit(keys.get(rs.getLong(1)), status, rs.getInt(2), rs.getLong(3));
                    }
                }
            }
            return null;
        }));
    }

    static Map<Long, ByteKey> serviceKeys(java.sql.Connection c) throws java.sql.SQLException {
        Map<Long, ByteKey> keys = new HashMap<>();
        try (var st = c.prepareStatement("SELECT service_id, service_key FROM services"); var rs = st.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getLong(1), ByteKey.of(rs.getBytes(2)));
            }
        }
        return keys;
    }

    @Override
    public Map<Long, Map<ByteKey, Map<TagStatus, Collection<String>>>> tagsOf(Collection<Long> fileIds) {
        Map<Long, Map<ByteKey, Map<TagStatus, Collection<String>>>> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        String ids = IdLists.ids(fileIds);
        return db.read(c -> sql("reading tags of files", () -> {
            Map<Long, ByteKey> keys = serviceKeys(c);
            for (TagStatus status : TagStatus.values()) {
                try (var st = c.prepareStatement("SELECT m.hash_id, m.service_id, " + TAG_TEXT + " FROM "
                        + table(status) + " m " + TAG_JOIN + " WHERE m.hash_id IN " + IN_IDS)) {
                    st.setString(1, ids);
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                    .computeIfAbsent(keys.get(rs.getLong(2)), k -> new EnumMap<>(TagStatus.class))
                                    .computeIfAbsent(status, k -> new ArrayList<>()).add(rs.getString(3));
                        }
                    }
                }
            }
            return out;
        }));
    }

    @Override
    public long count(ByteKey service, TagStatus status) {
        return db.read(c -> sql("counting mappings", () -> {
            try (var st = c.prepareStatement("SELECT count(*) FROM " + table(status)
                    + " WHERE service_id = (SELECT service_id FROM services WHERE service_key = ?)")) {
                st.setBytes(1, service.bytes());
                try (var rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        }));
    }
}
