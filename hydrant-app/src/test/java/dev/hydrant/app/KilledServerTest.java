package dev.hydrant.app;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code hydrant serve} process killed with SIGKILL in the middle of a stream of imports: after a restart
 * every import the server had answered is there with its bytes, and the start-up sweep leaves no file without
 * its row.
 */
class KilledServerTest {
    private static final String KEY = TestServer.ACCESS_KEY;

    @Test
    void noAnsweredImportIsLostAndNoOrphanSurvivesTheSweep(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        try (Library library = Library.open(new DataFolder(data))) {
            library.addAccessKey("killer", ByteKey.fromHex(KEY), true, Set.of(),
                    dev.hydrant.core.tags.TagFilter.allowingEverything());
        }
        int port = ServerProcess.freePort();
        Process server = ServerProcess.start(data, port);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        try {
            ServerProcess.awaitUp(port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 400; i++) {
                long seed = i;
                pool.submit(() -> {
                    byte[] png = TestImages.png(24, 24, 1000 + seed);
                    sent.incrementAndGet();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/add_files/add_file"))
                                .header("Hydrus-Client-API-Access-Key", KEY)
                                .header("Content-Type", "application/octet-stream")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && r.body().contains("\"status\":1")) {
                            answered.add(sha256(png));
                        }
                    } catch (IOException | InterruptedException e) {
                        // the kill cuts requests in flight: those were never answered
                    }
                    return null;
                });
            }
            while (answered.size() < 40) {
                Thread.sleep(20);
            }
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }
        assertThat(answered.size()).as("imports answered before the kill").isGreaterThanOrEqualTo(40);

        try (Library library = Library.open(new DataFolder(data))) {
            library.sweepOrphans();
            List<ByteKey> hashes = answered.stream().map(ByteKey::fromHex).toList();
            var ids = library.store().files().idsOf(hashes);
            assertThat(ids.keySet()).as("every answered import has its row").containsExactlyInAnyOrderElementsOf(hashes);
            for (ByteKey hash : hashes) {
                assertThat(library.fileStore().hasFile(hash, FileType.IMAGE_PNG)).as("bytes of " + hash).isTrue();
            }
            List<Path> stored = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(data.resolve("client_files"))) {
                walk.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().startsWith("f"))
                        .forEach(stored::add);
            }
            for (Path file : stored) {
                String name = file.getFileName().toString();
                ByteKey hash = ByteKey.fromHex(name.substring(0, 64));
                assertThat(library.store().files().idsOf(List.of(hash))).as("row of stored " + name).containsKey(hash);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
