package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.Tag;
import dev.hydrant.core.tags.TagMappingWrites;
import dev.hydrant.core.tags.TagStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;
import static dev.hydrant.store.sqlite.SqliteTagMappingStore.table;

/**
 * Mapping writes on the writer connection. Every batch is one statement: the file ids travel as one JSON array
 * ({@code json_each}), so N files cost one statement, not N.
 */
final class SqliteTagMappingWrites implements TagMappingWrites {
    private final Connection c;
    private final Map<ByteKey, Long> serviceIds = new HashMap<>();

    SqliteTagMappingWrites(Connection c) {
        this.c = c;
    }

    long serviceId(ByteKey service) throws SQLException {
        Long cached = serviceIds.get(service);
        if (cached != null) {
            return cached;
        }
        try (var st = c.prepareStatement("SELECT service_id FROM services WHERE service_key = ?")) {
            st.setBytes(1, service.bytes());
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no service with key " + service.hex());
                }
                serviceIds.put(service, rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Map<String, Integer> intern(Collection<String> tags) {
        return internTags(c, tags);
    }

    static Map<String, Integer> internTags(Connection c, Collection<String> tags) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (tags.isEmpty()) {
            return out;
        }
        return sql("interning tags", () -> {
            try (var insNs = c.prepareStatement("INSERT OR IGNORE INTO namespaces (namespace) VALUES (?)");
                 var insSub = c.prepareStatement("INSERT OR IGNORE INTO subtags (subtag) VALUES (?)");
                 var insTag = c.prepareStatement("INSERT OR IGNORE INTO tags (namespace_id, subtag_id) VALUES "
                         + "((SELECT namespace_id FROM namespaces WHERE namespace = ?), "
                         + "(SELECT subtag_id FROM subtags WHERE subtag = ?))");
                 var select = c.prepareStatement("SELECT t.tag_id FROM tags t "
                         + "JOIN namespaces n ON n.namespace_id = t.namespace_id "
                         + "JOIN subtags s ON s.subtag_id = t.subtag_id WHERE n.namespace = ? AND s.subtag = ?")) {
                for (String tag : tags) {
                    if (out.containsKey(tag)) {
                        continue;
                    }
                    Tag parts = Tag.parse(tag);
                    select.setString(1, parts.namespace());
                    select.setString(2, parts.subtag());
                    try (var rs = select.executeQuery()) {
                        if (rs.next()) {
                            out.put(tag, rs.getInt(1));
                            continue;
                        }
                    }
                    insNs.setString(1, parts.namespace());
                    insNs.executeUpdate();
                    insSub.setString(1, parts.subtag());
                    insSub.executeUpdate();
                    insTag.setString(1, parts.namespace());
                    insTag.setString(2, parts.subtag());
                    insTag.executeUpdate();
                    try (var rs = select.executeQuery()) {
                        rs.next();
                        out.put(tag, rs.getInt(1));
                    }
                }
            }
            return out;
        });
    }

    static long textId(Connection c, String text) throws SQLException {
        try (var ins = c.prepareStatement("INSERT OR IGNORE INTO texts (text) VALUES (?)");
             var sel = c.prepareStatement("SELECT text_id FROM texts WHERE text = ?")) {
            ins.setString(1, text);
            ins.executeUpdate();
            sel.setString(1, text);
            try (var rs = sel.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Set<Long> filesWith(ByteKey service, TagStatus status, int tagId, Collection<Long> fileIds) {
        Set<Long> out = new HashSet<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        return sql("reading mappings", () -> {
            try (var st = c.prepareStatement("SELECT hash_id FROM " + table(status)
                    + " WHERE service_id = ? AND tag_id = ? AND hash_id IN " + IN_IDS)) {
                st.setLong(1, serviceId(service));
                st.setInt(2, tagId);
                st.setString(3, IdLists.ids(fileIds));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void insert(ByteKey service, TagStatus status, int tagId, Collection<Long> fileIds, String reason) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql("writing mappings", () -> {
            boolean petition = status == TagStatus.PETITIONED;
            String sql = petition
                    ? "INSERT OR IGNORE INTO petitioned_mappings (service_id, tag_id, hash_id, reason_id) "
                      + "SELECT ?, ?, value, ? FROM json_each(?) ORDER BY value"
                    : "INSERT OR IGNORE INTO " + table(status) + " (service_id, tag_id, hash_id) "
                      + "SELECT ?, ?, value FROM json_each(?) ORDER BY value";
            try (var st = c.prepareStatement(sql)) {
                int i = 1;
                st.setLong(i++, serviceId(service));
                st.setInt(i++, tagId);
                if (petition) {
                    st.setLong(i++, textId(c, reason));
                }
                st.setString(i, IdLists.ids(fileIds));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void delete(ByteKey service, TagStatus status, int tagId, Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql("removing mappings", () -> {
            try (var st = c.prepareStatement("DELETE FROM " + table(status)
                    + " WHERE service_id = ? AND tag_id = ? AND hash_id IN " + IN_IDS)) {
                st.setLong(1, serviceId(service));
                st.setInt(2, tagId);
                st.setString(3, IdLists.ids(fileIds));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<Integer, java.util.List<Long>> clear(ByteKey service, TagStatus status) {
        Map<Integer, java.util.List<Long>> out = new HashMap<>();
        return sql("clearing mappings", () -> {
            long sid = serviceId(service);
            try (var st = c.prepareStatement("SELECT tag_id, hash_id FROM " + table(status) + " WHERE service_id = ?")) {
                st.setLong(1, sid);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getInt(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            try (var st = c.prepareStatement("DELETE FROM " + table(status) + " WHERE service_id = ?")) {
                st.setLong(1, sid);
                st.executeUpdate();
            }
            return out;
        });
    }
}
