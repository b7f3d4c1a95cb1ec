package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.TagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /add_tags/add_tags} beyond the transcripts: repositories, unknown hashes, restarts, big batches. */
class TagEditingHttpTest {
    private static final String MY_TAGS = DefaultServices.MY_TAGS.hex();

    @TempDir
    Path dir;

    private static String hash(int i) {
        byte[] b = new byte[32];
        b[0] = 0x7f;
        b[28] = (byte) (i >>> 24);
        b[29] = (byte) (i >>> 16);
        b[30] = (byte) (i >>> 8);
        b[31] = (byte) i;
        return HexFormat.of().formatHex(b);
    }

    private static JsonNode tags(KeyedApiClient api, String hash, String service) throws Exception {
        JsonNode m = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash)).get("metadata").get(0);
        return m.get("tags").get(service);
    }

    @Test
    void repositoryActionsMovePendingAndPetitionedMappings() throws Exception {
        try (TestServer server = TestServer.start()) {
            ByteKey repo = server.library().services().add("ptr", ServiceType.TAG_REPOSITORY, null, null).key();
            KeyedApiClient api = new KeyedApiClient(server);
            String h = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(8, 8, 3))).get("hash").asText();

            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h,
                    "service_keys_to_tags", Map.of(repo.hex(), List.of("Pended Tag", "other")))));
            JsonNode t = tags(api, h, repo.hex());
            assertThat(t.get("storage_tags").get("1").toString()).isEqualTo("[\"other\",\"pended tag\"]");

            // 0/1 are refused on a repository
            RawHttp.Response refused = api.post("/add_tags/add_tags", Map.of("hash", h,
                    "service_keys_to_actions_to_tags", Map.of(repo.hex(), Map.of("0", List.of("x")))));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("you cannot add/delete on a remote tag repository!");

            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h,
                    "service_keys_to_actions_to_tags", Map.of(repo.hex(), Map.of("3", List.of("other"))))));
            assertThat(tags(api, h, repo.hex()).get("storage_tags").get("1").toString()).isEqualTo("[\"pended tag\"]");

            // petitions apply only to current mappings; pending ones stay pending
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h,
                    "service_keys_to_actions_to_tags", Map.of(repo.hex(),
                            Map.of("4", List.of(List.of("pended tag", "wrong")))))));
            assertThat(tags(api, h, repo.hex()).get("storage_tags").has("3")).isFalse();
            assertThat(server.library().store().tagMappings().count(repo, TagStatus.PENDING)).isEqualTo(1);

            // all known tags shows the union
            assertThat(tags(api, h, DefaultServices.ALL_KNOWN_TAGS.hex()).get("storage_tags").get("1").toString())
                    .isEqualTo("[\"pended tag\"]");
        }
    }

    @Test
    void unknownHashesGetIdsAndKeepTheirTagsAcrossARestart() throws Exception {
        Path folder = dir.resolve("data");
        String h = hash(1);
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("series:remote", "b")))));
            JsonNode m = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + h)).get("metadata").get(0);
            assertThat(m.get("file_id").isNumber()).isTrue();
            assertThat(m.get("tags").get(MY_TAGS).get("storage_tags").get("0").toString())
                    .isEqualTo("[\"b\",\"series:remote\"]");
        }
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            assertThat(tags(api, h, MY_TAGS).get("display_tags").get("0").toString())
                    .isEqualTo("[\"b\",\"series:remote\"]");
            // the in-memory views were rebuilt from the store
            var views = server.library().tagViews();
            int tagId = views.vocabulary().idOf("series:remote").orElseThrow();
            assertThat(views.index().count(DefaultServices.MY_TAGS, tagId, TagStatus.CURRENT, null)).isEqualTo(1);
        }
    }

    @Test
    void badRequestsChangeNothing() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String h = hash(2);
            RawHttp.Response bad = api.post("/add_tags/add_tags", Map.of("hash", h, "service_keys_to_actions_to_tags",
                    Map.of(MY_TAGS, Map.of("0", List.of("fine")), DefaultServices.DOWNLOADER_TAGS.hex(),
                            Map.of("2", List.of("refused")))));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(server.library().store().tagMappings().count(DefaultServices.MY_TAGS, TagStatus.CURRENT))
                    .isZero();
        }
    }

    @Test
    void tenThousandFilesTimesThreeTagsInOneRequest() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                hashes.add(hash(i));
            }
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hashes", hashes,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("warm")))));
            // (its speed is measured by bench/tags.sh, never asserted here)
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hashes", hashes,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("a", "b", "character:c")))));
            assertThat(server.library().store().tagMappings().count(DefaultServices.MY_TAGS, TagStatus.CURRENT))
                    .isEqualTo(40_000);
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hashes", hashes,
                    "service_keys_to_actions_to_tags", Map.of(MY_TAGS, Map.of("1", List.of("a"))))));
            assertThat(server.library().store().tagMappings().count(DefaultServices.MY_TAGS, TagStatus.DELETED))
                    .isEqualTo(10_000);
        }
    }
}
