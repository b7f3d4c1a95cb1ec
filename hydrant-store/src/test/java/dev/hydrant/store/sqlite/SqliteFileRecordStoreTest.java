package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileHashes;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.HashType;
import dev.hydrant.core.files.MediaFlags;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteFileRecordStoreTest {
    private static final ByteKey MY_FILES = DefaultServices.MY_FILES;

    @TempDir
    Path dir;
    private SqliteMetadataStore store;
    private FileRecordStore files;
    private ServiceCatalog catalog;
    private FileDomainRules rules;

    @BeforeEach
    void open() {
        store = SqliteMetadataStore.open(dir.resolve("hydrant.db"));
        ServiceCatalog.initialiseDefaults(store.services());
        catalog = new ServiceCatalog(store.services(), new SecureRandom());
        files = store.files();
        rules = new FileDomainRules(catalog);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ByteKey key(int seed, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i < 4 ? seed >>> (8 * i) : i);
        }
        return ByteKey.of(b);
    }

    private static FileHashes hashes(int seed) {
        return new FileHashes(key(seed, 32), key(seed + 1000, 16), key(seed + 2000, 20), key(seed + 3000, 64));
    }

    private long importFile(int seed, long nowMs, ByteKey pixelHash) {
        FileHashes h = hashes(seed);
        return files.write(tx -> {
            long id = tx.idFor(h.sha256());
            MediaProperties media = new MediaProperties(160, 120, null, null, null, false,
                    new MediaFlags(true, false, true, false, false, false, false), "blur", pixelHash);
            tx.putRecord(new FileRecord(id, h.sha256(), 1234, FileType.IMAGE_PNG, null, media, nowMs - 5), h);
            rules.addToLocalDomain(tx, MY_FILES, Map.of(id, nowMs));
            tx.setInbox(List.of(id), true);
            return id;
        });
    }

    @Test
    void idsAreStableNeverReusedAndSharedWithPixelHashes() {
        long first = importFile(1, 1000, key(99, 32));
        long second = importFile(2, 2000, null);
        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(3); // id 2 went to the pixel hash of the first file, as in hydrus
        assertThat(files.idsOf(List.of(key(99, 32)))).containsEntry(key(99, 32), 2L);
        long again = files.write(tx -> tx.idFor(hashes(1).sha256()));
        assertThat(again).isEqualTo(first);
        assertThat(files.hashesOf(List.of(first, second, 777L))).containsOnlyKeys(first, second);
    }

    @Test
    void statesCarryRecordLocationsInboxAndReasons() {
        long id = importFile(1, 1000, key(99, 32));
        FileState state = files.states(List.of(id)).get(id);
        assertThat(state.sha256()).isEqualTo(hashes(1).sha256());
        assertThat(state.inbox()).isTrue();
        FileRecord r = state.record();
        assertThat(r.size()).isEqualTo(1234);
        assertThat(r.type()).isEqualTo(FileType.IMAGE_PNG);
        assertThat(r.media().width()).isEqualTo(160);
        assertThat(r.media().durationMs()).isNull();
        assertThat(r.media().hasAudio()).isFalse();
        assertThat(r.media().flags().transparency()).isTrue();
        assertThat(r.media().flags().iccProfile()).isTrue();
        assertThat(r.media().pixelHash()).isEqualTo(key(99, 32));
        assertThat(r.fileModifiedMs()).isEqualTo(995);
        assertThat(state.locations().current()).containsOnlyKeys(MY_FILES, FileDomainRules.LOCAL_MEDIA,
                FileDomainRules.LOCAL_STORAGE).containsValue(1000L);
        FileState pixel = files.states(List.of(2L)).get(2L);
        assertThat(pixel.record()).isNull();
        assertThat(pixel.locations()).isEqualTo(FileLocations.NOWHERE);
    }

    @Test
    void otherHashesTranslate() {
        importFile(1, 1000, null);
        FileHashes h = hashes(1);
        assertThat(files.translate(List.of(h.sha256(), key(5, 32)), HashType.SHA256, HashType.MD5))
                .containsExactly(Map.entry(h.sha256(), h.md5()));
        assertThat(files.translate(List.of(h.sha1()), HashType.SHA1, HashType.SHA512))
                .containsExactly(Map.entry(h.sha1(), h.sha512()));
    }

    @Test
    void trashUndeletePhysicalDeleteAndClearingRecords() {
        long id = importFile(1, 1000, null);
        files.write(tx -> {
            rules.deleteFromAllLocalDomains(tx, List.of(id), 2000);
            tx.setDeletionReason(List.of(id), "because");
            return null;
        });
        FileState trashed = files.states(List.of(id)).get(id);
        assertThat(trashed.locations().current()).containsOnlyKeys(FileDomainRules.LOCAL_STORAGE, FileDomainRules.TRASH);
        assertThat(trashed.locations().deleted()).containsOnlyKeys(MY_FILES, FileDomainRules.LOCAL_MEDIA);
        assertThat(trashed.locations().deleted().get(MY_FILES)).isEqualTo(new FileLocations.Deletion(2000L, 1000L));
        assertThat(trashed.deletionReason()).isEqualTo("because");

        files.write(tx -> {
            rules.undelete(tx, rules.localDomains(), List.of(id), 3000);
            return null;
        });
        FileState back = files.states(List.of(id)).get(id);
        assertThat(back.locations().current()).containsOnlyKeys(MY_FILES, FileDomainRules.LOCAL_MEDIA,
                FileDomainRules.LOCAL_STORAGE);
        assertThat(back.locations().current().get(MY_FILES)).isEqualTo(1000L);
        assertThat(back.locations().deleted()).isEmpty();

        files.write(tx -> rules.deletePhysically(tx, List.of(id), 4000));
        FileState gone = files.states(List.of(id)).get(id);
        assertThat(gone.locations().current()).isEmpty();
        assertThat(gone.locations().deleted()).containsOnlyKeys(MY_FILES, FileDomainRules.LOCAL_MEDIA,
                FileDomainRules.LOCAL_STORAGE);
        assertThat(gone.inbox()).isFalse();
        assertThat(files.queuedRemovals(5000, 10)).extracting(r -> r.fileId()).containsExactly(id);
        assertThat(files.queuedRemovals(4000, 10)).isEmpty();

        files.write(tx -> rules.clearDeletionRecords(tx, List.of(id)));
        FileState cleared = files.states(List.of(id)).get(id);
        assertThat(cleared.locations().deleted()).containsOnlyKeys(FileDomainRules.LOCAL_MEDIA);
        assertThat(cleared.deletionReason()).isNull();

        files.write(tx -> rules.addToLocalDomain(tx, MY_FILES, Map.of(id, 6000L)));
        assertThat(files.queuedRemovals(Long.MAX_VALUE, 10)).isEmpty();
        assertThat(files.states(List.of(id)).get(id).locations().deleted()).isEmpty();
    }

    @Test
    void leavingOneOfTwoLocalDomainsDoesNotTrash() {
        ByteKey second = catalog.add("second files", ServiceType.LOCAL_FILE_DOMAIN, null, null).key();
        long id = importFile(1, 1000, null);
        files.write(tx -> rules.addToLocalDomain(tx, second, Map.of(id, 1500L)));
        files.write(tx -> rules.deleteFromLocalDomain(tx, MY_FILES, List.of(id), 2000));
        FileState state = files.states(List.of(id)).get(id);
        assertThat(state.locations().current()).containsOnlyKeys(second, FileDomainRules.LOCAL_MEDIA,
                FileDomainRules.LOCAL_STORAGE);
        assertThat(state.locations().deleted()).containsOnlyKeys(MY_FILES);
    }

    @Test
    void archiveAndUnarchive() {
        long id = importFile(1, 1000, null);
        Set<Long> archivedIds = files.write(tx -> rules.archive(tx, List.of(id, 99L), 2000));
        assertThat(archivedIds).containsExactly(id);
        FileState archived = files.states(List.of(id)).get(id);
        assertThat(archived.inbox()).isFalse();
        assertThat(archived.archivedMs()).isEqualTo(2000);
        Set<Long> again = files.write(tx -> rules.archive(tx, List.of(id), 3000));
        assertThat(again).isEmpty();
        Set<Long> unarchived = files.write(tx -> rules.unarchive(tx, List.of(id)));
        assertThat(unarchived).containsExactly(id);
        assertThat(files.inInbox(List.of(id))).isEqualTo(Set.of(id));
    }

    @Test
    void batchesOfThousandsAreOneStatementEach() {
        List<Long> ids = new ArrayList<>();
        files.write(tx -> {
            for (int i = 0; i < 3000; i++) {
                ids.add(tx.idFor(key(10_000 + i, 32)));
            }
            return null;
        });
        assertThat(files.states(ids)).hasSize(3000);
        assertThat(files.hashesOf(ids)).hasSize(3000);
    }
}
