package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The file lifecycle over HTTP beyond the recorded transcripts: two local domains, physical removal. */
class FileLifecycleHttpTest {
    @TempDir
    Path dir;

    private static FileState state(TestServer server, String hashHex) {
        ByteKey hash = ByteKey.fromHex(hashHex);
        var files = server.library().store().files();
        long id = files.idsOf(List.of(hash)).get(hash);
        return files.states(List.of(id)).get(id);
    }

    @Test
    void migrateBetweenTwoLocalDomainsAndDeleteFromOne() throws Exception {
        try (TestServer server = TestServer.start()) {
            ByteKey second = server.library().services().add("second files", ServiceType.LOCAL_FILE_DOMAIN, null, null)
                    .key();
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(10, 10, 1))).get("hash").asText();

            KeyedApiClient.ok(api.post("/add_files/migrate_files", Map.of("hash", hash, "file_service_key", second.hex())));
            assertThat(state(server, hash).locations().current()).containsKeys(DefaultServices.MY_FILES, second);

            KeyedApiClient.ok(api.post("/add_files/delete_files",
                    Map.of("hash", hash, "file_service_key", DefaultServices.MY_FILES.hex())));
            FileState afterOne = state(server, hash);
            assertThat(afterOne.locations().current()).containsKey(second).doesNotContainKey(FileDomainRules.TRASH)
                    .containsKey(FileDomainRules.LOCAL_MEDIA);
            assertThat(afterOne.locations().deleted()).containsOnlyKeys(DefaultServices.MY_FILES);

            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", hash, "file_service_key", second.hex(),
                    "reason", "gone from both")));
            FileState trashed = state(server, hash);
            assertThat(trashed.locations().current()).containsOnlyKeys(FileDomainRules.TRASH,
                    FileDomainRules.LOCAL_STORAGE);
            assertThat(trashed.deletionReason()).isEqualTo("gone from both");

            KeyedApiClient.ok(api.post("/add_files/undelete_files", Map.of("hash", hash)));
            assertThat(state(server, hash).locations().current()).containsKeys(DefaultServices.MY_FILES, second)
                    .doesNotContainKey(FileDomainRules.TRASH);
        }
    }

    @Test
    void importingIntoANamedDomainAndDeletingThatDomainTrashesItsFiles() throws Exception {
        try (TestServer server = TestServer.start()) {
            ByteKey second = server.library().services().add("second files", ServiceType.LOCAL_FILE_DOMAIN, null, null)
                    .key();
            KeyedApiClient api = new KeyedApiClient(server);
            java.nio.file.Path source = java.nio.file.Files.write(dir.resolve("a.png"), TestImages.png(9, 9, 7));
            String hash = KeyedApiClient.ok(api.post("/add_files/add_file",
                    Map.of("path", source.toString(), "file_service_key", second.hex()))).get("hash").asText();
            assertThat(state(server, hash).locations().current()).containsKey(second)
                    .doesNotContainKey(DefaultServices.MY_FILES);

            server.library().deleteService(second);
            FileState after = state(server, hash);
            assertThat(after.locations().current()).containsOnlyKeys(FileDomainRules.TRASH,
                    FileDomainRules.LOCAL_STORAGE);
        }
    }

    @Test
    void migrateRefusesFilesOutsideTheLocalDomainsAndNonLocalDestinations() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(10, 10, 2))).get("hash").asText();
            RawHttp.Response trash = api.post("/add_files/migrate_files",
                    Map.of("hash", hash, "file_service_key", DefaultServices.TRASH.hex()));
            assertThat(trash.status()).isEqualTo(400);
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", hash)));
            RawHttp.Response trashed = api.post("/add_files/migrate_files",
                    Map.of("hash", hash, "file_service_key", DefaultServices.MY_FILES.hex()));
            assertThat(trashed.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(trashed).get("error").asText()).contains(hash).contains("not in any local file domains");
        }
    }

    @Test
    void physicalDeletionRemovesTheBytesAfterTheDelayAndReimportIsRefusedUntilTheRecordIsCleared() throws Exception {
        ServerSettings settings = new ServerSettings(0, false, false, false);
        try (TestServer server = TestServer.start(settings, Clock.systemUTC(), dir, false, Duration.ZERO)) {
            KeyedApiClient api = new KeyedApiClient(server);
            byte[] png = TestImages.png(12, 12, 3);
            String hash = KeyedApiClient.ok(api.upload("/add_files/add_file", png)).get("hash").asText();
            ByteKey key = ByteKey.fromHex(hash);
            KeyedApiClient.ok(api.post("/add_files/delete_files",
                    Map.of("hash", hash, "file_service_key", FileDomainRules.LOCAL_STORAGE.hex())));

            assertThat(server.library().removalJob().runOnce()).isEqualTo(1);
            assertThat(server.library().fileStore().hasFile(key, FileType.IMAGE_PNG)).isFalse();
            assertThat(state(server, hash).inbox()).isFalse();

            JsonNode again = KeyedApiClient.ok(api.upload("/add_files/add_file", png));
            assertThat(again.get("status").asInt()).isEqualTo(3);
            assertThat(again.get("note").asText()).startsWith("file recognised: Deleted from the client ")
                    .contains("(Deleted via Client API.)");

            KeyedApiClient.ok(api.post("/add_files/clear_file_deletion_record", Map.of("hash", hash)));
            JsonNode back = KeyedApiClient.ok(api.upload("/add_files/add_file", png));
            assertThat(back.get("status").asInt()).isEqualTo(1);
            assertThat(server.library().fileStore().hasFile(key, FileType.IMAGE_PNG)).isTrue();
            long id = state(server, hash).fileId();
            assertThat(server.library().store().files().idsOf(List.of(key))).containsEntry(key, id);
            assertThat(server.library().removalJob().runOnce()).isZero();
            assertThat(server.library().fileStore().hasFile(key, FileType.IMAGE_PNG)).isTrue();
        }
    }

    @Test
    void fileHashesTranslateEveryWay() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            byte[] png = TestImages.png(5, 5, 4);
            String sha256 = KeyedApiClient.ok(api.upload("/add_files/add_file", png)).get("hash").asText();
            String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(png));
            JsonNode toMd5 = KeyedApiClient.ok(api.get("/get_files/file_hashes?hash=" + sha256 + "&desired_hash_type=md5"));
            assertThat(toMd5.get("hashes").get(sha256).asText()).isEqualTo(md5);
            JsonNode back = KeyedApiClient.ok(api.get("/get_files/file_hashes?hash=" + md5
                    + "&source_hash_type=md5&desired_hash_type=sha256"));
            assertThat(back.get("hashes").get(md5).asText()).isEqualTo(sha256);
            RawHttp.Response wrongLength = api.get("/get_files/file_hashes?hash=" + sha256
                    + "&source_hash_type=md5&desired_hash_type=sha1");
            assertThat(wrongLength.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(wrongLength).get("error").asText()).contains("md5 hashes should be 16 bytes long");
        }
    }
}
