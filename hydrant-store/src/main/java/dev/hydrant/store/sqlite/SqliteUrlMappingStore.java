package dev.hydrant.store.sqlite;

import dev.hydrant.core.urls.known.UrlMapping;
import dev.hydrant.core.urls.known.UrlMappingStore;
import dev.hydrant.core.urls.known.UrlMappingWrites;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/** Known URLs in SQLite ({@code V23__urls.sql}). */
final class SqliteUrlMappingStore implements UrlMappingStore {
    /** The columns of a {@link UrlMapping}, over {@code url_map m}. */
    static final String MAPPING_COLUMNS = "m.hash_id, m.url_id, u.url, d.domain FROM url_map m "
            + "JOIN urls u ON u.url_id = m.url_id JOIN url_domains d ON d.domain_id = u.domain_id";

    private final SqliteDatabase db;

    SqliteUrlMappingStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T write(Function<UrlMappingWrites, T> work) {
        return db.write(c -> work.apply(new SqliteUrlMappingWrites(c)));
    }

    @Override
    public Map<Long, List<String>> urlsOf(Collection<Long> fileIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        String ids = IdLists.ids(fileIds);
        return db.read(c -> sql("reading the URLs of files", () -> {
            try (var st = c.prepareStatement("SELECT m.hash_id, u.url FROM url_map m "
                    + "JOIN urls u ON u.url_id = m.url_id WHERE m.hash_id IN " + IN_IDS)) {
                st.setString(1, ids);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return out;
        }));
    }

    @Override
    public Set<Long> filesWithAny(Collection<String> urls) {
        Set<Long> out = new HashSet<>();
        if (urls.isEmpty()) {
            return out;
        }
        return db.read(c -> sql("reading the files of URLs", () -> {
            try (var st = c.prepareStatement("SELECT m.hash_id FROM urls u "
                    + "JOIN url_map m ON m.url_id = u.url_id WHERE u.url = ?")) {
                for (String url : new HashSet<>(urls)) {
                    st.setString(1, url);
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
            }
            return out;
        }));
    }

    @Override
    public void forEachMapping(Consumer<UrlMapping> visitor) {
        db.read(c -> sql("reading URL mappings", () -> {
            try (var st = c.prepareStatement("SELECT " + MAPPING_COLUMNS + " ORDER BY m.url_id");
                 var rs = st.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(new UrlMapping(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
            return null;
        }));
    }
}
