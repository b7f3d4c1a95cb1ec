package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.tags.TagFilter;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code GET /add_urls/get_url_info} over HTTP, with the shipped URL classes and with a user's own file. */
class UrlInfoHttpTest {
    private static final String TAGS_ONLY = "7a65".repeat(16);

    private static ApiClient.Reply info(ApiClient client, String url) {
        return client.getWithKey("/add_urls/get_url_info?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                .replace("+", "%20"), TestServer.ACCESS_KEY);
    }

    private static List<String> keys(JsonNode json) {
        List<String> out = new ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aUrlOfADefaultClassIsDescribedAndCachedForTenMinutes() throws Exception {
        try (TestServer server = TestServer.start()) {
            ApiClient client = new ApiClient(server.port());
            ApiClient.Reply r = info(client, "http://www.gelbooru.com/index.php?page=post&s=view&id=999&tags=x#top");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Cache-Control")).isEqualTo("max-age=600");
            JsonNode json = r.json();
            assertThat(keys(json)).containsExactly("normalised_url", "url_type", "url_type_string", "match_name",
                    "can_parse", "cannot_parse_reason", "request_url", "version", "hydrus_version");
            assertThat(json.get("normalised_url").asText()).isEqualTo("https://gelbooru.com/index.php?id=999&page=post&s=view");
            assertThat(json.get("url_type").asInt()).isZero();
            assertThat(json.get("url_type_string").asText()).isEqualTo("post url");
            assertThat(json.get("match_name").asText()).isEqualTo("gelbooru file page");
            assertThat(json.get("can_parse").asBoolean()).isFalse();
            assertThat(json.get("cannot_parse_reason").asText()).isEqualTo("Could not find a parser for gelbooru file page URL Class!");
            assertThat(json.get("request_url").asText()).isEqualTo("https://gelbooru.com/index.php?id=999&page=post&s=view");
        }
    }

    @Test
    void apiRedirectsShowInTheRequestUrl() throws Exception {
        try (TestServer server = TestServer.start()) {
            JsonNode json = info(new ApiClient(server.port()), "https://boards.4chan.org/g/thread/76543210/a-subject").json();
            assertThat(json.get("url_type").asInt()).isEqualTo(4);
            assertThat(json.get("url_type_string").asText()).isEqualTo("watchable url");
            assertThat(json.get("normalised_url").asText()).isEqualTo("https://boards.4chan.org/g/thread/76543210");
            assertThat(json.get("request_url").asText()).isEqualTo("https://a.4cdn.org/g/thread/76543210.json");
            assertThat(json.get("cannot_parse_reason").asText())
                    .isEqualTo("Could not find a parser for 4chan thread json api URL Class!");
        }
    }

    @Test
    void unknownUrlsAndNonUrlsAreDescribedAsHydrusDescribesThem() throws Exception {
        try (TestServer server = TestServer.start()) {
            ApiClient client = new ApiClient(server.port());
            JsonNode json = info(client, "HTTPS://Example.com/a b?z=1&a=2#frag").json();
            assertThat(json.get("normalised_url").asText()).isEqualTo("https://Example.com/a%20b?z=1&a=2");
            assertThat(json.get("url_type").asInt()).isEqualTo(5);
            assertThat(json.get("match_name").asText()).isEqualTo("unknown url");
            assertThat(json.get("cannot_parse_reason").asText()).isEqualTo("unknown url class");
            assertThat(json.get("request_url").asText()).isEqualTo("https://Example.com/a%20b?z=1&a=2");
            assertThat(info(client, "not a url").json().get("normalised_url").asText()).isEqualTo("not a url");
        }
    }

    @Test
    void emptyMissingAndForbiddenRequestsAreRefused() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.library().addAccessKey("tags only", ByteKey.fromHex(TAGS_ONLY), false, Set.of(Permission.ADD_TAGS),
                    TagFilter.allowingEverything());
            ApiClient client = new ApiClient(server.port());
            ApiClient.Reply empty = client.getWithKey("/add_urls/get_url_info?url=", TestServer.ACCESS_KEY);
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.json().get("error").asText()).isEqualTo("Given URL was empty!");
            assertThat(empty.header("Cache-Control")).isEqualTo("max-age=4");
            ApiClient.Reply missing = client.getWithKey("/add_urls/get_url_info", TestServer.ACCESS_KEY);
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("error").asText()).isEqualTo("The required parameter \"url\" was missing!");
            assertThat(client.getWithKey("/add_urls/get_url_info?url=x", TAGS_ONLY).status()).isEqualTo(403);
            assertThat(client.get("/add_urls/get_url_info?url=x").status()).isEqualTo(401);
        }
    }

    @Test
    void theDataFoldersOwnUrlClassesGoOverTheShippedOnes() throws Exception {
        Path folder = Files.createTempDirectory("hydrant-urls-");
        Files.writeString(folder.resolve("url-classes.json"), """
                {"remove": ["x post"],
                 "url_classes": [
                   {"name": "example post", "type": "post", "example": "https://example.com/post/1",
                    "domains": ["example.com"], "path": ["post", {"match": "number"}]},
                   {"name": "twitter tweet", "type": "post", "example": "https://twitter.com/u/status/1",
                    "domains": ["twitter.com"], "scheme": "http", "path": [{"match": "any"}, "status", {"match": "number"}]}
                 ]}
                """);
        try (Library library = Library.open(new DataFolder(folder))) {
            library.addAccessKey("k", ByteKey.fromHex(TestServer.ACCESS_KEY), true, Set.of(), TagFilter.allowingEverything());
            try (HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, false))) {
                ApiClient client = new ApiClient(server.port());
                JsonNode own = info(client, "https://www.example.com/post/1/title").json();
                assertThat(own.get("match_name").asText()).isEqualTo("example post");
                assertThat(own.get("normalised_url").asText()).isEqualTo("https://example.com/post/1");
                assertThat(info(client, "https://twitter.com/u/status/5").json().get("normalised_url").asText())
                        .isEqualTo("http://twitter.com/u/status/5");
                assertThat(info(client, "https://x.com/u/status/5").json().get("match_name").asText()).isEqualTo("unknown url");
                assertThat(info(client, "https://danbooru.donmai.us/posts/1").json().get("match_name").asText())
                        .isEqualTo("danbooru file page");
            }
        } finally {
            deleteTree(folder);
        }
    }

    @Test
    void aBrokenUserFileStopsTheStartSayingWhy() throws Exception {
        Path folder = Files.createTempDirectory("hydrant-urls-");
        try {
            Files.writeString(folder.resolve("url-classes.json"), "{\"url_classes\": [{\"name\": \"a\"}]}");
            assertThatThrownBy(() -> Library.open(new DataFolder(folder)))
                    .hasMessageContaining("url-classes.json: url_classes[0] (\"a\"): \"type\" is required");
            Files.writeString(folder.resolve("url-classes.json"), "{\"url_classes\": [");
            assertThatThrownBy(() -> Library.open(new DataFolder(folder))).hasMessageContaining("is not valid JSON");
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
