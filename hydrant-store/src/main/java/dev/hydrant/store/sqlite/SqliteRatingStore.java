package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.ratings.RatingStore;
import dev.hydrant.core.ratings.RatingWrites;
import dev.hydrant.core.ratings.StoredRating;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;
import static dev.hydrant.store.sqlite.SqliteFileReads.sql;

/**
 * Ratings in SQLite ({@code V21__ratings.sql}): star fractions in {@code local_ratings}, inc/dec counts in
 * {@code local_incdec_ratings}. Every batch operation is one statement per table, the ids travelling as one
 * {@code json_each} array.
 */
final class SqliteRatingStore implements RatingStore {
    private static final String SERVICE_ID = "(SELECT service_id FROM services WHERE service_key = ?)";

    private final SqliteDatabase db;

    SqliteRatingStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T write(Function<RatingWrites, T> work) {
        return db.write(c -> work.apply(new Writes(c)));
    }

    @Override
    public Map<Long, Map<ByteKey, StoredRating>> ratingsOf(Collection<Long> fileIds) {
        Map<Long, Map<ByteKey, StoredRating>> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        String ids = IdLists.ids(fileIds);
        db.read(c -> sql("reading ratings", () -> {
            Map<Long, ByteKey> keys = SqliteTagMappingStore.serviceKeys(c);
            for (String table : new String[]{"local_ratings", "local_incdec_ratings"}) {
                try (var st = c.prepareStatement("SELECT hash_id, service_id, rating FROM " + table
                        + " WHERE hash_id IN " + IN_IDS)) {
                    st.setString(1, ids);
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                    .put(keys.get(rs.getLong(2)), rating(table, rs.getDouble(3), rs.getLong(3)));
                        }
                    }
                }
            }
            return null;
        }));
        return out;
    }

    @Override
    public void forEachRating(RatingVisitor visitor) {
        db.read(c -> sql("reading ratings", () -> {
            Map<Long, ByteKey> keys = SqliteTagMappingStore.serviceKeys(c);
            for (String table : new String[]{"local_ratings", "local_incdec_ratings"}) {
                try (var st = c.prepareStatement("SELECT service_id, hash_id, rating FROM " + table);
                     var rs = st.executeQuery()) {
                    while (rs.next()) {
                        visitor.visit(keys.get(rs.getLong(1)), rs.getLong(2),
                                rating(table, rs.getDouble(3), rs.getLong(3)));
                    }
                }
            }
            return null;
        }));
    }

    private static StoredRating rating(String table, double fraction, long count) {
        return table.equals("local_ratings") ? new StoredRating.Fraction(fraction) : new StoredRating.Count(count);
    }

    private static final class Writes implements RatingWrites {
        private final Connection c;

        Writes(Connection c) {
            this.c = c;
        }

        @Override
        public Map<ByteKey, Long> idsFor(Collection<ByteKey> sha256s) {
            SqliteFileWrites files = new SqliteFileWrites(c);
            Map<ByteKey, Long> out = new LinkedHashMap<>();
            for (ByteKey h : sha256s) {
                out.put(h, files.idFor(h));
            }
            return out;
        }

        @Override
        public void set(ByteKey service, Collection<Long> fileIds, StoredRating rating) {
            if (fileIds.isEmpty()) {
                return;
            }
            String ids = IdLists.ids(fileIds);
            sql("writing ratings", () -> {
                for (String table : new String[]{"local_ratings", "local_incdec_ratings"}) {
                    try (var st = c.prepareStatement("DELETE FROM " + table + " WHERE service_id = " + SERVICE_ID
                            + " AND hash_id IN " + IN_IDS)) {
                        st.setBytes(1, service.bytes());
                        st.setString(2, ids);
                        st.executeUpdate();
                    }
                }
                if (rating != null) {
                    insert(service, ids, rating);
                }
                return null;
            });
        }

        private void insert(ByteKey service, String ids, StoredRating rating) throws SQLException {
            String table = rating instanceof StoredRating.Fraction ? "local_ratings" : "local_incdec_ratings";
            try (var st = c.prepareStatement("INSERT INTO " + table + " (service_id, hash_id, rating) SELECT "
                    + SERVICE_ID + ", value, ? FROM json_each(?)")) {
                st.setBytes(1, service.bytes());
                switch (rating) {
                    case StoredRating.Fraction f -> st.setDouble(2, f.value());
                    case StoredRating.Count n -> st.setLong(2, n.value());
                }
                st.setString(3, ids);
                if (st.executeUpdate() == 0) {
                    throw new SQLException("no rating service with key " + service.hex());
                }
            }
        }
    }
}
