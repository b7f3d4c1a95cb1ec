package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.tags.TagFilter;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /get_files/search_files} and {@code mr_bones} beyond the transcripts. */
class SearchHttpTest {
    private static final String MY_TAGS = DefaultServices.MY_TAGS.hex();
    private static final String RESTRICTED = "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e";

    private static String q(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Long> ids(JsonNode body) {
        List<Long> out = new ArrayList<>();
        body.get("file_ids").forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static List<String> hashes(KeyedApiClient api, int n) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(4 + i, 4 + 2 * i, i)))
                    .get("hash").asText());
        }
        return out;
    }

    private static void tag(KeyedApiClient api, String hash, String... tags) throws Exception {
        KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", hash,
                "service_keys_to_tags", Map.of(MY_TAGS, List.of(tags)))));
    }

    private static List<Long> search(KeyedApiClient api, String tagsJson, String extra) throws Exception {
        return ids(KeyedApiClient.ok(api.get("/get_files/search_files?tags=" + q(tagsJson) + extra)));
    }

    @Test
    void tagWritesAreVisibleToTheNextSearchAndSiblingsAreSearchedAsDisplayed() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = hashes(api, 3);
            tag(api, h.get(0), "cat", "colour:red");
            tag(api, h.get(1), "kitty");
            tag(api, h.get(2), "dog");
            List<Long> cat = search(api, "[\"cat\"]", "");
            assertThat(cat).hasSize(1);

            KeyedApiClient.ok(api.post("/hydrant/tag_siblings/add", Map.of("tag_service_key", MY_TAGS,
                    "pairs", List.of(List.of("kitty", "cat")))));
            assertThat(search(api, "[\"cat\"]", "")).hasSize(2);
            assertThat(search(api, "[\"-cat\"]", "")).hasSize(1);
            assertThat(search(api, "[[\"cat\", \"dog\"], \"-colour:*\"]", "")).hasSize(2);

            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", h.get(2),
                    "service_keys_to_actions_to_tags", Map.of(MY_TAGS, Map.of("1", List.of("dog"))))));
            assertThat(search(api, "[\"dog\"]", "")).isEmpty();
            assertThat(search(api, "[\"system:untagged\"]", "")).hasSize(1);
        }
    }

    @Test
    void sortsAndLimitFollowTheColumns() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = hashes(api, 4);
            List<Long> byImport = search(api, "[\"system:everything\"]", "");
            assertThat(search(api, "[\"system:everything\"]", "&file_sort_asc=false"))
                    .containsExactlyElementsOf(byImport.reversed());
            // heights 4, 6, 8, 10: tallest first
            assertThat(search(api, "[\"system:everything\"]", "&file_sort_type=6&file_sort_asc=false"))
                    .containsExactlyElementsOf(byImport.reversed());
            assertThat(search(api, "[\"system:everything\", \"system:limit = 2\"]", "&file_sort_type=6"))
                    .containsExactlyElementsOf(byImport.subList(0, 2));
            assertThat(search(api, "[\"system:height > 5\", \"system:width < 7\"]", "")).hasSize(2);
            assertThat(h).hasSize(4);
        }
    }

    @Test
    void restrictedKeysSearchOnlyWhatTheirFilterAllowsAndMayFetchOnlyTheirResults() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = hashes(api, 2);
            tag(api, h.get(0), "series:alpha", "cat");
            tag(api, h.get(1), "series:beta", "cat");
            Map<String, TagFilter.Rule> rules = new LinkedHashMap<>();
            rules.put(TagFilter.UNNAMESPACED, TagFilter.Rule.BLOCK);
            rules.put(TagFilter.NAMESPACED, TagFilter.Rule.BLOCK);
            rules.put("series:", TagFilter.Rule.ALLOW);
            server.library().addAccessKey("series", ByteKey.fromHex(RESTRICTED), false,
                    EnumSet.of(Permission.SEARCH_FILES), TagFilter.of(rules));
            Map<String, String> key = Map.of("Hydrus-Client-API-Access-Key", RESTRICTED);
            int port = server.port();

            RawHttp.Response before = RawHttp.get(port, "/get_files/file_metadata?file_id=1", key);
            assertThat(before.status()).isEqualTo(400);

            RawHttp.Response blocked = RawHttp.get(port, "/get_files/search_files?tags=" + q("[\"cat\"]"), key);
            assertThat(blocked.status()).isEqualTo(403);
            assertThat(blocked.text()).contains("You do not have permission to do this search.");
            assertThat(RawHttp.get(port, "/get_files/search_files?tags=" + q("[\"system:inbox\"]"), key).status())
                    .isEqualTo(403);
            assertThat(RawHttp.get(port, "/get_files/search_files?tags=" + q("[\"series:*\"]"), key).status())
                    .isEqualTo(403);

            RawHttp.Response found = RawHttp.get(port, "/get_files/search_files?tags="
                    + q("[\"series:alpha\", \"-cat\"]"), key);
            assertThat(found.status()).isEqualTo(200);
            assertThat(ids(KeyedApiClient.json(found))).isEmpty();
            JsonNode alpha = KeyedApiClient.json(RawHttp.get(port, "/get_files/search_files?tags="
                    + q("[\"series:alpha\", \"system:inbox\"]"), key));
            long id = ids(alpha).get(0);
            assertThat(RawHttp.get(port, "/get_files/file_metadata?file_id=" + id, key).status()).isEqualTo(200);
            long other = ids(KeyedApiClient.ok(api.get("/get_files/search_files?tags=" + q("[\"series:beta\"]"))))
                    .get(0);
            RawHttp.Response denied = RawHttp.get(port, "/get_files/file_metadata?file_ids=" + q("[" + id + ", "
                    + other + "]"), key);
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.text()).contains("You asked to see 2 files, but you were only authorised to see 1");
        }
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void theIndexSnapshotWrittenAtCloseGivesTheSameSearchesAndIsIgnoredWhenTheDatabaseChanged() throws Exception {
        java.nio.file.Path folder = dir.resolve("data");
        String[] queries = {"[\"system:everything\"]", "[\"cat\"]", "[\"-cat\", \"system:inbox\"]",
                "[[\"series:*\", \"dog\"]]", "[\"system:width > 5\"]"};
        List<List<Long>> before = new ArrayList<>();
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = hashes(api, 4);
            tag(api, h.get(0), "cat", "series:a");
            tag(api, h.get(1), "dog");
            KeyedApiClient.ok(api.post("/add_files/archive_files", Map.of("hash", h.get(2))));
            KeyedApiClient.ok(api.post("/add_files/delete_files", Map.of("hash", h.get(3))));
            for (String q : queries) {
                before.add(search(api, q, "&file_sort_type=6"));
            }
            assertThat(server.library().indexFromSnapshot()).isFalse();
        }
        assertThat(folder.resolve("index.snapshot")).exists();
        try (TestServer server = TestServer.startKeeping(folder)) {
            assertThat(server.library().indexFromSnapshot()).isTrue();
            assertThat(folder.resolve("index.snapshot")).doesNotExist();
            KeyedApiClient api = new KeyedApiClient(server);
            for (int i = 0; i < queries.length; i++) {
                assertThat(search(api, queries[i], "&file_sort_type=6")).as(queries[i]).isEqualTo(before.get(i));
            }
            // writes after a snapshot load reach the index as usual
            String h = hashes(api, 5).get(4);
            tag(api, h, "cat");
            assertThat(search(api, "[\"cat\"]", "")).hasSize(2);
        }
        // a database changed behind the snapshot's back is noticed: the index is rebuilt
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("hydrant.db"));
             var st = c.createStatement()) {
            st.execute("DELETE FROM current_mappings");
        }
        try (TestServer server = TestServer.startKeeping(folder)) {
            assertThat(server.library().indexFromSnapshot()).isFalse();
            assertThat(search(new KeyedApiClient(server), "[\"cat\"]", "")).isEmpty();
        }
    }

    @Test
    void boneStatsCountTheSearchedFiles() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = hashes(api, 3);
            tag(api, h.get(0), "bones");
            KeyedApiClient.ok(api.post("/add_files/archive_files", Map.of("hash", h.get(1))));
            JsonNode all = KeyedApiClient.ok(api.get("/manage_database/mr_bones")).get("boned_stats");
            assertThat(all.get("num_inbox").asLong()).isEqualTo(2);
            assertThat(all.get("num_archive").asLong()).isEqualTo(1);
            assertThat(all.has("earliest_import_time")).isTrue();
            JsonNode tagged = KeyedApiClient.ok(api.get("/manage_database/mr_bones?tags=" + q("[\"bones\"]")))
                    .get("boned_stats");
            assertThat(tagged.get("num_inbox").asLong()).isEqualTo(1);
            assertThat(tagged.get("num_archive").asLong()).isEqualTo(0);
        }
    }
}
