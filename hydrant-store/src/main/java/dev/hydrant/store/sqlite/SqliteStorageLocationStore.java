package dev.hydrant.store.sqlite;

import dev.hydrant.core.files.storage.IdealLocation;
import dev.hydrant.core.files.storage.PrefixMove;
import dev.hydrant.core.files.storage.StorageLayout;
import dev.hydrant.core.files.storage.StorageLocationStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The storage layout in SQLite ({@code V24}); paths under the data folder are stored relative to it. */
final class SqliteStorageLocationStore implements StorageLocationStore {
    private final SqliteDatabase db;
    private final Path dataFolder;

    SqliteStorageLocationStore(SqliteDatabase db, Path dataFolder) {
        this.db = db;
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
    }

    private String portable(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(dataFolder) ? dataFolder.relativize(p).toString() : p.toString();
    }

    private Path resolve(String text) {
        return dataFolder.resolve(text).toAbsolutePath().normalize();
    }

    @Override
    public Optional<StorageLayout> load() {
        return db.read(c -> {
            Map<String, Path> prefixes = new LinkedHashMap<>();
            try (var st = c.prepareStatement("SELECT prefix, path FROM storage_prefixes"); var rs = st.executeQuery()) {
                while (rs.next()) {
                    prefixes.put(rs.getString(1), resolve(rs.getString(2)));
                }
            }
            if (prefixes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StorageLayout(ideal(c), prefixes));
        });
    }

    private List<IdealLocation> ideal(Connection c) throws SQLException {
        List<IdealLocation> out = new ArrayList<>();
        try (var st = c.prepareStatement(
                "SELECT path, ideal_weight, max_num_bytes FROM storage_locations ORDER BY position");
             var rs = st.executeQuery()) {
            while (rs.next()) {
                String path = rs.getString(1);
                int weight = rs.getInt(2);
                long max = rs.getLong(3);
                Long limit = rs.wasNull() ? null : max;
                out.add(new IdealLocation(resolve(path), weight, limit));
            }
        }
        return out;
    }

    @Override
    public void initialise(StorageLayout layout) {
        db.write(c -> {
            try (var st = c.prepareStatement("SELECT 1 FROM storage_prefixes LIMIT 1"); var rs = st.executeQuery()) {
                if (rs.next()) {
                    return null;
                }
            }
            writeIdeal(c, layout.ideal());
            try (var st = c.prepareStatement("INSERT INTO storage_prefixes (prefix, path) VALUES (?, ?)")) {
                for (Map.Entry<String, Path> e : layout.prefixes().entrySet()) {
                    st.setString(1, e.getKey());
                    st.setString(2, portable(e.getValue()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void replaceIdeal(List<IdealLocation> locations) {
        db.write(c -> {
            writeIdeal(c, locations);
            return null;
        });
    }

    private void writeIdeal(Connection c, List<IdealLocation> locations) throws SQLException {
        try (var delete = c.prepareStatement("DELETE FROM storage_locations");
             var insert = c.prepareStatement("INSERT INTO storage_locations (path, position, ideal_weight, "
                     + "max_num_bytes) VALUES (?, ?, ?, ?)")) {
            delete.executeUpdate();
            int position = 0;
            for (IdealLocation l : locations) {
                insert.setString(1, portable(l.path()));
                insert.setInt(2, position++);
                insert.setInt(3, l.weight());
                if (l.maxNumBytes() == null) {
                    insert.setNull(4, Types.INTEGER);
                } else {
                    insert.setLong(4, l.maxNumBytes());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<PrefixMove> pendingMoves() {
        return db.read(c -> {
            List<PrefixMove> out = new ArrayList<>();
            try (var st = c.prepareStatement(
                    "SELECT prefix, from_path, to_path, switched FROM storage_moves ORDER BY prefix");
                 var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new PrefixMove(rs.getString(1), resolve(rs.getString(2)), resolve(rs.getString(3)),
                            rs.getInt(4) != 0));
                }
            }
            return out;
        });
    }

    @Override
    public void beginMove(PrefixMove move) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT OR REPLACE INTO storage_moves (prefix, from_path, to_path, "
                    + "switched) VALUES (?, ?, ?, 0)")) {
                st.setString(1, move.prefix());
                st.setString(2, portable(move.from()));
                st.setString(3, portable(move.to()));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void switchMove(PrefixMove move) {
        db.write(c -> {
            try (var prefix = c.prepareStatement("UPDATE storage_prefixes SET path = ? WHERE prefix = ?");
                 var journal = c.prepareStatement("UPDATE storage_moves SET switched = 1 WHERE prefix = ?")) {
                prefix.setString(1, portable(move.to()));
                prefix.setString(2, move.prefix());
                if (prefix.executeUpdate() != 1) {
                    throw new IllegalStateException("no storage row for prefix " + move.prefix());
                }
                journal.setString(1, move.prefix());
                journal.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void endMove(String prefix) {
        db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM storage_moves WHERE prefix = ?")) {
                st.setString(1, prefix);
                st.executeUpdate();
            }
            return null;
        });
    }
}
