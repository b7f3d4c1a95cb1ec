package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.urls.known.UrlMapping;
import dev.hydrant.core.urls.known.UrlMappingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteUrlMappingStoreTest {
    @TempDir
    Path dir;
    private SqliteMetadataStore store;
    private UrlMappingStore urls;

    @BeforeEach
    void open() {
        store = SqliteMetadataStore.open(dir.resolve("hydrant.db"));
        urls = store.urlMappings();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Map<String, String> domains(String... urlAndDomain) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < urlAndDomain.length; i += 2) {
            m.put(urlAndDomain[i], urlAndDomain[i + 1]);
        }
        return m;
    }

    @Test
    void addsReportOnlyNewRowsAndRemovesOnlyExistingOnes() {
        List<UrlMapping> first = urls.write(tx -> tx.add(List.of(1L, 2L),
                domains("https://a.example.com/1", "a.example.com", "not a url", "unknown.com")));
        assertThat(first).extracting(UrlMapping::fileId, UrlMapping::url, UrlMapping::domain).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, "https://a.example.com/1", "a.example.com"),
                org.assertj.core.groups.Tuple.tuple(2L, "https://a.example.com/1", "a.example.com"),
                org.assertj.core.groups.Tuple.tuple(1L, "not a url", "unknown.com"),
                org.assertj.core.groups.Tuple.tuple(2L, "not a url", "unknown.com"));
        List<UrlMapping> again = urls.write(tx -> tx.add(List.of(2L, 3L),
                domains("https://a.example.com/1", "a.example.com")));
        assertThat(again).extracting(UrlMapping::fileId).containsExactly(3L);
        assertThat(again.get(0).urlId()).isEqualTo(first.stream()
                .filter(m -> m.url().equals("https://a.example.com/1")).findFirst().orElseThrow().urlId());

        List<UrlMapping> removed = urls.write(tx -> tx.remove(List.of(1L, 3L, 4L),
                List.of("https://a.example.com/1", "https://never.example.com/")));
        assertThat(removed).extracting(UrlMapping::fileId).containsExactlyInAnyOrder(1L, 3L);
        assertThat(urls.urlsOf(List.of(1L, 2L, 3L))).containsOnlyKeys(1L, 2L);
        assertThat(urls.urlsOf(List.of(2L)).get(2L)).containsExactlyInAnyOrder("https://a.example.com/1", "not a url");
        assertThat(urls.filesWithAny(Set.of("https://a.example.com/1", "not a url", "x"))).containsExactlyInAnyOrder(1L,
                2L);

        List<UrlMapping> all = new ArrayList<>();
        urls.forEachMapping(all::add);
        assertThat(all).hasSize(3);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        ByteKey hash = ByteKey.fromHex("cd".repeat(32));
        try {
            urls.write(tx -> {
                tx.fileIdsFor(List.of(hash));
                tx.add(List.of(1L), domains("https://example.com/", "example.com"));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(store.files().idsOf(List.of(hash))).isEmpty();
        assertThat(urls.filesWithAny(List.of("https://example.com/"))).isEmpty();
        Map<ByteKey, Long> ids = urls.write(tx -> tx.fileIdsFor(List.of(hash, hash)));
        assertThat(ids).containsOnlyKeys(hash);
        assertThat(store.files().idsOf(List.of(hash))).isEqualTo(ids);
    }

    @Test
    void batchesOfTwentyThousandFilesAreWrittenAndReadWhole() {
        List<Long> files = LongStream.rangeClosed(1, 20_000).boxed().toList();
        List<UrlMapping> added = urls.write(tx -> tx.add(files, domains("https://example.com/shared", "example.com")));
        assertThat(added).hasSize(20_000);
        Map<Long, List<String>> read = urls.urlsOf(files);
        assertThat(read).hasSize(20_000);
        assertThat(urls.filesWithAny(List.of("https://example.com/shared"))).hasSize(20_000);
        List<UrlMapping> removed = urls.write(tx -> tx.remove(files, List.of("https://example.com/shared")));
        assertThat(removed).hasSize(20_000);
        assertThat(urls.urlsOf(files)).isEmpty();
    }
}
