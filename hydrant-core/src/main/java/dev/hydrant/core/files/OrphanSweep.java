package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The start-up sweep: removes stored files and thumbnails whose file is not in hydrus local file storage (bytes
 * moved into place by an import that was killed before its row committed, or physically deleted files whose
 * removal had not run yet), and leftovers of interrupted writes. Run it before the server takes requests.
 */
public final class OrphanSweep {
    private final FileRecordStore records;
    private final FileStore files;

    public OrphanSweep(FileRecordStore records, FileStore files) {
        this.records = records;
        this.files = files;
    }

    /** @return how many files, thumbnails and leftovers were removed */
    public int run() throws IOException {
        int removed = files.removeLeftovers();
        for (int prefix = 0; prefix < 256; prefix++) {
            List<FileStore.StoredEntry> entries = new ArrayList<>(files.listFiles(prefix));
            entries.addAll(files.listThumbnails(prefix));
            if (entries.isEmpty()) {
                continue;
            }
            List<ByteKey> hashes = entries.stream().map(FileStore.StoredEntry::sha256).distinct().toList();
            Map<ByteKey, Long> ids = records.idsOf(hashes);
            Set<Long> stored = records.currentIn(FileDomainRules.LOCAL_STORAGE, ids.values()).keySet();
            for (FileStore.StoredEntry entry : entries) {
                Long id = ids.get(entry.sha256());
                if (id == null || !stored.contains(id)) {
                    files.delete(entry);
                    removed++;
                }
            }
        }
        return removed;
    }
}
