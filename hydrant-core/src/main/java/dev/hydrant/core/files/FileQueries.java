package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read use cases over files: metadata for a batch (a fixed number of queries whatever the batch size), the
 * stored file to serve, and translations between hash types.
 */
public final class FileQueries {
    /** A file as {@code file_metadata} shows it; {@code state} is null for a hash with no id. */
    public record FileView(ByteKey sha256, FileState state) {
        public Long fileId() {
            return state == null ? null : state.fileId();
        }
    }

    /** A file stored on disk, ready to serve. */
    public record StoredFile(long fileId, ByteKey sha256, FileType type, long size, Path path) {
    }

    private final FileRecordStore records;
    private final FileStore files;
    private final FileResolver resolver;

    public FileQueries(FileRecordStore records, FileStore files) {
        this.records = records;
        this.files = files;
        this.resolver = new FileResolver(records);
    }

    /** The named files resolved to ids (404 for an unknown id; unknown hashes have no id). */
    public List<FileResolver.ResolvedFile> resolve(FileSelection selection) {
        return resolver.resolve(selection);
    }

    /**
     * Everything known about the named files, in request order.
     *
     * @param createNewIds give hashes without an id a new (empty) one, as {@code create_new_file_ids} does
     */
    public List<FileView> views(List<FileResolver.ResolvedFile> resolved, boolean createNewIds) {
        Map<ByteKey, Long> ids = new LinkedHashMap<>();
        List<ByteKey> unknown = new ArrayList<>();
        for (FileResolver.ResolvedFile f : resolved) {
            ids.put(f.sha256(), f.fileId());
            if (f.fileId() == null) {
                unknown.add(f.sha256());
            }
        }
        if (createNewIds && !unknown.isEmpty()) {
            Map<ByteKey, Long> created = records.write(tx -> {
                Map<ByteKey, Long> out = new LinkedHashMap<>();
                unknown.forEach(h -> out.put(h, tx.idFor(h)));
                return out;
            });
            ids.putAll(created);
        }
        Map<Long, FileState> states = records.states(ids.values().stream().filter(java.util.Objects::nonNull).toList());
        List<FileView> views = new ArrayList<>();
        ids.forEach((hash, id) -> views.add(new FileView(hash, id == null ? null : states.get(id))));
        return views;
    }

    /** The domain modified times and viewing statistics of the ids that have any (one query per table). */
    public Map<Long, FileTimes> times(java.util.Collection<Long> fileIds) {
        return records.timesOf(fileIds);
    }

    /**
     * The one named file as stored on disk.
     *
     * @throws ApiException 404 "The client does not have this file!" when it is unknown, not in hydrus local file
     *                      storage, or missing on disk
     */
    public StoredFile storedFile(FileSelection.Item item) {
        ByteKey sha256;
        Long id;
        if (item instanceof FileSelection.ById byId) {
            id = byId.fileId();
            sha256 = records.hashesOf(List.of(id)).get(id);
        } else {
            sha256 = ((FileSelection.ByHash) item).sha256();
            id = records.idsOf(List.of(sha256)).get(sha256);
        }
        FileState state = id == null ? null : records.states(List.of(id)).get(id);
        if (state == null || state.record() == null
                || !state.locations().isCurrentIn(FileDomainRules.LOCAL_STORAGE)) {
            throw missing();
        }
        FileRecord r = state.record();
        Path path = files.filePath(r.sha256(), r.type());
        if (!files.hasFile(r.sha256(), r.type())) {
            throw missing();
        }
        return new StoredFile(id, r.sha256(), r.type(), r.size(), path);
    }

    /** What media analysis recorded for an imported file. */
    public MediaProperties media(long fileId) {
        FileState state = records.states(List.of(fileId)).get(fileId);
        return state == null || state.record() == null ? MediaProperties.unknown() : state.record().media();
    }

    private static ApiException missing() {
        return new ApiException(ErrorKind.FILE_MISSING, "The client does not have this file!");
    }

    /** The {@code from}-type hashes mapped to their {@code to}-type hashes, in request order; misses left out. */
    public Map<ByteKey, ByteKey> translateHashes(List<ByteKey> hashes, HashType from, HashType to) {
        Map<ByteKey, ByteKey> found = records.translate(new HashSet<>(hashes), from, to);
        Map<ByteKey, ByteKey> ordered = new LinkedHashMap<>();
        for (ByteKey h : hashes) {
            ByteKey target = found.get(h);
            if (target != null) {
                ordered.putIfAbsent(h, target);
            }
        }
        return ordered;
    }

    public List<StorageLocation> storageLocations() {
        return files.locations();
    }
}
