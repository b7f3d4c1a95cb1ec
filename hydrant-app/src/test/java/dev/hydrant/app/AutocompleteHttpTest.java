package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.tags.TagFilter;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /add_tags/search_tags} rules beyond the transcripts. */
class AutocompleteHttpTest {
    private static final String MY_TAGS = DefaultServices.MY_TAGS.hex();

    private static String values(KeyedApiClient api, String search) throws Exception {
        JsonNode r = KeyedApiClient.ok(api.get("/add_tags/search_tags?search="
                + URLEncoder.encode(search, StandardCharsets.UTF_8)));
        StringBuilder out = new StringBuilder();
        for (JsonNode t : r.get("tags")) {
            out.append(out.isEmpty() ? "" : ",").append(t.get("value").asText()).append('=').append(t.get("count").asInt());
        }
        return out.toString();
    }

    @Test
    void matchingRules() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5, 5, 1))).get("hash").asText();
            String b = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5, 5, 2))).get("hash").asText();
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hashes", List.of(a, b),
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("blue_eyes", "dark blue", "series:blue moon")))));
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", a,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("bluegrass", "x.blue", "a:b:blueish")))));

            // word starts: start of the subtag, after whitespace, after "_" (searchable), after ":" without namespace
            assertThat(values(api, "blu")).isEqualTo("blue_eyes=2,dark blue=2,series:blue moon=2,a:b:blueish=1,"
                    + "bluegrass=1");
            assertThat(values(api, "eyes")).isEqualTo("blue_eyes=2");
            assertThat(values(api, "series:moo")).isEqualTo("series:blue moon=2");
            assertThat(values(api, "*lue")).isEqualTo("blue_eyes=2,dark blue=2,series:blue moon=2,a:b:blueish=1,"
                    + "bluegrass=1,x.blue=1");
            assertThat(values(api, "b*s")).isEqualTo("blue_eyes=2,a:b:blueish=1,bluegrass=1");
            assertThat(values(api, "*:blue m")).isEqualTo("series:blue moon=2");
            assertThat(values(api, "ser*:blue")).isEqualTo("series:blue moon=2");
            // unacceptable: fetch-all and bare namespaces
            assertThat(values(api, "*")).isEmpty();
            assertThat(values(api, "series:*")).isEmpty();
            assertThat(values(api, "system:inbox")).isEmpty();
        }
    }

    @Test
    void restrictedKeysSeeOnlyAllowedTags() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5, 5, 3))).get("hash").asText();
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", a,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("safe", "series:secret")))));
            String key = "ab".repeat(32);
            server.library().addAccessKey("restricted", ByteKey.fromHex(key), false, Set.of(Permission.SEARCH_FILES),
                    TagFilter.of(Map.of(TagFilter.NAMESPACED, TagFilter.Rule.BLOCK)));
            RawHttp.Response r = RawHttp.send(server.port(), "GET", "/add_tags/search_tags?search=s",
                    Map.of("Hydrus-Client-API-Access-Key", key), null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).contains("\"value\":\"safe\"").doesNotContain("secret");
        }
    }

    @Test
    void equalCountsAreInCodePointOrder() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5, 5, 4))).get("hash").asText();
            // U+FF5E is before U+1F600 by code point; as UTF-16 the surrogate pair (D83D ...) would come first
            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hash", a,
                    "service_keys_to_tags", Map.of(MY_TAGS, List.of("moon\uD83D\uDE00", "moon\uFF5E", "moon b", "moonz")))));
            assertThat(values(api, "moon")).isEqualTo("moon b=1,moonz=1,moon\uFF5E=1,moon\uD83D\uDE00=1");
            // without any astral character the same run is plain text order
            assertThat(values(api, "moon b")).isEqualTo("moon b=1");
        }
    }
}
