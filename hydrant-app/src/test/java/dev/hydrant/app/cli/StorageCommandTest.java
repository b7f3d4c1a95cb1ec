package dev.hydrant.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.app.DataFolder;
import dev.hydrant.app.KeyedApiClient;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.app.RawHttp;
import dev.hydrant.app.TestImages;
import dev.hydrant.app.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hydrant storage}: locations added, changed and removed with the CLI, prefixes moved by {@code rebalance},
 * and a restarted server that reports the locations as hydrus does and serves every file from where its prefix
 * lives.
 */
class StorageCommandTest {
    @TempDir
    Path tmp;

    /** PNGs whose hashes start with 0-7 and with 8-f, so both halves of the prefixes are used. */
    private static Map<String, byte[]> pngsInBothHalves() throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        boolean low = false;
        boolean high = false;
        for (long seed = 1; seed < 200 && (!low || !high || out.size() < 6); seed++) {
            byte[] png = TestImages.png(12, 9, seed);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
            boolean isLow = Character.digit(hash.charAt(0), 16) < 8;
            if ((isLow && low && out.size() >= 3) || (!isLow && high && out.size() >= 3)) {
                continue;
            }
            low |= isLow;
            high |= !isLow;
            out.put(hash, png);
        }
        assertThat(low && high).isTrue();
        return out;
    }

    private static Map<String, byte[]> importAll(TestServer server, Map<String, byte[]> pngs) throws Exception {
        KeyedApiClient api = new KeyedApiClient(server);
        for (byte[] png : pngs.values()) {
            assertThat(KeyedApiClient.ok(api.upload("/add_files/add_file", png)).get("status").asInt()).isEqualTo(1);
        }
        return pngs;
    }

    private static JsonNode locations(TestServer server) throws Exception {
        return KeyedApiClient.ok(new KeyedApiClient(server).get("/get_files/local_file_storage_locations"))
                .get("locations");
    }

    /** Every file and thumbnail is served, and file_path names the location holding its prefix. */
    private static void assertServedFrom(TestServer server, Map<String, byte[]> pngs, Map<String, Path> prefixes)
            throws Exception {
        KeyedApiClient api = new KeyedApiClient(server);
        for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
            String hash = e.getKey();
            RawHttp.Response file = api.get("/get_files/file?hash=" + hash);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(e.getValue());
            RawHttp.Response thumbnail = api.get("/get_files/thumbnail?hash=" + hash);
            assertThat(thumbnail.status()).isEqualTo(200);
            Path home = prefixes.get("f" + hash.substring(0, 2));
            assertThat(KeyedApiClient.ok(api.get("/get_files/file_path?hash=" + hash)).get("path").asText())
                    .isEqualTo(home.resolve("f" + hash.substring(0, 2)).resolve(hash + ".png").toString());
            Path thumbnailPath = prefixes.get("t" + hash.substring(0, 2)).resolve("t" + hash.substring(0, 2))
                    .resolve(hash + ".thumbnail");
            assertThat(KeyedApiClient.ok(api.get("/get_files/thumbnail_path?hash=" + hash)).get("path").asText())
                    .isEqualTo(thumbnailPath.toString());
            assertThat(thumbnail.body()).isEqualTo(Files.readAllBytes(thumbnailPath));
        }
    }

    private static Map<String, Path> prefixMap(JsonNode locations) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (JsonNode l : locations) {
            l.get("prefixes").forEach(p -> out.put(p.asText(), Path.of(l.get("path").asText())));
        }
        return out;
    }

    @Test
    void rebalancingSpreadsPrefixesAndTheServerFindsEveryFileWhereItsPrefixLives() throws Exception {
        Path data = tmp.resolve("data");
        Path second = tmp.resolve("second");
        Map<String, byte[]> pngs;
        try (TestServer server = TestServer.startKeeping(data)) {
            pngs = importAll(server, pngsInBothHalves());
            JsonNode before = locations(server);
            assertThat(before).hasSize(1);
            assertThat(before.get(0).get("path").asText()).isEqualTo(data.resolve("client_files").toString());
            assertThat(before.get(0).get("prefixes")).hasSize(512);

            try (ServerLockFile lock = ServerLockFile.tryAcquire(new DataFolder(data).serverLock()).orElseThrow()) {
                Cli.Run refused = Cli.run("storage", "add", "--data", data.toString(), second.toString());
                assertThat(refused.exitCode()).isEqualTo(1);
                assertThat(refused.err()).contains("stop it before changing storage locations");
            }
        }

        Cli.Run add = Cli.run("storage", "add", "--data", data.toString(), second.toString(), "--weight", "1");
        assertThat(add.exitCode()).isZero();
        assertThat(Files.isDirectory(second)).isTrue();
        Cli.Run list = Cli.run("storage", "list", "--data", data.toString());
        assertThat(list.out()).contains(second.toString()).contains("Rebalance needed: 256 prefix folders to move");
        Cli.Run dry = Cli.run("storage", "rebalance", "--dry-run", "--data", data.toString());
        assertThat(dry.out()).contains("256 prefix folders would move").contains("f80: ");
        Cli.Run rebalance = Cli.run("storage", "rebalance", "--data", data.toString());
        assertThat(rebalance.exitCode()).as(rebalance.err()).isZero();
        assertThat(rebalance.out()).contains("Moved 256 prefix folders.");
        assertThat(Cli.run("storage", "list", "--data", data.toString()).out()).contains("Balanced");

        try (TestServer server = TestServer.startKeeping(data)) {
            JsonNode after = locations(server);
            assertThat(after).hasSize(2);
            List<String> paths = new ArrayList<>();
            after.forEach(l -> paths.add(l.get("path").asText()));
            assertThat(paths).isSorted().containsExactlyInAnyOrder(data.resolve("client_files").toString(),
                    second.toString());
            for (JsonNode l : after) {
                assertThat(l.get("ideal_weight").asInt()).isEqualTo(1);
                assertThat(l.get("max_num_bytes").isNull()).isTrue();
                assertThat(l.get("prefixes")).hasSize(256);
                List<String> prefixes = new ArrayList<>();
                l.get("prefixes").forEach(p -> prefixes.add(p.asText()));
                assertThat(prefixes).isSorted();
                assertThat(prefixes.stream().filter(p -> p.startsWith("f"))).hasSize(128);
            }
            Map<String, Path> prefixes = prefixMap(after);
            assertThat(prefixes).hasSize(512);
            assertServedFrom(server, pngs, prefixes);
            for (String hash : pngs.keySet()) {
                Path home = prefixes.get("f" + hash.substring(0, 2));
                Path other = home.equals(second) ? data.resolve("client_files") : second;
                assertThat(home.resolve("f" + hash.substring(0, 2)).resolve(hash + ".png")).exists();
                assertThat(other.resolve("f" + hash.substring(0, 2))).doesNotExist();
            }
            Map<String, byte[]> more = new LinkedHashMap<>();
            byte[] extra = TestImages.png(7, 7, 999);
            more.put(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(extra)), extra);
            importAll(server, more);
            assertServedFrom(server, more, prefixes);
            pngs.putAll(more);
        }

        Cli.Run remove = Cli.run("storage", "remove", "--data", data.toString(), second.toString());
        assertThat(remove.exitCode()).isZero();
        try (TestServer server = TestServer.startKeeping(data)) {
            JsonNode waiting = locations(server);
            JsonNode removed = waiting.get(0).get("path").asText().equals(second.toString()) ? waiting.get(0)
                    : waiting.get(1);
            assertThat(removed.get("ideal_weight").asInt()).isZero();
            assertThat(removed.get("prefixes")).hasSize(256);
            assertServedFrom(server, pngs, prefixMap(waiting));
        }
        assertThat(Cli.run("storage", "rebalance", "--data", data.toString()).out())
                .contains("Moved 256 prefix folders.");
        try (TestServer server = TestServer.startKeeping(data)) {
            JsonNode back = locations(server);
            assertThat(back).hasSize(1);
            assertThat(back.get(0).get("prefixes")).hasSize(512);
            assertServedFrom(server, pngs, prefixMap(back));
        }
        try (var left = Files.list(second)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void weightsLimitsAndBadChangesAreExplained() throws Exception {
        Path data = tmp.resolve("data");
        Path big = tmp.resolve("big");
        Path small = tmp.resolve("small");
        assertThat(Cli.run("storage", "add", "--data", data.toString(), big.toString(), "--weight", "3").exitCode())
                .isZero();
        assertThat(Cli.run("storage", "add", "--data", data.toString(), small.toString(), "--max-size", "2GB")
                .exitCode()).isZero();
        Cli.Run again = Cli.run("storage", "add", "--data", data.toString(), big.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("is already a storage location");
        Cli.Run nested = Cli.run("storage", "add", "--data", data.toString(), big.resolve("inner").toString());
        assertThat(nested.err()).contains("locations must be separate folders");
        Cli.Run badSize = Cli.run("storage", "add", "--data", data.toString(), tmp.resolve("x").toString(),
                "--max-size", "lots");
        assertThat(badSize.exitCode()).isEqualTo(1);
        assertThat(badSize.err()).contains("is not a size");

        Cli.Run set = Cli.run("storage", "set", "--data", data.toString(), small.toString(), "--max-size", "none",
                "--weight", "2");
        assertThat(set.out()).contains("weight 2, limit none");
        Cli.Run unknown = Cli.run("storage", "set", "--data", data.toString(), tmp.resolve("nope").toString(),
                "--weight", "2");
        assertThat(unknown.err()).contains("is not a storage location");

        Cli.Run rebalance = Cli.run("storage", "rebalance", "--data", data.toString());
        assertThat(rebalance.exitCode()).isZero();
        try (TestServer server = TestServer.startKeeping(data)) {
            Map<String, Integer> files = new LinkedHashMap<>();
            for (JsonNode l : locations(server)) {
                int n = 0;
                for (JsonNode p : l.get("prefixes")) {
                    n += p.asText().startsWith("f") ? 1 : 0;
                }
                files.put(l.get("path").asText(), n);
            }
            assertThat(files).containsEntry(data.resolve("client_files").toString(), 43)
                    .containsEntry(big.toString(), 128).containsEntry(small.toString(), 85);
        }

        assertThat(Cli.run("storage", "remove", "--data", data.toString(), big.toString()).exitCode()).isZero();
        assertThat(Cli.run("storage", "remove", "--data", data.toString(), small.toString()).exitCode()).isZero();
        Cli.Run last = Cli.run("storage", "remove", "--data", data.toString(), data.resolve("client_files").toString());
        assertThat(last.exitCode()).isEqualTo(1);
        assertThat(last.err()).contains("At least one storage location must have a weight above 0");
    }
}
