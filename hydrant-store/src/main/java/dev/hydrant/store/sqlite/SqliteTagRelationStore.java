package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.Tag;
import dev.hydrant.core.tags.TagRelationStore;
import dev.hydrant.core.tags.TagStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/** Tag siblings and parents in SQLite ({@code V4__tags.sql}). */
final class SqliteTagRelationStore implements TagRelationStore {
    private static final String TAG_TEXT_FROM = SqliteTagMappingStore.TAG_TEXT.replace("n.", "n1.").replace("s.", "s1.");
    private static final String TAG_TEXT_TO = SqliteTagMappingStore.TAG_TEXT.replace("n.", "n2.").replace("s.", "s2.");

    private final SqliteDatabase db;

    SqliteTagRelationStore(SqliteDatabase db) {
        this.db = db;
    }

    private static String table(Kind kind) {
        return kind == Kind.SIBLING ? "tag_siblings" : "tag_parents";
    }

    private static String fromColumn(Kind kind) {
        return kind == Kind.SIBLING ? "bad_tag_id" : "child_tag_id";
    }

    private static String toColumn(Kind kind) {
        return kind == Kind.SIBLING ? "good_tag_id" : "parent_tag_id";
    }

    @Override
    public List<Relation> all(Kind kind) {
        return db.read(c -> sql("reading tag relations", () -> {
            List<Relation> out = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT s.service_key, r.status, " + TAG_TEXT_FROM + ", " + TAG_TEXT_TO
                    + ", x.text FROM " + table(kind) + " r JOIN services s ON s.service_id = r.service_id "
                    + "JOIN tags t1 ON t1.tag_id = r." + fromColumn(kind) + " JOIN namespaces n1 ON n1.namespace_id = "
                    + "t1.namespace_id JOIN subtags s1 ON s1.subtag_id = t1.subtag_id "
                    + "JOIN tags t2 ON t2.tag_id = r." + toColumn(kind) + " JOIN namespaces n2 ON n2.namespace_id = "
                    + "t2.namespace_id JOIN subtags s2 ON s2.subtag_id = t2.subtag_id "
                    + "LEFT JOIN texts x ON x.text_id = r.reason_id ORDER BY r.service_id, r.added_order");
                 var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Relation(ByteKey.of(rs.getBytes(1)), TagStatus.of(rs.getInt(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        }));
    }

    @Override
    public Map<String, Integer> put(Kind kind, Relation relation) {
        return db.write(c -> {
            Map<String, Integer> ids = SqliteTagMappingWrites.internTags(c, List.of(relation.from(), relation.to()));
            try (var st = c.prepareStatement("INSERT OR IGNORE INTO " + table(kind) + " (service_id, status, "
                    + fromColumn(kind) + ", " + toColumn(kind) + ", reason_id, added_order) VALUES "
                    + "((SELECT service_id FROM services WHERE service_key = ?), ?, ?, ?, ?, "
                    + "(SELECT coalesce(max(added_order), 0) + 1 FROM " + table(kind) + "))")) {
                st.setBytes(1, relation.service().bytes());
                st.setInt(2, relation.status().number());
                st.setInt(3, ids.get(relation.from()));
                st.setInt(4, ids.get(relation.to()));
                if (relation.reason() == null) {
                    st.setNull(5, java.sql.Types.INTEGER);
                } else {
                    st.setLong(5, SqliteTagMappingWrites.textId(c, relation.reason()));
                }
                st.executeUpdate();
            }
            return ids;
        });
    }

    @Override
    public boolean remove(Kind kind, ByteKey service, TagStatus status, String from, String to) {
        return db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM " + table(kind) + " WHERE service_id = "
                    + "(SELECT service_id FROM services WHERE service_key = ?) AND status = ? AND "
                    + fromColumn(kind) + " = (" + tagIdQuery() + ") AND " + toColumn(kind) + " = (" + tagIdQuery()
                    + ")")) {
                st.setBytes(1, service.bytes());
                st.setInt(2, status.number());
                Tag f = Tag.parse(from);
                Tag t = Tag.parse(to);
                st.setString(3, f.namespace());
                st.setString(4, f.subtag());
                st.setString(5, t.namespace());
                st.setString(6, t.subtag());
                return st.executeUpdate() > 0;
            }
        });
    }

    private static String tagIdQuery() {
        return "SELECT t.tag_id FROM tags t JOIN namespaces n ON n.namespace_id = t.namespace_id "
                + "JOIN subtags s ON s.subtag_id = t.subtag_id WHERE n.namespace = ? AND s.subtag = ?";
    }

    @Override
    public long count(Kind kind, ByteKey service, TagStatus status) {
        return db.read(c -> sql("counting tag relations", () -> {
            try (var st = c.prepareStatement("SELECT count(*) FROM " + table(kind) + " WHERE status = ? AND "
                    + "service_id = (SELECT service_id FROM services WHERE service_key = ?)")) {
                st.setInt(1, status.number());
                st.setBytes(2, service.bytes());
                try (var rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        }));
    }
}
