package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.files.storage.IdealLocation;
import dev.hydrant.core.files.storage.PrefixFolders;
import dev.hydrant.core.files.storage.PrefixMove;
import dev.hydrant.core.files.storage.StorageLayout;
import dev.hydrant.core.files.storage.StorageLocationStore;
import dev.hydrant.core.files.storage.StorageLocations;
import dev.hydrant.store.disk.DiskFileStore;
import dev.hydrant.store.sqlite.SqliteMetadataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A prefix move killed at its two dangerous points — after the copy but before the switch, and after the switch
 * but before the old folder is gone — loses nothing: the next server start finishes or undoes the move, and every
 * file is served. A location that holds files but is missing (an unmounted disk) stops the server from starting.
 */
class StorageMoveCrashTest {
    private static final StorageLocations.Progress QUIET = new StorageLocations.Progress() {
        @Override
        public void moving(int index, int count, PrefixMove move, long bytes) {
        }

        @Override
        public void moved(int index, int count, PrefixMove move) {
        }
    };

    @TempDir
    Path dir;

    /** The real store, killed when a given prefix would switch. */
    private record DyingStore(StorageLocationStore real, String dieAt) implements StorageLocationStore {
        @Override
        public Optional<StorageLayout> load() {
            return real.load();
        }

        @Override
        public void initialise(StorageLayout layout) {
            real.initialise(layout);
        }

        @Override
        public void replaceIdeal(List<IdealLocation> locations) {
            real.replaceIdeal(locations);
        }

        @Override
        public List<PrefixMove> pendingMoves() {
            return real.pendingMoves();
        }

        @Override
        public void beginMove(PrefixMove move) {
            real.beginMove(move);
        }

        @Override
        public void switchMove(PrefixMove move) {
            if (move.prefix().equals(dieAt)) {
                throw new IllegalStateException("killed before the switch");
            }
            real.switchMove(move);
        }

        @Override
        public void endMove(String prefix) {
            real.endMove(prefix);
        }
    }

    /** The real folders, killed when the old copy of a given prefix would be deleted. */
    private record DyingFolders(DiskFileStore real, String dieAt) implements PrefixFolders {
        @Override
        public void useLayout(StorageLayout layout) {
            real.useLayout(layout);
        }

        @Override
        public StorageLayout layout() {
            return real.layout();
        }

        @Override
        public long bytesIn(Path location, String prefix) throws IOException {
            return real.bytesIn(location, prefix);
        }

        @Override
        public long usableSpace(Path location) throws IOException {
            return real.usableSpace(location);
        }

        @Override
        public long copy(String prefix, Path from, Path to) throws IOException {
            return real.copy(prefix, from, to);
        }

        @Override
        public void prepare(Path location) throws IOException {
            real.prepare(location);
        }

        @Override
        public boolean exists(Path location) {
            return real.exists(location);
        }

        @Override
        public void removeFolder(Path location, String prefix) throws IOException {
            if (prefix.equals(dieAt)) {
                throw new IOException("killed after the switch");
            }
            real.removeFolder(location, prefix);
        }
    }

    /** Imports PNGs until one's hash starts with 8-f (so its prefix moves to a second location of equal weight). */
    private Map<String, byte[]> importSome(Path data) throws Exception {
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        try (TestServer server = TestServer.startKeeping(data)) {
            KeyedApiClient api = new KeyedApiClient(server);
            for (long seed = 1; pngs.size() < 4 || highOne(pngs) == null; seed++) {
                byte[] png = TestImages.png(10, 8, seed);
                String hash = KeyedApiClient.ok(api.upload("/add_files/add_file", png)).get("hash").asText();
                assertThat(hash).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
                pngs.put(hash, png);
            }
        }
        return pngs;
    }

    private static String highOne(Map<String, byte[]> pngs) {
        return pngs.keySet().stream().filter(h -> Character.digit(h.charAt(0), 16) >= 8).findFirst().orElse(null);
    }

