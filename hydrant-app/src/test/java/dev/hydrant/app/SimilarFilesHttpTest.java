package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.services.DefaultServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code system:similar to} over HTTP with the near-duplicate samples of the shared media folder: every answer is
 * computed from the perceptual and pixel hashes hydrus 682 reported for the samples ({@code ground-truth.json}), by
 * hydrus's rules (the file itself, its pixel duplicates, and the files with a perceptual hash within the distance).
 */
class SimilarFilesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLES = List.of("dup_base.png", "dup_resized.png", "dup_q60.jpg",
            "dup_cropped.png", "dup_pixel_copy.webp", "dup_unrelated.png");
    private static final int[] DISTANCES = {0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 27, 28, 29, 30, 31, 64};

    @TempDir
    Path dir;

    /** One run of the {@code hydrant} command line in this JVM, its output captured. */
    private record CommandRun(int exitCode, String out, String err) {
    }

    private static synchronized CommandRun command(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oldOut = System.out;
        java.io.PrintStream oldErr = System.err;
        int code;
        try (java.io.PrintStream o = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
             java.io.PrintStream e = new java.io.PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            code = new picocli.CommandLine(new dev.hydrant.app.cli.HydrantCommand()).execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What hydrus recorded for one sample. */
    private record Truth(String name, String sha256, long[] perceptual, String pixelHash) {
    }

    private static Map<String, Truth> truths() throws Exception {
        JsonNode all = JSON.readTree(SharedCorpus.root().resolve("media/ground-truth.json").toFile());
        Map<String, Truth> out = new LinkedHashMap<>();
        for (String name : SAMPLES) {
            JsonNode generated = all.get(name).get("generate_hashes").get("json");
            long[] perceptual = new long[generated.get("perceptual_hashes").size()];
            for (int i = 0; i < perceptual.length; i++) {
                perceptual[i] = Long.parseUnsignedLong(generated.get("perceptual_hashes").get(i).asText(), 16);
            }
            out.put(name, new Truth(name, all.get(name).get("sha256").asText(), perceptual,
                    generated.get("pixel_hash").asText()));
        }
        return out;
    }

    private static boolean within(long[] a, long[] b, int distance) {
        for (long x : a) {
            for (long y : b) {
                if (Long.bitCount(x ^ y) <= distance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** hydrus's answer for {@code similar to <reference> with distance N}, from the recorded hashes. */
    private static Set<String> expectedFiles(Map<String, Truth> truths, Truth reference, int distance,
                                             Set<String> present) {
        Set<String> out = new HashSet<>();
        out.add(reference.sha256());
        for (Truth t : truths.values()) {
            if (t.pixelHash().equals(reference.pixelHash()) || within(reference.perceptual(), t.perceptual(), distance)) {
                out.add(t.sha256());
            }
        }
        out.retainAll(present);
        return out;
    }

    private static Set<String> expectedData(Map<String, Truth> truths, long[] perceptual, int distance) {
        Set<String> out = new HashSet<>();
        for (Truth t : truths.values()) {
            if (within(perceptual, t.perceptual(), distance)) {
                out.add(t.sha256());
            }
        }
        return out;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Set<String> search(KeyedApiClient api, String predicate, String extra) throws Exception {
        JsonNode body = KeyedApiClient.ok(api.get("/get_files/search_files?return_hashes=true&tags="
                + q(JSON.writeValueAsString(List.of(predicate))) + extra));
        Set<String> out = new HashSet<>();
        body.get("hashes").forEach(h -> out.add(h.asText()));
        return out;
    }

    static void importSamples(KeyedApiClient api) throws Exception {
        for (String name : SAMPLES) {
            byte[] bytes = Files.readAllBytes(SharedCorpus.root().resolve("media").resolve(name));
            assertThat(KeyedApiClient.ok(api.upload("/add_files/add_file", bytes)).get("status").asInt()).isEqualTo(1);
        }
    }

    /** Every sample as reference, every distance: hydrus's answer. */
    static void assertAgreesWithHydrus(KeyedApiClient api, Map<String, Truth> truths, Set<String> present)
            throws Exception {
        for (Truth reference : truths.values()) {
            for (int distance : DISTANCES) {
                assertThat(search(api, "system:similar to " + reference.sha256() + " with distance " + distance, ""))
                        .as("%s within %d", reference.name(), distance)
                        .isEqualTo(expectedFiles(truths, reference, distance, present));
            }
        }
    }

    @Test
    void similarToFilesAgreesWithHydrussHashesAtEveryDistance() throws Exception {
        Map<String, Truth> truths = truths();
        Set<String> all = new HashSet<>();
        truths.values().forEach(t -> all.add(t.sha256()));
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            importSamples(api);
            // our analysis gives hydrus's hashes (else nothing below could agree)
            for (Truth t : truths.values()) {
                assertThat(server.library().store().files().perceptualHashesOf(List.of(
                        server.library().files().idsOf(List.of(dev.hydrant.core.ByteKey.fromHex(t.sha256())))
                                .values().iterator().next())).values()).as(t.name())
                        .containsExactlyInAnyOrderElementsOf(t.perceptual().length == 0 ? List.of()
                                : List.of(t.perceptual()));
            }
            assertAgreesWithHydrus(api, truths, all);

            Truth base = truths.get("dup_base.png");
            // the default distance is 4; the form "similar to files" and several files at once
            assertThat(search(api, "system:similar to " + base.sha256(), ""))
                    .isEqualTo(expectedFiles(truths, base, 4, all));
            Truth cropped = truths.get("dup_cropped.png");
            Truth unrelated = truths.get("dup_unrelated.png");
            Set<String> both = new HashSet<>(expectedFiles(truths, cropped, 2, all));
            both.addAll(expectedFiles(truths, unrelated, 2, all));
            assertThat(search(api, "system:similar to files " + cropped.sha256() + ", " + unrelated.sha256()
                    + " with distance 2", "")).isEqualTo(both).hasSize(2);
            // a hash that names no imported file, and a short one, find nothing
            assertThat(search(api, "system:similar to " + "ab".repeat(32) + " with distance 64", "")).isEmpty();
            assertThat(search(api, "system:similar to abcdef01 with distance 64", "")).isEmpty();
        }
    }

    @Test
    void similarToDataMatchesPixelHashesExactlyAndPerceptualHashesWithinTheDistance() throws Exception {
        Map<String, Truth> truths = truths();
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            importSamples(api);
            Truth base = truths.get("dup_base.png");
            Truth q60 = truths.get("dup_q60.jpg");
            String baseHex = String.format("%016x", base.perceptual()[0]);
            for (int distance : DISTANCES) {
                assertThat(search(api, "system:similar to data " + baseHex + " with distance " + distance, ""))
                        .as("data within %d", distance).isEqualTo(expectedData(truths, base.perceptual(), distance));
            }
            // default distance 8
            assertThat(search(api, "system:similar to data " + baseHex, ""))
                    .isEqualTo(expectedData(truths, base.perceptual(), 8));
            // pixel hashes: exact, whatever the distance (dup_pixel_copy.webp has dup_base.png's pixels)
            assertThat(search(api, "system:similar to data " + base.pixelHash() + " with distance 64", ""))
                    .containsExactlyInAnyOrder(base.sha256(), truths.get("dup_pixel_copy.webp").sha256());
            assertThat(search(api, "system:similar to data " + q60.pixelHash(), ""))
                    .containsExactly(q60.sha256());
            // both kinds at once: the union
            String unrelatedHex = String.format("%016x", truths.get("dup_unrelated.png").perceptual()[0]);
            assertThat(search(api, "system:similar to data " + q60.pixelHash() + " " + unrelatedHex
                    + " with distance 0", ""))
                    .containsExactlyInAnyOrder(q60.sha256(), truths.get("dup_unrelated.png").sha256());
            // an unknown pixel hash and a perceptual hash far from everything
            assertThat(search(api, "system:similar to data " + "cd".repeat(32) + " " + "0123456789abcdef"
                    + " with distance 3", "")).isEmpty();
        }
    }

    @Test
    void theDomainLimitsResultsAndPhysicallyDeletedFilesAreNoLongerSimilar() throws Exception {
        Map<String, Truth> truths = truths();
        Truth base = truths.get("dup_base.png");
        Truth q60 = truths.get("dup_q60.jpg");
        Truth copy = truths.get("dup_pixel_copy.webp");
        Set<String> all = new HashSet<>();
        truths.values().forEach(t -> all.add(t.sha256()));
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            importSamples(api);
            String near = "system:similar to " + base.sha256() + " with distance 8";
            // trashed: out of the default domain, still similar inside the trash
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", q60.sha256())));
            Set<String> withoutQ60 = new HashSet<>(expectedFiles(truths, base, 8, all));
            withoutQ60.remove(q60.sha256());
            assertThat(search(api, near, "")).isEqualTo(withoutQ60);
            assertThat(search(api, near, "&file_service_key=" + DefaultServices.TRASH.hex()))
                    .containsExactly(q60.sha256());

            // physically deleted: hydrus stops searching the file, so only its pixel duplicates and itself remain
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hashes", List.of(q60.sha256(), copy.sha256()),
                    "file_service_key", FileDomainRules.LOCAL_STORAGE.hex())));
            String deletedDomain = "&deleted_file_service_key=" + FileDomainRules.LOCAL_STORAGE.hex();
            assertThat(search(api, near, deletedDomain)).containsExactly(copy.sha256());
            assertThat(search(api, "system:similar to " + q60.sha256() + " with distance 64", deletedDomain))
                    .containsExactly(q60.sha256());
            assertThat(search(api, "system:similar to data " + String.format("%016x", q60.perceptual()[0])
                    + " with distance 64", deletedDomain)).isEmpty();
            Set<String> stored = new HashSet<>(all);
            stored.remove(q60.sha256());
            stored.remove(copy.sha256());
            assertThat(search(api, near, "")).isEqualTo(expectedFiles(truths, base, 8, stored));

            // a file type without perceptual hashes is similar to itself only
            byte[] video = Files.readAllBytes(SharedCorpus.root().resolve("media/mp4_h264_aac.mp4"));
            String videoHash = KeyedApiClient.ok(api.upload("/add_files/add_file", video)).get("hash").asText();
            assertThat(search(api, "system:similar to " + videoHash + " with distance 64", ""))
                    .containsExactly(videoHash);
        }
    }

    @Test
    void similarFilesSurviveRestartsAndTheBackfillCommandRecomputesMissingHashes() throws Exception {
        Map<String, Truth> truths = truths();
        Set<String> all = new HashSet<>();
        truths.values().forEach(t -> all.add(t.sha256()));
        Path folder = dir.resolve("data");
        try (TestServer server = TestServer.startKeeping(folder)) {
            importSamples(new KeyedApiClient(server));
        }
        // the index snapshot holds no perceptual hashes: they come back from the store
        try (TestServer server = TestServer.startKeeping(folder)) {
            assertThat(server.library().indexFromSnapshot()).isTrue();
            assertAgreesWithHydrus(new KeyedApiClient(server), truths, all);
        }
        // files imported before perceptual hashes were recorded have none: only pixel duplicates are found
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("hydrant.db"));
             var st = c.createStatement()) {
            assertThat(st.executeUpdate("DELETE FROM perceptual_hashes")).isEqualTo(6);
        }
        Truth base = truths.get("dup_base.png");
        String near = "system:similar to " + base.sha256() + " with distance 8";
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            assertThat(search(api, near, "")).containsExactlyInAnyOrder(base.sha256(),
                    truths.get("dup_pixel_copy.webp").sha256());
        }
        // the command refuses to run beside a server (which holds the data folder's server lock)
        try (ServerLockFile held = ServerLockFile.tryAcquire(new DataFolder(folder).serverLock()).orElseThrow()) {
            CommandRun refused = command("maintenance", "regenerate-perceptual-hashes", "--data", folder.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("server is running");
        }
        CommandRun run = command(
                "maintenance", "regenerate-perceptual-hashes", "--data", folder.toString(), "--only-missing");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("6 files examined: 6 with perceptual hashes, 0 without");
        CommandRun again = command(
                "maintenance", "regenerate-perceptual-hashes", "--data", folder.toString(), "--only-missing");
        assertThat(again.out()).startsWith("0 files examined");
        CommandRun everything = command(
                "maintenance", "regenerate-perceptual-hashes", "--data", folder.toString());
        assertThat(everything.out()).startsWith("6 files examined: 6 with perceptual hashes, 0 without")
                .contains("6 unchanged");
        try (TestServer server = TestServer.startKeeping(folder)) {
            assertAgreesWithHydrus(new KeyedApiClient(server), truths, all);
        }
    }
}
