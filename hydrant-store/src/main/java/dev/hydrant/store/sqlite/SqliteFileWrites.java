package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileHashes;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileWrites;
import dev.hydrant.core.files.MediaProperties;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Map;

import static dev.hydrant.store.sqlite.IdLists.IN_IDS;

/** The file tables changed through the writer connection, inside the transaction that created this object. */
final class SqliteFileWrites extends SqliteFileReads implements FileWrites {
    SqliteFileWrites(Connection c) {
        super(c);
    }

    @Override
    public long idFor(ByteKey sha256) {
        return sql("allocating a hash id", () -> {
            try (var insert = c.prepareStatement("INSERT OR IGNORE INTO hashes (sha256) VALUES (?)");
                 var select = c.prepareStatement("SELECT hash_id FROM hashes WHERE sha256 = ?")) {
                insert.setBytes(1, sha256.bytes());
                insert.executeUpdate();
                select.setBytes(1, sha256.bytes());
                try (var rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void putRecord(FileRecord record, FileHashes hashes) {
        MediaProperties m = record.media();
        Long pixelHashId = m.pixelHash() == null ? null : idFor(m.pixelHash());
        sql("writing a file record", () -> {
            try (var st = c.prepareStatement("""
                    INSERT OR REPLACE INTO files_info (hash_id, size, filetype, original_filetype, width, height,
                        duration_ms, num_frames, num_words, has_audio, flags, blurhash, pixel_hash_id, file_modified_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                st.setLong(1, record.fileId());
                st.setLong(2, record.size());
                st.setInt(3, record.type().number());
                setNullable(st, 4, record.originalType() == null ? null : (long) record.originalType().number());
                setNullable(st, 5, m.width() == null ? null : (long) m.width());
                setNullable(st, 6, m.height() == null ? null : (long) m.height());
                setNullable(st, 7, m.durationMs());
                setNullable(st, 8, m.numFrames() == null ? null : (long) m.numFrames());
                setNullable(st, 9, m.numWords() == null ? null : (long) m.numWords());
                setNullable(st, 10, m.hasAudio() == null ? null : (m.hasAudio() ? 1L : 0L));
                st.setInt(11, m.flags().bits());
                st.setString(12, m.blurhash());
                setNullable(st, 13, pixelHashId);
                setNullable(st, 14, record.fileModifiedMs());
                st.executeUpdate();
            }
            try (var st = c.prepareStatement(
                    "INSERT OR REPLACE INTO file_hashes (hash_id, md5, sha1, sha512) VALUES (?, ?, ?, ?)")) {
                st.setLong(1, record.fileId());
                st.setBytes(2, hashes.md5().bytes());
                st.setBytes(3, hashes.sha1().bytes());
                st.setBytes(4, hashes.sha512().bytes());
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

    private long serviceId(ByteKey service) throws SQLException {
        try (var st = c.prepareStatement("SELECT service_id FROM services WHERE service_key = ?")) {
            st.setBytes(1, service.bytes());
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no service with key " + service.hex());
                }
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void addCurrent(ByteKey service, Map<Long, Long> arrivedMs) {
        if (arrivedMs.isEmpty()) {
            return;
        }
        sql("adding files to a domain", () -> {
            long sid = serviceId(service);
            try (var st = c.prepareStatement(
                    "INSERT OR IGNORE INTO current_files (service_id, hash_id, imported_ms) VALUES (?, ?, ?)")) {
                for (Map.Entry<Long, Long> e : arrivedMs.entrySet()) {
                    st.setLong(1, sid);
                    st.setLong(2, e.getKey());
                    st.setLong(3, e.getValue());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void removeCurrent(ByteKey service, Collection<Long> fileIds) {
        deleteRows("DELETE FROM current_files WHERE service_id = " + SERVICE_ID + " AND hash_id IN " + IN_IDS,
                service, fileIds);
    }

    @Override
    public void recordDeleted(ByteKey service, Map<Long, FileLocations.Deletion> deletions) {
        if (deletions.isEmpty()) {
            return;
        }
        sql("recording deletions", () -> {
            long sid = serviceId(service);
            try (var st = c.prepareStatement("INSERT OR IGNORE INTO deleted_files "
                    + "(service_id, hash_id, deleted_ms, original_imported_ms) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<Long, FileLocations.Deletion> e : deletions.entrySet()) {
                    st.setLong(1, sid);
                    st.setLong(2, e.getKey());
                    setNullable(st, 3, e.getValue().deletedMs());
                    setNullable(st, 4, e.getValue().originalImportedMs());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void clearDeleted(ByteKey service, Collection<Long> fileIds) {
        deleteRows("DELETE FROM deleted_files WHERE service_id = " + SERVICE_ID + " AND hash_id IN " + IN_IDS,
                service, fileIds);
    }

    private void deleteRows(String statement, ByteKey service, Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql("removing rows", () -> {
            try (var st = c.prepareStatement(statement)) {
                int i = 1;
                if (service != null) {
                    st.setBytes(i++, service.bytes());
                }
                st.setString(i, IdLists.ids(fileIds));
                st.executeUpdate();
            }
            return null;
        });
    }

    private void insertIds(String statement, Collection<Long> fileIds, Long value) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql("writing rows", () -> {
            try (var st = c.prepareStatement(statement)) {
                for (Long id : fileIds) {
                    st.setLong(1, id);
                    if (value != null) {
                        st.setLong(2, value);
                    }
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void setInbox(Collection<Long> fileIds, boolean inbox) {
        if (inbox) {
            insertIds("INSERT OR IGNORE INTO file_inbox (hash_id) VALUES (?)", fileIds, null);
        } else {
            deleteRows("DELETE FROM file_inbox WHERE hash_id IN " + IN_IDS, null, fileIds);
        }
    }

    @Override
    public void setArchivedTime(Collection<Long> fileIds, long archivedMs) {
        insertIds("INSERT OR REPLACE INTO file_archived_times (hash_id, archived_ms) VALUES (?, ?)", fileIds,
                archivedMs);
    }

    @Override
    public void setDeletionReason(Collection<Long> fileIds, String reason) {
        if (fileIds.isEmpty()) {
            return;
        }
        sql("writing deletion reasons", () -> {
            try (var st = c.prepareStatement(
                    "INSERT OR REPLACE INTO file_deletion_reasons (hash_id, reason) VALUES (?, ?)")) {
                for (Long id : fileIds) {
                    st.setLong(1, id);
                    st.setString(2, reason);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void clearDeletionReason(Collection<Long> fileIds) {
        deleteRows("DELETE FROM file_deletion_reasons WHERE hash_id IN " + IN_IDS, null, fileIds);
    }

    @Override
    public void queueRemoval(Collection<Long> fileIds, long queuedMs) {
        insertIds("INSERT OR REPLACE INTO file_removal_queue (hash_id, queued_ms) VALUES (?, ?)", fileIds, queuedMs);
    }

    @Override
    public void dequeueRemoval(Collection<Long> fileIds) {
        deleteRows("DELETE FROM file_removal_queue WHERE hash_id IN " + IN_IDS, null, fileIds);
    }

    @Override
    public void setPerceptualHashes(long fileId, long[] hashes) {
        sql("writing perceptual hashes", () -> {
            try (var st = c.prepareStatement("DELETE FROM perceptual_hashes WHERE hash_id = ?")) {
                st.setLong(1, fileId);
                st.executeUpdate();
            }
            if (hashes.length > 0) {
                try (var st = c.prepareStatement(
                        "INSERT OR IGNORE INTO perceptual_hashes (hash_id, phash) VALUES (?, ?)")) {
                    for (long h : hashes) {
                        st.setLong(1, fileId);
                        st.setLong(2, h);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public void clearPerceptualHashes(Collection<Long> fileIds) {
        deleteRows("DELETE FROM perceptual_hashes WHERE hash_id IN " + IN_IDS, null, fileIds);
    }

    @Override
    public dev.hydrant.core.files.FileTimeWrites times() {
        return new SqliteFileTimes(c);
    }
}
