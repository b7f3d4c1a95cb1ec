package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileTimes;
import dev.hydrant.core.files.FileWrites;
import dev.hydrant.core.files.HashType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** File records in SQLite: reads on a reader connection, writes in one transaction on the writer. */
final class SqliteFileRecordStore implements FileRecordStore {
    private final SqliteDatabase db;

    SqliteFileRecordStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T write(Function<FileWrites, T> work) {
        return db.write(c -> work.apply(new SqliteFileWrites(c)));
    }

    @Override
    public void forEachState(int batchSize, java.util.function.Consumer<Collection<FileState>> batch) {
        long after = -1;
        while (true) {
            long from = after;
            List<Long> ids = db.read(c -> SqliteFileReads.sql("listing files", () -> {
                List<Long> out = new java.util.ArrayList<>();
                try (var st = c.prepareStatement(
                        "SELECT hash_id FROM files_info WHERE hash_id > ? ORDER BY hash_id LIMIT ?")) {
                    st.setLong(1, from);
                    st.setInt(2, batchSize);
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
                return out;
            }));
            if (ids.isEmpty()) {
                return;
            }
            long first = ids.get(0);
            long last = ids.get(ids.size() - 1);
            batch.accept(db.read(c -> new SqliteFileReads(c).statesBetween(first, last)).values());
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    public void forEachPerceptualHash(PerceptualHashVisitor visitor) {
        db.read(c -> SqliteFileReads.sql("reading perceptual hashes", () -> {
            // primary-key order: file ids increasing, no sort
            try (var st = c.prepareStatement("SELECT hash_id, phash FROM perceptual_hashes");
                 var rs = st.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(rs.getLong(1), rs.getLong(2));
                }
            }
            return null;
        }));
    }

    @Override
    public Map<Long, long[]> perceptualHashesOf(Collection<Long> fileIds) {
        Map<Long, long[]> out = new java.util.HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        String ids = IdLists.ids(fileIds);
        return db.read(c -> SqliteFileReads.sql("reading perceptual hashes of files", () -> {
            Map<Long, List<Long>> lists = new java.util.HashMap<>();
            try (var st = c.prepareStatement("SELECT hash_id, phash FROM perceptual_hashes WHERE hash_id IN "
                    + IdLists.IN_IDS + " ORDER BY hash_id, phash")) {
                st.setString(1, ids);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        lists.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            lists.forEach((id, hashes) -> out.put(id, hashes.stream().mapToLong(Long::longValue).toArray()));
            return out;
        }));
    }

    @Override
    public void forEachTimes(int batchSize, java.util.function.Consumer<Map<Long, FileTimes>> batch) {
        long after = -1;
        while (true) {
            long from = after;
            List<Long> ids = db.read(c -> new SqliteFileTimes(c).idsWithTimesAfter(from, batchSize));
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(db.read(c -> new SqliteFileTimes(c).of(ids)));
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    public Map<Long, FileTimes> timesOf(Collection<Long> fileIds) {
        return db.read(c -> new SqliteFileTimes(c).of(fileIds));
    }

    @Override
    public Map<ByteKey, Long> idsOf(Collection<ByteKey> sha256s) {
        return db.read(c -> new SqliteFileReads(c).idsOf(sha256s));
    }

    @Override
    public Map<Long, ByteKey> hashesOf(Collection<Long> fileIds) {
        return db.read(c -> new SqliteFileReads(c).hashesOf(fileIds));
    }

    @Override
    public Map<Long, FileState> states(Collection<Long> fileIds) {
        return db.read(c -> new SqliteFileReads(c).states(fileIds));
    }

    @Override
    public Map<ByteKey, ByteKey> translate(Collection<ByteKey> hashes, HashType from, HashType to) {
        return db.read(c -> new SqliteFileReads(c).translate(hashes, from, to));
    }

    @Override
    public Map<Long, Long> currentIn(ByteKey service, Collection<Long> fileIds) {
        return db.read(c -> new SqliteFileReads(c).currentIn(service, fileIds));
    }

    @Override
    public List<Long> allCurrentIn(ByteKey service) {
        return db.read(c -> new SqliteFileReads(c).allCurrentIn(service));
    }

    @Override
    public Map<Long, FileLocations.Deletion> deletedFrom(ByteKey service, Collection<Long> fileIds) {
        return db.read(c -> new SqliteFileReads(c).deletedFrom(service, fileIds));
    }

    @Override
    public Set<Long> inInbox(Collection<Long> fileIds) {
        return db.read(c -> new SqliteFileReads(c).inInbox(fileIds));
    }

    @Override
    public List<QueuedRemoval> queuedRemovals(long queuedBeforeMs, int limit) {
        return db.read(c -> new SqliteFileReads(c).queuedRemovals(queuedBeforeMs, limit));
    }

    @Override
    public void forEachDomainEntry(DomainVisitor visitor) {
        db.read(c -> SqliteFileReads.sql("reading file domains", () -> {
            for (String table : new String[]{"current_files", "deleted_files"}) {
                boolean deleted = table.equals("deleted_files");
                try (var st = c.prepareStatement("SELECT s.service_key, f.hash_id FROM " + table
                        + " f JOIN services s ON s.service_id = f.service_id"); var rs = st.executeQuery()) {
                    while (rs.next()) {
                        visitor.visit(ByteKey.of(rs.getBytes(1)), rs.getLong(2), deleted);
                    }
                }
            }
            return null;
        }));
    }
}
