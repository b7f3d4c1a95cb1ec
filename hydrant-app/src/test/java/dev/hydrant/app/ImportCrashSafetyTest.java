package dev.hydrant.app;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileLocks;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileWrites;
import dev.hydrant.core.files.HashType;
import dev.hydrant.core.files.OrphanSweep;
import dev.hydrant.core.files.importing.FileImporter;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.media.sniff.FileTypeSniffer;
import dev.hydrant.media.sniff.SniffingDetector;
import dev.hydrant.store.disk.DiskFileStore;
import dev.hydrant.store.sqlite.SqliteMetadataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import's crash-safety ordering: the bytes are durable in the file store before the row commits, so a
 * process killed at the commit leaves a file without a row (never a row without its file), which the start-up
 * sweep removes.
 */
class ImportCrashSafetyTest {
    @TempDir
    Path dir;

    /** A store whose commits die, as if the process were killed at that moment. */
    private record DyingStore(FileRecordStore real) implements FileRecordStore {
        @Override
        public <T> T write(Function<FileWrites, T> work) {
            throw new IllegalStateException("killed before the commit");
        }

        @Override
        public void forEachDomainEntry(DomainVisitor visitor) {
            real.forEachDomainEntry(visitor);
        }

        @Override
        public void forEachState(int batchSize,
                                 java.util.function.Consumer<java.util.Collection<dev.hydrant.core.files.FileState>> b) {
            real.forEachState(batchSize, b);
        }

        @Override
        public void forEachPerceptualHash(PerceptualHashVisitor visitor) {
            real.forEachPerceptualHash(visitor);
        }

        @Override
        public Map<Long, long[]> perceptualHashesOf(Collection<Long> fileIds) {
            return real.perceptualHashesOf(fileIds);
        }

        @Override
        public void forEachTimes(int batchSize,
                                 java.util.function.Consumer<Map<Long, dev.hydrant.core.files.FileTimes>> b) {
            real.forEachTimes(batchSize, b);
        }

        @Override
        public Map<Long, dev.hydrant.core.files.FileTimes> timesOf(Collection<Long> fileIds) {
            return real.timesOf(fileIds);
        }

        @Override
        public Map<ByteKey, Long> idsOf(Collection<ByteKey> sha256s) {
            return real.idsOf(sha256s);
        }

        @Override
        public Map<Long, ByteKey> hashesOf(Collection<Long> fileIds) {
            return real.hashesOf(fileIds);
        }

        @Override
        public Map<Long, FileState> states(Collection<Long> fileIds) {
            return real.states(fileIds);
        }

        @Override
        public Map<ByteKey, ByteKey> translate(Collection<ByteKey> hashes, HashType from, HashType to) {
            return real.translate(hashes, from, to);
        }

        @Override
        public Map<Long, Long> currentIn(ByteKey service, Collection<Long> fileIds) {
            return real.currentIn(service, fileIds);
        }

        @Override
        public List<Long> allCurrentIn(ByteKey service) {
            return real.allCurrentIn(service);
        }

        @Override
        public Map<Long, FileLocations.Deletion> deletedFrom(ByteKey service, Collection<Long> fileIds) {
            return real.deletedFrom(service, fileIds);
        }

        @Override
        public Set<Long> inInbox(Collection<Long> fileIds) {
            return real.inInbox(fileIds);
        }

        @Override
        public List<QueuedRemoval> queuedRemovals(long queuedBeforeMs, int limit) {
            return real.queuedRemovals(queuedBeforeMs, limit);
        }
    }

    @Test
    void bytesAreDurableBeforeTheRowAndTheSweepRemovesThemAfterACrash() throws Exception {
        try (SqliteMetadataStore store = SqliteMetadataStore.open(dir.resolve("hydrant.db"))) {
            ServiceCatalog.initialiseDefaults(store.services());
            ServiceCatalog catalog = new ServiceCatalog(store.services(), new SecureRandom());
            DiskFileStore disk = new DiskFileStore(dir.resolve("client_files"));
            FileImporter dying = new FileImporter(new DyingStore(store.files()), disk, new FileLocks(),
                    new SniffingDetector(new FileTypeSniffer()), dev.hydrant.core.files.MediaInspector.NONE, new FileDomainRules(catalog),
                    Clock.systemUTC(), ZoneOffset.UTC);
            byte[] png = TestImages.png(16, 16, 9);
            Path upload = Files.write(dir.resolve("upload.tmp"), png);

            assertThatThrownBy(() -> dying.importUpload(upload, List.of())).hasMessageContaining("killed");

            ByteKey hash = ByteKey.of(java.security.MessageDigest.getInstance("SHA-256").digest(png));
            assertThat(disk.hasFile(hash, FileType.IMAGE_PNG)).as("bytes stored before the commit").isTrue();
            assertThat(store.files().idsOf(List.of(hash))).as("no row").isEmpty();

            assertThat(new OrphanSweep(store.files(), disk).run()).isEqualTo(1);
            assertThat(disk.hasFile(hash, FileType.IMAGE_PNG)).isFalse();
        }
    }
}
