package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.CanvasViews;
import dev.hydrant.core.files.FileTimeWrites;
import dev.hydrant.core.files.FileTimes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.SERVICE_ID;
import static dev.hydrant.store.sqlite.SqliteFileReads.nullableLong;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/**
 * Domain modified times ({@code file_domain_modified_times}), viewing statistics ({@code file_viewing_stats}) and
 * the time columns of the V3 file tables, through one connection. Every batch is one statement per table: the ids
 * travel as one JSON array ({@link IdLists}).
 */
final class SqliteFileTimes implements FileTimeWrites {
    private final Connection c;

    SqliteFileTimes(Connection c) {
        this.c = c;
    }

    /** The times of the ids that have any: domains in the order they were first recorded. */
    Map<Long, FileTimes> of(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        String ids = IdLists.ids(fileIds);
        return sql("reading file times", () -> {
            Map<Long, Map<String, Long>> domains = new HashMap<>();
            try (var st = c.prepareStatement("""
                    SELECT t.hash_id, d.domain, t.modified_ms FROM file_domain_modified_times t
                    JOIN modified_time_domains d ON d.domain_id = t.domain_id
                    WHERE t.hash_id IN\s""" + IN_IDS + " ORDER BY t.hash_id, t.domain_id")) {
                st.setString(1, ids);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        domains.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
            Map<Long, Map<CanvasType, CanvasViews>> canvases = new HashMap<>();
            try (var st = c.prepareStatement("SELECT hash_id, canvas_type, views, viewtime_ms, last_viewed_ms "
                    + "FROM file_viewing_stats WHERE hash_id IN " + IN_IDS)) {
                st.setString(1, ids);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        CanvasType canvas = CanvasType.byNumber(rs.getInt(2)).orElse(null);
                        if (canvas != null) {
                            canvases.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(CanvasType.class))
                                    .put(canvas, new CanvasViews(rs.getLong(3), rs.getLong(4), nullableLong(rs, 5)));
                        }
                    }
                }
            }
            Map<Long, FileTimes> out = new HashMap<>();
            for (Long id : domains.keySet()) {
                out.put(id, new FileTimes(domains.get(id), canvases.getOrDefault(id, Map.of())));
            }
            for (Long id : canvases.keySet()) {
                out.computeIfAbsent(id, k -> new FileTimes(Map.of(), canvases.get(id)));
            }
            return out;
        });
    }

    /** Up to {@code limit} ids above {@code after} that have domain modified times or viewing statistics. */
    java.util.List<Long> idsWithTimesAfter(long after, int limit) {
        return sql("listing files with times", () -> {
            java.util.List<Long> out = new java.util.ArrayList<>();
            try (var st = c.prepareStatement("""
                    SELECT hash_id FROM file_domain_modified_times WHERE hash_id > ?
                    UNION SELECT hash_id FROM file_viewing_stats WHERE hash_id > ?
                    ORDER BY hash_id LIMIT ?""")) {
                st.setLong(1, after);
                st.setLong(2, after);
                st.setInt(3, limit);
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
    public void setDomainModified(Collection<Long> fileIds, String domain, long ms) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql("setting domain modified times", () -> {
            try (var st = c.prepareStatement("INSERT OR IGNORE INTO modified_time_domains (domain) VALUES (?)")) {
                st.setString(1, domain);
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("""
                    INSERT OR REPLACE INTO file_domain_modified_times (hash_id, domain_id, modified_ms)
                    SELECT value, (SELECT domain_id FROM modified_time_domains WHERE domain = ?), ?
                    FROM json_each(?)""")) {
                st.setString(1, domain);
                st.setLong(2, ms);
                st.setString(3, IdLists.ids(fileIds));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void clearDomainModified(Collection<Long> fileIds, String domain) {
        update("clearing domain modified times", """
                DELETE FROM file_domain_modified_times
                WHERE domain_id = (SELECT domain_id FROM modified_time_domains WHERE domain = ?) AND hash_id IN\s"""
                + IN_IDS, fileIds, st -> st.setString(1, domain));
    }

    @Override
    public void setFileModified(Collection<Long> fileIds, long ms) {
        update("setting file modified times", "UPDATE files_info SET file_modified_ms = ? WHERE hash_id IN "
                + IN_IDS, fileIds, st -> st.setLong(1, ms));
    }

    @Override
    public void setImported(ByteKey service, Collection<Long> fileIds, long ms) {
        update("setting import times", "UPDATE current_files SET imported_ms = ? WHERE service_id = " + SERVICE_ID
                + " AND hash_id IN " + IN_IDS, fileIds, st -> {
            st.setLong(1, ms);
            st.setBytes(2, service.bytes());
        });
    }

    @Override
    public void setDeleted(ByteKey service, Collection<Long> fileIds, long ms) {
        update("setting deletion times", "UPDATE deleted_files SET deleted_ms = ? WHERE service_id = " + SERVICE_ID
                + " AND hash_id IN " + IN_IDS, fileIds, st -> {
            st.setLong(1, ms);
            st.setBytes(2, service.bytes());
        });
    }

    @Override
    public void setPreviouslyImported(ByteKey service, Collection<Long> fileIds, long ms) {
        update("setting previous import times", "UPDATE deleted_files SET original_imported_ms = ? WHERE service_id = "
                + SERVICE_ID + " AND hash_id IN " + IN_IDS, fileIds, st -> {
            st.setLong(1, ms);
            st.setBytes(2, service.bytes());
        });
    }

    @Override
    public void setLastViewed(CanvasType canvas, Collection<Long> fileIds, long ms) {
        update("setting last viewed times", "UPDATE file_viewing_stats SET last_viewed_ms = ? WHERE canvas_type = ? "
                + "AND hash_id IN " + IN_IDS, fileIds, st -> {
            st.setLong(1, ms);
            st.setInt(2, canvas.number());
        });
    }

    @Override
    public void addViews(CanvasType canvas, Collection<Long> fileIds, Long lastViewedMs, long views, long viewtimeMs) {
        startStatistics(canvas, fileIds, 0L);
        update("adding views", "UPDATE file_viewing_stats SET last_viewed_ms = ?, views = views + ?, "
                + "viewtime_ms = viewtime_ms + ? WHERE canvas_type = ? AND hash_id IN " + IN_IDS, fileIds, st -> {
            setNullable(st, 1, lastViewedMs);
            st.setLong(2, views);
            st.setLong(3, viewtimeMs);
            st.setInt(4, canvas.number());
        });
    }

    @Override
    public void setViews(CanvasType canvas, Collection<Long> fileIds, Long lastViewedMs, long views, long viewtimeMs,
                         long newStatisticsLastViewedMs) {
        startStatistics(canvas, fileIds, newStatisticsLastViewedMs);
        update("setting views", "UPDATE file_viewing_stats SET last_viewed_ms = coalesce(?, last_viewed_ms), "
                + "views = ?, viewtime_ms = ? WHERE canvas_type = ? AND hash_id IN " + IN_IDS, fileIds, st -> {
            setNullable(st, 1, lastViewedMs);
            st.setLong(2, views);
            st.setLong(3, viewtimeMs);
            st.setInt(4, canvas.number());
        });
    }

    /** Zero statistics on {@code canvas} for the files that have none there. */
    private void startStatistics(CanvasType canvas, Collection<Long> fileIds, long lastViewedMs) {
        update("starting viewing statistics", """
                INSERT OR IGNORE INTO file_viewing_stats (hash_id, canvas_type, last_viewed_ms, views, viewtime_ms)
                SELECT value, ?, ?, 0, 0 FROM json_each(?)""", fileIds, st -> {
            st.setInt(1, canvas.number());
            st.setLong(2, lastViewedMs);
        });
    }

    /** Binds the parameters before the id list. */
    @FunctionalInterface
    private interface Binder {
        void bind(java.sql.PreparedStatement st) throws SQLException;
    }

    /** Runs one statement whose last parameter is the id list. */
    private void update(String what, String statement, Collection<Long> fileIds, Binder bind) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql(what, () -> {
            try (var st = c.prepareStatement(statement)) {
                bind.bind(st);
                st.setString(st.getParameterMetaData().getParameterCount(), IdLists.ids(fileIds));
                st.executeUpdate();
            }
            return null;
        });
    }

    private static void setNullable(java.sql.PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }
}