    private static void assertAllServed(TestServer server, Map<String, byte[]> pngs) throws Exception {
        KeyedApiClient api = new KeyedApiClient(server);
        for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
            RawHttp.Response file = api.get("/get_files/file?hash=" + e.getKey());
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(e.getValue());
            String thumbnailPath = KeyedApiClient.ok(api.get("/get_files/thumbnail_path?hash=" + e.getKey()))
                    .get("path").asText();
            assertThat(Path.of(thumbnailPath)).exists();
        }
    }

    private static Map<String, String> prefixes(TestServer server) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode locations = KeyedApiClient.ok(new KeyedApiClient(server)
                .get("/get_files/local_file_storage_locations")).get("locations");
        for (JsonNode l : locations) {
            l.get("prefixes").forEach(p -> out.put(p.asText(), l.get("path").asText()));
        }
        return out;
    }

    @Test
    void aMoveKilledBeforeTheSwitchIsUndoneAtTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        Path second = dir.resolve("second");
        Map<String, byte[]> pngs = importSome(data);
        String prefix = "f" + highOne(pngs).substring(0, 2);
        DataFolder folder = new DataFolder(data);
        try (SqliteMetadataStore store = SqliteMetadataStore.open(folder.database())) {
            DiskFileStore disk = new DiskFileStore(folder.clientFiles());
            StorageLocations storage = new StorageLocations(new DyingStore(store.storageLocations(), prefix), disk,
                    StorageLayout.single(folder.clientFiles()));
            storage.add(second, 1, null);
            assertThatThrownBy(() -> storage.rebalance(QUIET)).hasMessageContaining("killed before the switch");
            assertThat(store.storageLocations().pendingMoves()).singleElement()
                    .satisfies(m -> assertThat(m.prefix()).isEqualTo(prefix))
                    .satisfies(m -> assertThat(m.switched()).isFalse());
            assertThat(second.resolve(prefix).resolve(highOne(pngs) + ".png")).exists();
            assertThat(store.storageLocations().load().orElseThrow().locationOf(prefix))
                    .isEqualTo(folder.clientFiles());
        }
        try (TestServer server = TestServer.startKeeping(data)) {
            assertThat(server.library().store().storageLocations().pendingMoves()).isEmpty();
            assertThat(second.resolve(prefix)).doesNotExist();
            assertThat(folder.clientFiles().resolve(prefix).resolve(highOne(pngs) + ".png")).exists();
            assertThat(prefixes(server).get(prefix)).isEqualTo(folder.clientFiles().toString());
            assertAllServed(server, pngs);
        }
    }

    @Test
    void aMoveKilledAfterTheSwitchIsFinishedAtTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        Path second = dir.resolve("second");
        Map<String, byte[]> pngs = importSome(data);
        String hash = highOne(pngs);
        String prefix = "f" + hash.substring(0, 2);
        DataFolder folder = new DataFolder(data);
        try (SqliteMetadataStore store = SqliteMetadataStore.open(folder.database())) {
            DiskFileStore disk = new DiskFileStore(folder.clientFiles());
            StorageLocations storage = new StorageLocations(store.storageLocations(), new DyingFolders(disk, prefix),
                    StorageLayout.single(folder.clientFiles()));
            storage.add(second, 1, null);
            assertThatThrownBy(() -> storage.rebalance(QUIET)).hasMessageContaining("killed after the switch");
            assertThat(store.storageLocations().pendingMoves()).singleElement()
                    .satisfies(m -> assertThat(m.switched()).isTrue());
            assertThat(folder.clientFiles().resolve(prefix).resolve(hash + ".png")).exists();
            assertThat(second.resolve(prefix).resolve(hash + ".png")).exists();
        }
        try (TestServer server = TestServer.startKeeping(data)) {
            assertThat(server.library().store().storageLocations().pendingMoves()).isEmpty();
            assertThat(folder.clientFiles().resolve(prefix)).doesNotExist();
            assertThat(prefixes(server).get(prefix)).isEqualTo(second.toString());
            assertAllServed(server, pngs);
        }

        Path away = dir.resolve("unmounted");
        Files.move(second, away);
        assertThatThrownBy(() -> TestServer.startKeeping(data)).hasMessageContaining(second.toString())
                .hasMessageContaining("is its disk mounted?");
        Files.move(away, second);
        try (TestServer server = TestServer.startKeeping(data)) {
            assertAllServed(server, pngs);
        }
    }
}
