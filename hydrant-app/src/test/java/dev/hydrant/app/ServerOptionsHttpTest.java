package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.options.ServerOptions;
import dev.hydrant.core.services.DefaultServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server options over HTTP: the delete lock for archived files (hydrus's 409) and the file import options'
 * vetoes (status 7 with hydrus's notes) and "exclude previously deleted".
 */
class ServerOptionsHttpTest {
    private static final Path MEDIA = dev.hydrant.conformance.SharedConformanceFiles.locate().media();
    private static final String STORAGE = FileDomainRules.LOCAL_STORAGE.hex();

    @TempDir
    Path dir;

    private static FileState state(TestServer server, String hashHex) {
        ByteKey hash = ByteKey.fromHex(hashHex);
        var files = server.library().store().files();
        long id = files.idsOf(List.of(hash)).get(hash);
        return files.states(List.of(id)).get(id);
    }

    private static String upload(KeyedApiClient api, byte[] bytes) throws Exception {
        JsonNode answer = KeyedApiClient.ok(api.upload("/add_files/add_file", bytes));
        assertThat(answer.get("status").asInt()).isEqualTo(1);
        return answer.get("hash").asText();
    }

    @Test
    void archivedFilesAreDeleteLockedFromLocalFileStorageWhenTheOptionIsOn() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, TestImages.png(9, 9, 1));
            String b = upload(api, TestImages.png(9, 9, 2));
            String inbox = upload(api, TestImages.png(9, 9, 3));
            KeyedApiClient.ok(api.post("/add_files/archive_files", Map.of("hashes", List.of(a, b))));
            server.library().options().set(ServerOptions.DELETE_LOCK_FOR_ARCHIVED_FILES, "true");

            RawHttp.Response locked = api.post("/add_files/delete_files",
                    Map.of("hashes", List.of(b, a, inbox), "file_service_key", STORAGE));
            assertThat(locked.status()).isEqualTo(409);
            JsonNode error = KeyedApiClient.json(locked);
            String first = a.compareTo(b) < 0 ? a : b;
            String second = a.compareTo(b) < 0 ? b : a;
            assertThat(error.get("error").asText()).isEqualTo("Sorry, some of the files you selected are currently "
                    + "delete locked. Their hashes are:\n\n" + first + "\n" + second);
            assertThat(error.get("exception_type").asText()).isEqualTo("ConflictException");
            assertThat(error.get("status_code").asInt()).isEqualTo(409);
            for (String hash : List.of(a, b, inbox)) {
                assertThat(state(server, hash).locations().current()).containsKeys(DefaultServices.MY_FILES,
                        FileDomainRules.LOCAL_STORAGE);
                assertThat(state(server, hash).locations().deleted()).isEmpty();
            }

            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", inbox, "file_service_key", STORAGE)));
            assertThat(state(server, inbox).locations().current()).isEmpty();

            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", a)));
            assertThat(state(server, a).locations().current()).containsKeys(FileDomainRules.TRASH,
                    FileDomainRules.LOCAL_STORAGE);
            assertThat(api.post("/add_files/delete_files", Map.of("hash", a, "file_service_key", STORAGE)).status())
                    .isEqualTo(409);

            KeyedApiClient.ok(api.post("/add_files/unarchive_files", Map.of("hash", b)));
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", b, "file_service_key", STORAGE)));
            assertThat(state(server, b).locations().deleted()).containsKey(FileDomainRules.LOCAL_STORAGE);

            server.library().options().set(ServerOptions.DELETE_LOCK_FOR_ARCHIVED_FILES, "false");
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", a, "file_service_key", STORAGE)));
            assertThat(state(server, a).locations().current()).isEmpty();
        }
    }

    private static JsonNode add(KeyedApiClient api, byte[] bytes) throws Exception {
        return KeyedApiClient.ok(api.upload("/add_files/add_file", bytes));
    }

    private static void assertVetoed(KeyedApiClient api, JsonNode answer, String note) throws Exception {
        assertThat(answer.get("status").asInt()).isEqualTo(7);
        assertThat(answer.get("note").asText()).isEqualTo(note);
        assertThat(answer.has("traceback")).isFalse();
        String hash = answer.get("hash").asText();
        assertThat(hash).hasSize(64);
        JsonNode metadata = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash))
                .get("metadata").get(0);
        assertThat(metadata.get("file_id").isNull()).as("nothing imported").isTrue();
    }

    @Test
    void importOptionVetoesGiveStatusSevenWithHydrusNotes() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            ServerOptions options = server.library().options();
            byte[] png = Files.readAllBytes(MEDIA.resolve("png_rgb.png"));

            options.set(ServerOptions.IMPORT_MAX_SIZE, "10KB");
            assertVetoed(api, add(api, png), "File was 10.4KB but the upper limit is 10KB.");
            options.set(ServerOptions.IMPORT_MAX_SIZE, "none");
            options.set(ServerOptions.IMPORT_MIN_SIZE, "20KB");
            assertVetoed(api, add(api, png), "File was 10.4KB but the lower limit is 20KB.");
            options.reset(ServerOptions.IMPORT_MIN_SIZE);

            options.set(ServerOptions.IMPORT_MAX_GIF_SIZE, "1KB");
            assertVetoed(api, add(api, Files.readAllBytes(MEDIA.resolve("gif_anim.gif"))),
                    "File was 1.31KB but the upper limit for gifs is 1KB.");
            assertThat(add(api, png).get("status").asInt()).as("the gif limit is for gifs only").isEqualTo(1);
            options.reset(ServerOptions.IMPORT_MAX_GIF_SIZE);

            options.set(ServerOptions.IMPORT_ALLOWED_FILETYPES, "video, audio");
            assertVetoed(api, add(api, TestImages.png(8, 8, 5)),
                    "File was a png, which is not allowed by the File Import Options.");
            options.set(ServerOptions.IMPORT_ALLOWED_FILETYPES, "image");
            assertThat(add(api, TestImages.png(8, 8, 5)).get("status").asInt()).isEqualTo(1);
            options.reset(ServerOptions.IMPORT_ALLOWED_FILETYPES);

            options.set(ServerOptions.IMPORT_MIN_RESOLUTION, "100x100");
            assertVetoed(api, add(api, TestImages.png(10, 10, 6)),
                    "File had resolution 10x10 but the lower limit is 100x100");
            options.reset(ServerOptions.IMPORT_MIN_RESOLUTION);
            options.set(ServerOptions.IMPORT_MAX_RESOLUTION, "1920x1080");
            assertVetoed(api, add(api, TestImages.png(2000, 10, 7)),
                    "File had resolution 2,000x10 but the upper limit is 1080p");

            Path source = Files.write(dir.resolve("wide.png"), TestImages.png(2000, 11, 8));
            JsonNode byPath = KeyedApiClient.ok(api.post("/add_files/add_file",
                    Map.of("path", source.toString(), "delete_after_successful_import", true)));
            assertThat(byPath.get("status").asInt()).isEqualTo(7);
            assertThat(source).as("a vetoed file is not deleted").exists();
            try (Stream<Path> stored = Files.walk(server.folder().resolve("client_files"))) {
                assertThat(stored.filter(Files::isRegularFile).filter(p -> p.toString().contains(
                        byPath.get("hash").asText()))).isEmpty();
            }
        }
    }

    @Test
    void previouslyDeletedFilesAreImportedAgainWhenNotExcluded() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            byte[] gone = TestImages.png(9, 9, 11);
            byte[] trashed = TestImages.png(9, 9, 12);
            String goneHash = upload(api, gone);
            String trashedHash = upload(api, trashed);
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", goneHash, "file_service_key",
                    STORAGE)));
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", trashedHash)));
            assertThat(add(api, gone).get("status").asInt()).isEqualTo(3);
            assertThat(add(api, trashed).get("status").asInt()).isEqualTo(3);

            server.library().options().set(ServerOptions.IMPORT_EXCLUDE_DELETED, "false");
            JsonNode again = add(api, gone);
            assertThat(again.get("status").asInt()).isEqualTo(1);
            assertThat(again.get("note").asText()).isEmpty();
            assertThat(add(api, trashed).get("status").asInt()).isEqualTo(1);
            for (String hash : List.of(goneHash, trashedHash)) {
                FileState state = state(server, hash);
                assertThat(state.locations().current()).containsKeys(DefaultServices.MY_FILES,
                        FileDomainRules.LOCAL_STORAGE).doesNotContainKey(FileDomainRules.TRASH);
                assertThat(state.locations().deleted()).doesNotContainKeys(FileDomainRules.LOCAL_STORAGE,
                        DefaultServices.MY_FILES);
                assertThat(state.inbox()).isTrue();
                RawHttp.Response file = api.get("/get_files/file?hash=" + hash);
                assertThat(file.status()).isEqualTo(200);
            }
            assertThat(add(api, gone).get("status").asInt()).isEqualTo(2);
        }
    }
}
