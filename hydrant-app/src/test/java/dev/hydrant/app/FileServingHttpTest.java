package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.tags.TagFilter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Serving and metadata over HTTP beyond the transcripts: restricted keys, batches, stubs, attachment names. */
class FileServingHttpTest {
    @Test
    void servesTheBytesWithHydrussHeaders() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            byte[] jpeg = TestImages.jpeg(30, 20, 1);
            String hash = KeyedApiClient.ok(api.upload("/add_files/add_file", jpeg)).get("hash").asText();
            RawHttp.Response file = api.get("/get_files/file?hash=" + hash + "&download=true");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(jpeg);
            assertThat(file.header("Content-Type")).isEqualTo("image/jpeg");
            assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + hash + ".jpg\"");
            assertThat(file.header("Cache-Control")).isEqualTo("max-age=31536000");
            RawHttp.Response range = api.get("/get_files/file?hash=" + hash, Map.of("Range", "bytes=2-5"));
            assertThat(range.status()).isEqualTo(206);
            assertThat(range.body()).containsExactly(jpeg[2], jpeg[3], jpeg[4], jpeg[5]);
            assertThat(range.header("Content-Range")).isEqualTo("bytes 2-5/" + jpeg.length);
            JsonNode path = KeyedApiClient.ok(api.get("/get_files/file_path?hash=" + hash));
            assertThat(path.get("path").asText()).isEqualTo(
                    server.folder().resolve("client_files").resolve("f" + hash.substring(0, 2)).resolve(hash + ".jpg")
                            .toString());
            assertThat(path.get("filetype").asText()).isEqualTo("image/jpeg");
            assertThat(path.get("size").asLong()).isEqualTo(jpeg.length);
        }
    }

    @Test
    void tagRestrictedKeysMayNotFetchFilesTheyHaveNotSearched() throws Exception {
        try (TestServer server = TestServer.start()) {
            String hash = KeyedApiClient.ok(new KeyedApiClient(server).upload("/add_files/add_file", TestImages.png(4, 4, 2)))
                    .get("hash").asText();
            AccessKey restricted = server.library().addAccessKey("restricted", null, false,
                    Set.of(Permission.SEARCH_FILES, Permission.SEE_LOCAL_PATHS),
                    TagFilter.of(Map.of("", TagFilter.Rule.BLOCK, "blue", TagFilter.Rule.ALLOW)));
            Map<String, String> key = Map.of("Hydrus-Client-API-Access-Key", restricted.key().hex());
            RawHttp.Response byHash = RawHttp.get(server.port(), "/get_files/file?hash=" + hash, key);
            assertThat(byHash.status()).isEqualTo(403);
            RawHttp.Response pathByHash = RawHttp.get(server.port(), "/get_files/file_path?hash=" + hash, key);
            assertThat(pathByHash.status()).isEqualTo(403);
            RawHttp.Response byId = RawHttp.get(server.port(), "/get_files/file?file_id=1", key);
            assertThat(byId.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(byId).get("error").asText()).contains("please run the search again");

            server.library().searchPermits().remember(restricted, List.of(1L));
            assertThat(RawHttp.get(server.port(), "/get_files/file?file_id=1", key).status()).isEqualTo(200);
            assertThat(RawHttp.get(server.port(), "/get_files/file_metadata?file_ids=%5B1%5D", key).status())
                    .isEqualTo(200);
            // id 2 is outside the key's last search (it is file 1's pixel hash): the subset check answers first
            assertThat(RawHttp.get(server.port(), "/get_files/file_metadata?file_ids=%5B1%2C2%5D", key).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void metadataForABatchKeepsRequestOrderAndMarksUnknownHashes() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                hashes.add(KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(3, 3, 100 + i)))
                        .get("hash").asText());
            }
            List<String> asked = new ArrayList<>(hashes.reversed());
            asked.add(5, "cd".repeat(32));
            String query = java.net.URLEncoder.encode(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(asked), java.nio.charset.StandardCharsets.UTF_8);
            JsonNode body = KeyedApiClient.ok(api.get("/get_files/file_metadata?hashes=" + query));
            JsonNode metadata = body.get("metadata");
            assertThat(metadata).hasSize(41);
            for (int i = 0; i < asked.size(); i++) {
                assertThat(metadata.get(i).get("hash").asText()).isEqualTo(asked.get(i));
            }
            assertThat(metadata.get(5).get("file_id").isNull()).isTrue();
            assertThat(metadata.get(5).size()).isEqualTo(2);
            assertThat(metadata.get(0).get("width").asInt()).isEqualTo(3);
            assertThat(metadata.get(0).get("is_inbox").asBoolean()).isTrue();
            assertThat(body.has("services")).isTrue();

            JsonNode created = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + "cd".repeat(32)
                    + "&create_new_file_ids=true&include_services_object=false"));
            JsonNode stub = created.get("metadata").get(0);
            long highestFileId = 0;
            for (JsonNode m : metadata) {
                highestFileId = Math.max(highestFileId, m.path("file_id").asLong(0));
            }
            long stubId = stub.get("file_id").asLong();
            assertThat(stubId).as("a new id after every file (and pixel hash) id").isGreaterThan(highestFileId);
            assertThat(stub.get("mime").asText()).isEqualTo("unknown filetype");
            assertThat(stub.get("size").isNull()).isTrue();
            assertThat(created.has("services")).isFalse();
            RawHttp.Response stubFile = api.get("/get_files/file?file_id=" + stubId);
            assertThat(stubFile.status()).isEqualTo(404);
            ByteKey stubHash = ByteKey.fromHex("cd".repeat(32));
            assertThat(server.library().store().files().idsOf(List.of(stubHash))).containsEntry(stubHash, stubId);
        }
    }
}
