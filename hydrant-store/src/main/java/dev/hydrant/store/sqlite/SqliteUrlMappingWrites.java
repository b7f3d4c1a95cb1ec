package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.urls.known.UrlMapping;
import dev.hydrant.core.urls.known.UrlMappingWrites;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static dev.hydrant.store.sqlite.IdLists.IN_HASHES;
import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;
import static dev.hydrant.store.sqlite.SqliteUrlMappingStore.MAPPING_COLUMNS;

/**
 * URL writes on the writer connection. The files of a batch travel as one JSON array ({@code json_each}), so the
 * statements a request costs depend on its number of URLs, never on its number of files.
 */
final class SqliteUrlMappingWrites implements UrlMappingWrites {
    private final Connection c;

    SqliteUrlMappingWrites(Connection c) {
        this.c = c;
    }

    @Override
    public Map<ByteKey, Long> fileIdsFor(Collection<ByteKey> sha256s) {
        Map<ByteKey, Long> out = new LinkedHashMap<>();
        if (sha256s.isEmpty()) {
            return out;
        }
        String hashes = IdLists.hashes(sha256s);
        return sql("allocating hash ids", () -> {
            try (var insert = c.prepareStatement("INSERT OR IGNORE INTO hashes (sha256) SELECT unhex(value) "
                    + "FROM json_each(?)")) {
                insert.setString(1, hashes);
                insert.executeUpdate();
            }
            try (var select = c.prepareStatement("SELECT sha256, hash_id FROM hashes WHERE sha256 IN " + IN_HASHES)) {
                select.setString(1, hashes);
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.put(ByteKey.of(rs.getBytes(1)), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<UrlMapping> add(Collection<Long> fileIds, Map<String, String> urlDomains) {
        List<UrlMapping> added = new ArrayList<>();
        if (fileIds.isEmpty() || urlDomains.isEmpty()) {
            return added;
        }
        String ids = IdLists.ids(new LinkedHashSet<>(fileIds));
        return sql("adding URLs to files", () -> {
            try (var domain = c.prepareStatement("INSERT OR IGNORE INTO url_domains (domain) VALUES (?)");
                 var url = c.prepareStatement("INSERT OR IGNORE INTO urls (domain_id, url) VALUES "
                         + "((SELECT domain_id FROM url_domains WHERE domain = ?), ?)");
                 var missing = c.prepareStatement("SELECT f.value, u.url_id, u.url, d.domain FROM json_each(?) f "
                         + "CROSS JOIN urls u JOIN url_domains d ON d.domain_id = u.domain_id WHERE u.url = ? "
                         + "AND NOT EXISTS (SELECT 1 FROM url_map m WHERE m.hash_id = f.value "
                         + "AND m.url_id = u.url_id)");
                 var insert = c.prepareStatement("INSERT OR IGNORE INTO url_map (hash_id, url_id) "
                         + "SELECT value, (SELECT url_id FROM urls WHERE url = ?) FROM json_each(?)")) {
                for (Map.Entry<String, String> e : urlDomains.entrySet()) {
                    domain.setString(1, e.getValue());
                    domain.executeUpdate();
                    url.setString(1, e.getValue());
                    url.setString(2, e.getKey());
                    url.executeUpdate();
                    missing.setString(1, ids);
                    missing.setString(2, e.getKey());
                    collect(missing, added);
                    insert.setString(1, e.getKey());
                    insert.setString(2, ids);
                    insert.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public List<UrlMapping> remove(Collection<Long> fileIds, Collection<String> urls) {
        List<UrlMapping> removed = new ArrayList<>();
        if (fileIds.isEmpty() || urls.isEmpty()) {
            return removed;
        }
        String ids = IdLists.ids(new LinkedHashSet<>(fileIds));
        return sql("removing URLs from files", () -> {
            try (var existing = c.prepareStatement("SELECT " + MAPPING_COLUMNS
                    + " WHERE u.url = ? AND m.hash_id IN " + IN_IDS);
                 var delete = c.prepareStatement("DELETE FROM url_map WHERE url_id = "
                         + "(SELECT url_id FROM urls WHERE url = ?) AND hash_id IN " + IN_IDS)) {
                for (String url : new LinkedHashSet<>(urls)) {
                    existing.setString(1, url);
                    existing.setString(2, ids);
                    collect(existing, removed);
                    delete.setString(1, url);
                    delete.setString(2, ids);
                    delete.executeUpdate();
                }
            }
            return removed;
        });
    }

    private static void collect(PreparedStatement st, List<UrlMapping> out) throws SQLException {
        try (var rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new UrlMapping(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
    }
}
