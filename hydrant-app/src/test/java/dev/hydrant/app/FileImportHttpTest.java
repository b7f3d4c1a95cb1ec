package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /add_files/add_file} over HTTP: what the recorded transcripts do not cover. */
class FileImportHttpTest {
    @TempDir
    Path dir;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void concurrentImportsOfTheSameBytesMakeOneFile() throws Exception {
        byte[] png = TestImages.png(64, 48, 1);
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Callable<JsonNode> upload = () -> KeyedApiClient.ok(api.upload("/add_files/add_file", png));
                answers.add(pool.submit(upload));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<JsonNode> a : answers) {
                statuses.add(a.get().get("status").asInt());
            }
            pool.shutdown();
            assertThat(statuses).containsOnly(1, 2);
            assertThat(statuses.stream().filter(s -> s == 1).count()).isEqualTo(1);
            ByteKey hash = ByteKey.fromHex(sha256(png));
            assertThat(server.library().fileStore().hasFile(hash, FileType.IMAGE_PNG)).isTrue();
            Map<ByteKey, Long> ids = server.library().store().files().idsOf(List.of(hash));
            assertThat(ids).hasSize(1);
            try (var files = Files.list(server.folder().resolve("client_files").resolve("f" + hash.hex().substring(0, 2)))) {
                assertThat(files.count()).isEqualTo(1);
            }
        }
    }

    @Test
    void pathImportsCanDeleteTheOriginalAndRefuseRelativePaths() throws Exception {
        byte[] jpeg = TestImages.jpeg(40, 30, 2);
        Path source = Files.write(dir.resolve("photo.jpg"), jpeg);
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            JsonNode answer = KeyedApiClient.ok(api.post("/add_files/add_file",
                    Map.of("path", source.toString(), "delete_after_successful_import", true)));
            assertThat(answer.get("status").asInt()).isEqualTo(1);
            assertThat(answer.get("hash").asText()).isEqualTo(sha256(jpeg));
            assertThat(source).doesNotExist();

            RawHttp.Response relative = api.post("/add_files/add_file", Map.of("path", "photo.jpg"));
            assertThat(relative.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(relative).get("error").asText()).isEqualTo("Path \"photo.jpg\" does not exist!");
        }
    }

    @Test
    void importedFilesAreInMyFilesAndTheInbox() throws Exception {
        byte[] png = TestImages.png(20, 10, 3);
        try (TestServer server = TestServer.start()) {
            JsonNode answer = KeyedApiClient.ok(new KeyedApiClient(server).upload("/add_files/add_file", png));
            ByteKey hash = ByteKey.fromHex(answer.get("hash").asText());
            var files = server.library().store().files();
            long id = files.idsOf(List.of(hash)).get(hash);
            var state = files.states(List.of(id)).get(id);
            assertThat(state.inbox()).isTrue();
            assertThat(state.record().media().width()).isEqualTo(20);
            assertThat(state.record().media().height()).isEqualTo(10);
            assertThat(state.record().size()).isEqualTo(png.length);
            assertThat(state.locations().current()).containsKeys(FileDomainRules.LOCAL_STORAGE,
                    FileDomainRules.LOCAL_MEDIA, dev.hydrant.core.services.DefaultServices.MY_FILES);
            assertThat(server.library().fileStore().filePath(hash, FileType.IMAGE_PNG)).hasBinaryContent(png);
        }
    }

    @Test
    void startUpSweepRemovesFilesWithoutARow() throws Exception {
        Path folder = dir.resolve("data");
        byte[] kept = TestImages.png(8, 8, 4);
        String orphanHash = "ab".repeat(32);
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient.ok(new KeyedApiClient(server).upload("/add_files/add_file", kept));
        }
        Path orphan = folder.resolve("client_files").resolve("fab").resolve(orphanHash + ".png");
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, new byte[]{1, 2, 3});
        try (TestServer server = TestServer.startKeeping(folder)) {
            assertThat(orphan).doesNotExist();
            assertThat(server.library().fileStore().hasFile(ByteKey.fromHex(sha256(kept)), FileType.IMAGE_PNG)).isTrue();
        }
    }
}
