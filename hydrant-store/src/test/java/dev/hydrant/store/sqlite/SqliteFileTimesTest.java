package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.CanvasViews;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileTimes;
import dev.hydrant.core.services.ServiceCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Domain modified times and viewing statistics in SQLite: batches, order, paging, rollback. */
class SqliteFileTimesTest {
    @TempDir
    Path dir;
    private SqliteMetadataStore store;
    private FileRecordStore files;

    @BeforeEach
    void open() {
        store = SqliteMetadataStore.open(dir.resolve("hydrant.db"));
        ServiceCatalog.initialiseDefaults(store.services());
        files = store.files();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Long> ids(int n) {
        return files.write(tx -> {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[32];
                b[0] = (byte) i;
                b[1] = 42;
                out.add(tx.idFor(ByteKey.of(b)));
            }
            return out;
        });
    }

    @Test
    void domainsKeepTheOrderTheyWereFirstRecordedInAndABatchIsOneCall() {
        List<Long> ids = ids(3);
        files.write(tx -> {
            tx.times().setDomainModified(ids, "z.example", 3000);
            tx.times().setDomainModified(ids.subList(0, 2), "a.example", 2000);
            tx.times().setDomainModified(ids.subList(0, 1), "z.example", 1000);
            tx.times().clearDomainModified(ids.subList(1, 2), "z.example");
            return null;
        });
        Map<Long, FileTimes> times = files.timesOf(ids);
        assertThat(times.get(ids.get(0)).domainModifiedMs()).containsExactly(Map.entry("z.example", 1000L),
                Map.entry("a.example", 2000L));
        assertThat(times.get(ids.get(1)).domainModifiedMs()).containsExactly(Map.entry("a.example", 2000L));
        assertThat(times.get(ids.get(2)).domainModifiedMs()).containsExactly(Map.entry("z.example", 3000L));
        assertThat(times.get(ids.get(0)).aggregateModifiedMs(1500L)).isEqualTo(1000L);
        assertThat(times.get(ids.get(1)).aggregateModifiedMs(1500L)).isEqualTo(1500L);
        assertThat(FileTimes.NONE.aggregateModifiedMs(null)).isNull();
    }

    @Test
    void addingStartsFromZeroAndSettingKeepsTheLastViewedTimeUnlessGiven() {
        List<Long> ids = ids(2);
        files.write(tx -> {
            tx.times().addViews(CanvasType.MEDIA_VIEWER, ids, 100L, 2, 1500);
            tx.times().addViews(CanvasType.MEDIA_VIEWER, ids.subList(0, 1), 200L, 1, 500);
            tx.times().setViews(CanvasType.PREVIEW, ids.subList(0, 1), null, 4, 40, 999);
            tx.times().setViews(CanvasType.MEDIA_VIEWER, ids.subList(1, 2), null, 9, 90, 999);
            tx.times().addViews(CanvasType.CLIENT_API, ids.subList(1, 2), null, 1, 1);
            return null;
        });
        Map<Long, FileTimes> times = files.timesOf(ids);
        FileTimes first = times.get(ids.get(0));
        assertThat(first.on(CanvasType.MEDIA_VIEWER)).isEqualTo(new CanvasViews(3, 2000, 200L));
        assertThat(first.on(CanvasType.PREVIEW)).isEqualTo(new CanvasViews(4, 40, 999L));
        assertThat(first.canvases()).doesNotContainKey(CanvasType.CLIENT_API);
        FileTimes second = times.get(ids.get(1));
        assertThat(second.on(CanvasType.MEDIA_VIEWER)).isEqualTo(new CanvasViews(9, 90, 100L));
        assertThat(second.on(CanvasType.CLIENT_API)).isEqualTo(new CanvasViews(1, 1, null));

        files.write(tx -> {
            tx.times().setLastViewed(CanvasType.CLIENT_API, ids, 777);
            return null;
        });
        Map<Long, FileTimes> after = files.timesOf(ids);
        assertThat(after.get(ids.get(1)).on(CanvasType.CLIENT_API).lastViewedMs()).isEqualTo(777L);
        assertThat(after.get(ids.get(0)).canvases()).as("no statistics made by a time edit")
                .doesNotContainKey(CanvasType.CLIENT_API);
    }

    @Test
    void everyFileWithTimesIsVisitedInPagesByIncreasingId() {
        List<Long> ids = ids(7);
        files.write(tx -> {
            tx.times().setDomainModified(List.of(ids.get(1), ids.get(4)), "example.com", 5);
            tx.times().addViews(CanvasType.PREVIEW, List.of(ids.get(4), ids.get(5), ids.get(6)), 1L, 1, 1);
            return null;
        });
        List<Long> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        files.forEachTimes(2, page -> {
            pageSizes.add(page.size());
            seen.addAll(page.keySet().stream().sorted().toList());
        });
        assertThat(seen).containsExactly(ids.get(1), ids.get(4), ids.get(5), ids.get(6));
        assertThat(pageSizes).containsExactly(2, 2);
    }

    @Test
    void aFailedTransactionLeavesNoTimes() {
        List<Long> ids = ids(1);
        assertThatThrownBy(() -> files.write(tx -> {
            tx.times().setDomainModified(ids, "example.com", 5);
            tx.times().addViews(CanvasType.MEDIA_VIEWER, ids, 1L, 1, 1);
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(files.timesOf(ids)).isEmpty();
    }
}
