package dev.hydrant.app;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.TagFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code hydrant serve} process stopped with SIGTERM (what Ctrl-C, systemd and docker send) closes the library
 * before the JVM halts: it exits, releases the data folder, and leaves the index snapshot the next start reads.
 */
class StoppedServerTest {
    private static final String KEY = TestServer.ACCESS_KEY;

    @Test
    void sigtermClosesTheLibraryAndWritesTheIndexSnapshot(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        try (Library library = Library.open(new DataFolder(data))) {
            library.addAccessKey("stopper", ByteKey.fromHex(KEY), true, Set.of(), TagFilter.allowingEverything());
        }
        int port = ServerProcess.freePort();
        Process server = ServerProcess.start(data, port);
        byte[] png = TestImages.png(16, 16, 7);
        try {
            ServerProcess.awaitUp(port);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + "/add_files/add_file"))
                    .header("Hydrus-Client-API-Access-Key", KEY)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("\"status\":1");
            server.destroy();
            assertThat(server.waitFor(120, TimeUnit.SECONDS)).as("the server exits after SIGTERM").isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertThat(Files.exists(new DataFolder(data).indexSnapshot())).as("index snapshot written at close").isTrue();
        try (Library library = Library.open(new DataFolder(data))) {
            assertThat(library.indexFromSnapshot()).isTrue();
            ByteKey hash = ByteKey.of(java.security.MessageDigest.getInstance("SHA-256").digest(png));
            assertThat(library.store().files().idsOf(List.of(hash))).containsKey(hash);
        }
    }
}
