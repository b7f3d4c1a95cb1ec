package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceType;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Siblings and parents: the {@code /hydrant/} routes, display tags, get_siblings_and_parents, display counts. */
class TagRelationsHttpTest {
    private static final String MY_TAGS = DefaultServices.MY_TAGS.hex();

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void siblingsCollapseAndParentsAddAncestorsToDisplayTags() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String h = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(6, 6, 1))).get("hash").asText();
            String h2 = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(6, 6, 2))).get("hash").asText();
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("samus", "other")))));
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h2,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("character:samus aran")))));

            JsonNode siblings = KeyedApiClient.ok(api.post("/hydrant/tag_siblings/add", Map.of("tag_service_key", MY_TAGS,
                    "pairs", List.of(List.of("samus", "character:samus aran")))));
            assertThat(siblings.get("tag_siblings").toString())
                    .isEqualTo("[{\"bad_tag\":\"samus\",\"good_tag\":\"character:samus aran\",\"status\":0}]");
            KeyedApiClient.ok(api.post("/hydrant/tag_parents/add", Map.of("tag_service_key", MY_TAGS,
                    "pairs", List.of(List.of("character:samus aran", "series:metroid")))));

            JsonNode tags = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + h)).get("metadata").get(0)
                    .get("tags").get(MY_TAGS);
            assertThat(tags.get("storage_tags").get("0").toString()).isEqualTo("[\"other\",\"samus\"]");
            assertThat(tags.get("display_tags").get("0").toString())
                    .isEqualTo("[\"character:samus aran\",\"other\",\"series:metroid\"]");

            JsonNode lookup = KeyedApiClient.ok(api.get("/add_tags/get_siblings_and_parents?tags="
                    + q("[\"samus\"]"))).get("tags").get("samus").get(MY_TAGS);
            assertThat(lookup.get("ideal_tag").asText()).isEqualTo("character:samus aran");
            assertThat(lookup.get("siblings").toString()).isEqualTo("[\"character:samus aran\",\"samus\"]");
            assertThat(lookup.get("ancestors").toString()).isEqualTo("[\"series:metroid\"]");

            // display autocomplete: the ideal carries both files; the parent counts its descendants' files
            JsonNode display = KeyedApiClient.ok(api.get("/add_tags/search_tags?tag_display_type=display&search=sam"));
            assertThat(display.get("tags").toString()).isEqualTo("[{\"value\":\"character:samus aran\",\"count\":2}]");
            JsonNode parent = KeyedApiClient.ok(api.get("/add_tags/search_tags?tag_display_type=display&search=metr"));
            assertThat(parent.get("tags").toString()).isEqualTo("[{\"value\":\"series:metroid\",\"count\":2}]");
            JsonNode storage = KeyedApiClient.ok(api.get("/add_tags/search_tags?search=sam"));
            assertThat(storage.get("tags").toString()).isEqualTo(
                    "[{\"value\":\"character:samus aran\",\"count\":1},{\"value\":\"samus\",\"count\":1}]");

            // a loop is refused; removing brings the storage tag back
            RawHttp.Response loop = api.post("/hydrant/tag_siblings/add", Map.of("tag_service_key", MY_TAGS,
                    "pairs", List.of(List.of("character:samus aran", "samus"))));
            assertThat(loop.status()).isEqualTo(400);
            KeyedApiClient.ok(api.post("/hydrant/tag_siblings/remove", Map.of("tag_service_key", MY_TAGS,
                    "pairs", List.of(List.of("samus", "character:samus aran")))));
            JsonNode after = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + h)).get("metadata").get(0)
                    .get("tags").get(MY_TAGS);
            assertThat(after.get("display_tags").get("0").toString()).isEqualTo("[\"other\",\"samus\"]");
        }
    }

    @Test
    void repositoryPairsArePendedThenPetitioned() throws Exception {
        try (TestServer server = TestServer.start()) {
            ByteKey repo = server.library().services().add("ptr", ServiceType.TAG_REPOSITORY, null, null).key();
            KeyedApiClient api = new KeyedApiClient(server);
            JsonNode pended = KeyedApiClient.ok(api.post("/hydrant/tag_parents/add", Map.of("tag_service_key", repo.hex(),
                    "pairs", List.of(List.of("a", "b")), "reason", "because")));
            assertThat(pended.get("tag_parents").get(0).get("status").asInt()).isEqualTo(1);
            JsonNode counts = KeyedApiClient.ok(api.get("/manage_services/get_pending_counts")).get("pending_counts")
                    .get(repo.hex());
            assertThat(counts.get("pending_tag_parents").asInt()).isEqualTo(1);
            KeyedApiClient.ok(api.post("/hydrant/tag_parents/remove", Map.of("tag_service_key", repo.hex(),
                    "pairs", List.of(List.of("a", "b")))));
            assertThat(KeyedApiClient.ok(api.get("/hydrant/tag_parents?tag_service_key=" + repo.hex()))
                    .get("tag_parents").size()).isZero();
        }
    }
}
