package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a {@link FileSelection} into files: ids become hashes and hashes become ids (two queries for any number),
 * duplicates dropped keeping the first, an id that names no hash is a 404 with hydrus's text.
 */
public final class FileResolver {
    /** A named file: its hash, and its id when the hash has one. */
    public record ResolvedFile(Long fileId, ByteKey sha256) {
    }

    private final FileReads records;

    public FileResolver(FileReads records) {
        this.records = records;
    }

    /** Every named file in order; hashes without an id have a null id. */
    public List<ResolvedFile> resolve(FileSelection selection) {
        List<Long> ids = new ArrayList<>();
        List<ByteKey> hashes = new ArrayList<>();
        for (FileSelection.Item item : selection.items()) {
            switch (item) {
                case FileSelection.ById byId -> ids.add(byId.fileId());
                case FileSelection.ByHash byHash -> hashes.add(byHash.sha256());
            }
        }
        Map<Long, ByteKey> idToHash = records.hashesOf(ids);
        TreeSet<Long> novel = new TreeSet<>(ids);
        novel.removeAll(idToHash.keySet());
        if (!novel.isEmpty()) {
            throw ApiException.notFound("It seems you gave a file_id that does not exist! Was asked about these novel "
                    + "hash_ids: " + novel);
        }
        Map<ByteKey, Long> hashToId = records.idsOf(hashes);
        Map<ByteKey, ResolvedFile> out = new LinkedHashMap<>();
        for (FileSelection.Item item : selection.items()) {
            ResolvedFile file = switch (item) {
                case FileSelection.ById byId -> new ResolvedFile(byId.fileId(), idToHash.get(byId.fileId()));
                case FileSelection.ByHash byHash -> new ResolvedFile(hashToId.get(byHash.sha256()), byHash.sha256());
            };
            out.putIfAbsent(file.sha256(), file);
        }
        return List.copyOf(out.values());
    }

    /** The ids of the named files that have one, in order. */
    public List<Long> knownIds(FileSelection selection) {
        return resolve(selection).stream().filter(f -> f.fileId() != null).map(ResolvedFile::fileId).toList();
    }
}
