package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.urls.known.FileUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /add_urls/associate_url}, {@code /add_urls/get_url_files} and the URLs in {@code file_metadata}. */
class UrlFilesHttpTest {
    private static final String GELBOORU_RAW = "http://www.gelbooru.com/index.php?page=post&s=view&id=999&tags=x#top";
    private static final String GELBOORU = "https://gelbooru.com/index.php?id=999&page=post&s=view";
    private static final String UNKNOWN_HASH = "ab".repeat(32);
    private static final String IMPORTED_NOTE = "^url recognised: Imported at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, "
            + "which was .+ before this check\\.$";

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String upload(KeyedApiClient api, int seed) throws Exception {
        return KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5 + seed, 7, seed)))
                .get("hash").asText();
    }

    private static RawHttp.Response associate(KeyedApiClient api, Map<String, Object> body) throws Exception {
        return api.post("/add_urls/associate_url", body);
    }

    private static JsonNode metadata(KeyedApiClient api, String hash, String extra) throws Exception {
        return KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash + extra)).get("metadata").get(0);
    }

    private static List<String> knownUrls(KeyedApiClient api, String hash) throws Exception {
        List<String> out = new ArrayList<>();
        metadata(api, hash, "").get("known_urls").forEach(u -> out.add(u.asText()));
        return out;
    }

    private static RawHttp.Response urlFiles(KeyedApiClient api, String url, String extra) throws Exception {
        return api.get("/add_urls/get_url_files?url=" + q(url) + extra);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void associatedUrlsAreNormalisedStoredOnceAndListedInCodePointOrder() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, 1);
            String b = upload(api, 2);
            RawHttp.Response r = associate(api, body("hashes", List.of(a, b), "url_to_add", GELBOORU_RAW,
                    "urls_to_add", List.of("HTTPS://Example.com/Post/2?b=2&a=1", "https://example.com/post/3#frag",
                            GELBOORU)));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEmpty();
            KeyedApiClient.ok(associate(api, body("hash", a, "url_to_add", "https://example.com/not normalised?z=1",
                    "normalise_urls", false)));

            assertThat(knownUrls(api, a)).containsExactly("https://Example.com/Post/2?b=2&a=1",
                    "https://example.com/not normalised?z=1", "https://example.com/post/3", GELBOORU);
            assertThat(knownUrls(api, b)).containsExactly("https://Example.com/Post/2?b=2&a=1",
                    "https://example.com/post/3", GELBOORU);

            JsonNode detailed = metadata(api, a, "&detailed_url_information=true").get("detailed_known_urls");
            assertThat(detailed).hasSize(4);
            assertThat(detailed.get(3).get("normalised_url").asText()).isEqualTo(GELBOORU);
            assertThat(detailed.get(3).get("match_name").asText()).isEqualTo("gelbooru file page");
            assertThat(detailed.get(3).get("url_type").asInt()).isZero();
            assertThat(detailed.get(1).get("normalised_url").asText()).isEqualTo("https://example.com/not%20normalised?z=1");
            assertThat(detailed.get(1).get("url_type_string").asText()).isEqualTo("unknown url");
            assertThat(detailed.get(1).get("cannot_parse_reason").asText()).isEqualTo("unknown url class");
            List<String> keys = new ArrayList<>();
            detailed.get(1).fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("normalised_url", "url_type", "url_type_string", "match_name", "can_parse",
                    "cannot_parse_reason");
            assertThat(metadata(api, a, "").has("detailed_known_urls")).isFalse();

            // deletes are not normalised: the raw form of a stored normalised URL deletes nothing
            KeyedApiClient.ok(associate(api, body("hash", a, "url_to_delete", GELBOORU_RAW)));
            assertThat(knownUrls(api, a)).contains(GELBOORU);
            KeyedApiClient.ok(associate(api, body("hashes", List.of(a, b), "url_to_delete", GELBOORU,
                    "urls_to_delete", List.of("https://example.com/post/3", "https://never.example.com/"))));
            assertThat(knownUrls(api, a)).containsExactly("https://Example.com/Post/2?b=2&a=1",
                    "https://example.com/not normalised?z=1");
            assertThat(knownUrls(api, a)).doesNotContain(GELBOORU);
            assertThat(knownUrls(api, b)).containsExactly("https://Example.com/Post/2?b=2&a=1");

            // adds come before deletes in one request
            KeyedApiClient.ok(associate(api, body("hash", b, "url_to_add", "https://example.com/x",
                    "url_to_delete", "https://example.com/x")));
            assertThat(knownUrls(api, b)).containsExactly("https://Example.com/Post/2?b=2&a=1");
        }
    }

    @Test
    void urlFilesAreFoundUnderHydrusSearchFormsWithTheirStatuses() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String inDb = upload(api, 1);
            String trashed = upload(api, 2);
            String deleted = upload(api, 3);
            String url = "https://example.com/post/1";
            KeyedApiClient.ok(associate(api, body("hashes", List.of(deleted, UNKNOWN_HASH, trashed, inDb),
                    "url_to_add", url)));

            RawHttp.Response r = urlFiles(api, url, "");
            assertThat(r.header("Cache-Control")).isEqualTo("max-age=4");
            JsonNode json = KeyedApiClient.ok(r);
            assertThat(json.get("normalised_url").asText()).isEqualTo(url);
            JsonNode statuses = json.get("url_file_statuses");
            assertThat(statuses).hasSize(4);
            // in file id order: the three imports, then the hash that only got an id from associate_url
            assertThat(statuses.get(3).get("hash").asText()).isEqualTo(UNKNOWN_HASH);
            assertThat(statuses.get(3).get("status").asInt()).isZero();
            assertThat(statuses.get(3).get("note").asText()).isEmpty();
            for (int i = 0; i < 3; i++) {
                assertThat(statuses.get(i).get("status").asInt()).isEqualTo(2);
                assertThat(statuses.get(i).get("note").asText()).matches(IMPORTED_NOTE);
            }

            KeyedApiClient.ok(api.post("/add_files/delete_files", body("hashes", List.of(trashed, deleted),
                    "reason", "not wanted")));
            KeyedApiClient.ok(api.post("/add_files/delete_files", body("hash", deleted,
                    "file_service_key", FileDomainRules.LOCAL_STORAGE.hex(), "reason", "not wanted")));
            Map<String, JsonNode> byHash = new LinkedHashMap<>();
            KeyedApiClient.ok(urlFiles(api, url, "")).get("url_file_statuses")
                    .forEach(s -> byHash.put(s.get("hash").asText(), s));
            assertThat(byHash.get(inDb).get("status").asInt()).isEqualTo(2);
            assertThat(byHash.get(trashed).get("status").asInt()).isEqualTo(3);
            assertThat(byHash.get(trashed).get("note").asText())
                    .matches("^url recognised: Currently in trash \\(not wanted\\)\\. Sent there at .+, which was .+ "
                            + "before this check\\.$");
            assertThat(byHash.get(deleted).get("status").asInt()).isEqualTo(3);
            assertThat(byHash.get(deleted).get("note").asText())
                    .matches("^url recognised: Deleted from the client .+ \\(not wanted\\), which was .+ before this "
                            + "check\\.$");

            // hydrus's search forms: the other scheme, www., a trailing slash; nothing for other URLs
            for (String form : List.of("http://example.com/post/1", "https://www.example.com/post/1",
                    "https://example.com/post/1/", "https://example.com/post/1#top")) {
                assertThat(KeyedApiClient.ok(urlFiles(api, form, "")).get("url_file_statuses")).as(form).hasSize(4);
            }
            RawHttp.Response none = urlFiles(api, "https://example.com/post/2", "");
            assertThat(none.header("Cache-Control")).isEqualTo("max-age=30");
            assertThat(KeyedApiClient.ok(none).get("url_file_statuses")).isEmpty();

            KeyedApiClient.ok(associate(api, body("hash", inDb, "url_to_add", "not a url")));
            JsonNode notUrl = KeyedApiClient.ok(urlFiles(api, "not a url", ""));
            assertThat(notUrl.get("normalised_url").asText()).isEqualTo("not a url");
            assertThat(notUrl.get("url_file_statuses")).hasSize(1);
        }
    }

    @Test
    void urlsOfDefaultClassesAreLookedUpInTheirNormalisedForm() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, 1);
            KeyedApiClient.ok(associate(api, body("hash", a, "url_to_add", GELBOORU_RAW)));
            RawHttp.Response r = urlFiles(api, "https://gelbooru.com/index.php?s=view&id=999&page=post", "");
            assertThat(r.header("Cache-Control")).isEqualTo("max-age=30");
            JsonNode json = KeyedApiClient.ok(r);
            assertThat(json.get("normalised_url").asText()).isEqualTo(GELBOORU);
            assertThat(json.get("url_file_statuses").get(0).get("hash").asText()).isEqualTo(a);
        }
    }

    @Test
    void doublecheckFileSystemReportsFilesWhoseBytesAreGone() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, 1);
            String url = "https://example.com/post/1";
            KeyedApiClient.ok(associate(api, body("hash", a, "url_to_add", url)));
            JsonNode present = KeyedApiClient.ok(urlFiles(api, url, "&doublecheck_file_system=true"))
                    .get("url_file_statuses").get(0);
            assertThat(present.get("status").asInt()).isEqualTo(2);

            Files.delete(server.library().fileStore().filePath(ByteKey.fromHex(a), FileType.IMAGE_PNG));
            RawHttp.Response r = urlFiles(api, url, "&doublecheck_file_system=true");
            assertThat(r.header("Cache-Control")).isEqualTo("max-age=4");
            JsonNode missing = KeyedApiClient.ok(r).get("url_file_statuses").get(0);
            assertThat(missing.get("status").asInt()).isZero();
            assertThat(missing.get("hash").asText()).isEqualTo(a);
            assertThat(missing.get("note").asText()).isEqualTo(FileUrls.MISSING_NOTE);
            assertThat(KeyedApiClient.ok(urlFiles(api, url, "")).get("url_file_statuses").get(0).get("status").asInt())
                    .isEqualTo(2);
        }
    }

    @Test
    void badRequestsGetHydrusErrorsAndChangeNothing() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, 1);
            assertError(associate(api, body("hash", a)), 400, "Did not find any URLs to add or delete!");
            assertError(associate(api, body("hash", a, "urls_to_add", List.of())), 400,
                    "Did not find any URLs to add or delete!");
            assertError(associate(api, body("url_to_add", "https://example.com/x")), 400,
                    "Please include some files in your request--file_id or hash based!");
            assertError(associate(api, body("hash", a, "urls_to_add", "https://example.com/x")), 400,
                    "The parameter \"urls_to_add\", with value \"https://example.com/x\", was not the expected type: "
                            + "list!");
            assertError(associate(api, body("hash", a, "urls_to_delete", List.of("https://example.com/x", 5))), 400,
                    "The list parameter \"urls_to_delete\" held an item, \"5\" that was <class 'int'> and not the "
                            + "expected type: string!");
            assertError(associate(api, body("hash", a, "url_to_add", 7)), 400,
                    "The parameter \"url_to_add\", with value \"7\", was not the expected type: string!");
            assertError(associate(api, body("hash", a, "url_to_add", "https://example.com/x", "normalise_urls", "no")),
                    400, "The parameter \"normalise_urls\", with value \"no\", was not the expected type: boolean!");
            // an unknown file id is a 404 for the whole request: the known file gets nothing either
            assertError(associate(api, body("hash", a, "file_id", 9999, "url_to_add", "https://example.com/x")), 404,
                    "It seems you gave a file_id that does not exist! Was asked about these novel hash_ids: [9999]");
            assertError(associate(api, body("hash", "abcd", "url_to_add", "https://example.com/x")), 400, null);
            assertThat(knownUrls(api, a)).isEmpty();

            assertError(urlFiles(api, "", ""), 400, "Given URL was empty!");
            assertError(api.get("/add_urls/get_url_files"), 400, "The required parameter \"url\" was missing!");
            assertError(urlFiles(api, "https://example.com/x", "&doublecheck_file_system=5"), 400, null);

            // hydrus stores texts that are not URLs as they are
            KeyedApiClient.ok(associate(api, body("hash", a, "url_to_add", "not a url")));
            assertThat(knownUrls(api, a)).containsExactly("not a url");
        }
    }

    private static void assertError(RawHttp.Response r, int status, String error) throws Exception {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        JsonNode json = KeyedApiClient.json(r);
        assertThat(json.get("status_code").asInt()).isEqualTo(status);
        if (error != null) {
            assertThat(json.get("error").asText()).isEqualTo(error);
        }
    }

    @Test
    void urlsSurviveARestartAndAreSearchableAgain(@TempDir Path folder) throws Exception {
        String a;
        String url = "https://img.example.com/file.png";
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            a = upload(api, 1);
            upload(api, 2);
            KeyedApiClient.ok(associate(api, body("hash", a, "urls_to_add", List.of(url, GELBOORU_RAW))));
        }
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            assertThat(knownUrls(api, a)).containsExactly(GELBOORU, url);
            assertThat(KeyedApiClient.ok(urlFiles(api, url, "")).get("url_file_statuses").get(0).get("hash").asText())
                    .isEqualTo(a);
            for (String predicate : List.of("system:has domain example.com", "system:number of urls = 2",
                    "system:has a url with class gelbooru file page", "system:has url " + url)) {
                JsonNode found = KeyedApiClient.ok(api.get("/get_files/search_files?return_hashes=true&tags="
                        + q("[\"" + predicate + "\"]")));
                assertThat(found.get("hashes").toString()).as(predicate).isEqualTo("[\"" + a + "\"]");
            }
            // and the index keeps following writes after the restart
            KeyedApiClient.ok(associate(api, body("hash", a, "url_to_delete", url)));
            JsonNode found = KeyedApiClient.ok(api.get("/get_files/search_files?tags="
                    + q("[\"system:has domain example.com\"]")));
            assertThat(found.get("file_ids")).isEmpty();
        }
    }
}
