package dev.hydrant.store.disk;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileHashes;
import dev.hydrant.core.files.FileLocks;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileRemovalJob;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.core.files.OrphanSweep;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.store.sqlite.SqliteMetadataStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up sweep and the physical removal job over a real SQLite store and a real folder. */
class FileCleanupTest {
    @TempDir
    Path dir;
    private SqliteMetadataStore store;
    private DiskFileStore disk;
    private FileDomainRules rules;

    @BeforeEach
    void open() {
        store = SqliteMetadataStore.open(dir.resolve("hydrant.db"));
        ServiceCatalog.initialiseDefaults(store.services());
        rules = new FileDomainRules(new ServiceCatalog(store.services(), new SecureRandom()));
        disk = new DiskFileStore(dir.resolve("client_files"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ByteKey hash(int n) {
        byte[] b = new byte[32];
        b[0] = (byte) n;
        b[31] = (byte) 7;
        return ByteKey.of(b);
    }

    private void storeBytes(ByteKey sha256, boolean withThumbnail) throws Exception {
        Path staged = disk.createStagingFile();
        Files.writeString(staged, sha256.hex());
        disk.putFile(staged, sha256, FileType.IMAGE_PNG);
        if (withThumbnail) {
            Path thumb = disk.createStagingFile();
            Files.writeString(thumb, "t");
            disk.putThumbnail(thumb, sha256);
        }
    }

    private long importRow(ByteKey sha256) {
        return store.files().write(tx -> {
            long id = tx.idFor(sha256);
            FileHashes h = new FileHashes(sha256, ByteKey.of(new byte[16]), ByteKey.of(new byte[20]),
                    ByteKey.of(new byte[64]));
            tx.putRecord(new FileRecord(id, sha256, 10, FileType.IMAGE_PNG, null, MediaProperties.unknown(), null), h);
            rules.addToLocalDomain(tx, DefaultServices.MY_FILES, Map.of(id, 1000L));
            return id;
        });
    }

    @Test
    void sweepRemovesFilesWithoutARowAndKeepsStoredOnes() throws Exception {
        ByteKey kept = hash(1);
        ByteKey orphan = hash(2);
        ByteKey deleted = hash(3);
        storeBytes(kept, true);
        importRow(kept);
        storeBytes(orphan, true);
        storeBytes(deleted, false);
        long deletedId = importRow(deleted);
        store.files().write(tx -> rules.deletePhysically(tx, List.of(deletedId), 2000));
        disk.createStagingFile();

        int removed = new OrphanSweep(store.files(), disk).run();

        assertThat(removed).isEqualTo(4);
        assertThat(disk.hasFile(kept, FileType.IMAGE_PNG)).isTrue();
        assertThat(disk.thumbnailPath(kept)).exists();
        assertThat(disk.hasFile(orphan, FileType.IMAGE_PNG)).isFalse();
        assertThat(disk.thumbnailPath(orphan)).doesNotExist();
        assertThat(disk.hasFile(deleted, FileType.IMAGE_PNG)).isFalse();
    }

    @Test
    void removalJobWaitsForTheDelayAndSparesReimportedFiles() throws Exception {
        ByteKey gone = hash(1);
        ByteKey back = hash(2);
        storeBytes(gone, true);
        storeBytes(back, false);
        long goneId = importRow(gone);
        long backId = importRow(back);
        store.files().write(tx -> rules.deletePhysically(tx, List.of(goneId, backId), 10_000));

        FileLocks locks = new FileLocks();
        Clock early = Clock.fixed(Instant.ofEpochMilli(10_500), ZoneOffset.UTC);
        assertThat(new FileRemovalJob(store.files(), disk, locks, early, Duration.ofSeconds(1)).runOnce()).isZero();
        assertThat(disk.hasFile(gone, FileType.IMAGE_PNG)).isTrue();

        store.files().write(tx -> {
            tx.clearDeleted(FileDomainRules.LOCAL_STORAGE, List.of(backId));
            tx.addCurrent(FileDomainRules.LOCAL_STORAGE, Map.of(backId, 10_600L));
            return null;
        });
        Clock later = Clock.fixed(Instant.ofEpochMilli(11_000), ZoneOffset.UTC);
        assertThat(new FileRemovalJob(store.files(), disk, locks, later, Duration.ofSeconds(1)).runOnce()).isEqualTo(1);
        assertThat(disk.hasFile(gone, FileType.IMAGE_PNG)).isFalse();
        assertThat(disk.thumbnailPath(gone)).doesNotExist();
        assertThat(disk.hasFile(back, FileType.IMAGE_PNG)).isTrue();
        assertThat(store.files().queuedRemovals(Long.MAX_VALUE, 10)).isEmpty();
    }
}
