package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.tags.TagFilter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keys with partial permissions, verify_access_key, and the request_new_permissions flow, over HTTP. */
class AccessHttpTest {
    private static final String ONLY_URLS = "0000".repeat(16);
    private static final String SEARCH_AND_FILES = "0313".repeat(16);
    private static final String SEARCH_ONLY = "0003".repeat(16);
    private static final String NOTHING = "dead".repeat(16);
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server.port());
        Map<String, TagFilter.Rule> rules = new LinkedHashMap<>();
        rules.put(TagFilter.UNNAMESPACED, TagFilter.Rule.BLOCK);
        rules.put(TagFilter.NAMESPACED, TagFilter.Rule.BLOCK);
        rules.put("series:", TagFilter.Rule.ALLOW);
        Library library = server.library();
        library.addAccessKey("urls", ByteKey.fromHex(ONLY_URLS), false, Set.of(Permission.ADD_URLS), TagFilter.allowingEverything());
        library.addAccessKey("series browser", ByteKey.fromHex(SEARCH_AND_FILES), false,
                EnumSet.of(Permission.SEARCH_FILES, Permission.ADD_FILES), TagFilter.of(rules));
        library.addAccessKey("searcher", ByteKey.fromHex(SEARCH_ONLY), false, Set.of(Permission.SEARCH_FILES),
                TagFilter.allowingEverything());
        library.addAccessKey("nothing", ByteKey.fromHex(NOTHING), false, Set.of(), TagFilter.allowingEverything());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void assertError(ApiClient.Reply r, int status, String type, String message) {
        assertThat(r.status()).isEqualTo(status);
        JsonNode body = r.json();
        assertThat(body.path("error").asText()).isEqualTo(message);
        assertThat(body.path("exception_type").asText()).isEqualTo(type);
        assertThat(body.path("status_code").asInt()).isEqualTo(status);
        assertThat(body.path("version").asInt()).isEqualTo(95);
        assertThat(body.path("hydrus_version").asInt()).isEqualTo(682);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aMissingPermissionIs403NamingIt() {
        assertError(api.postWithKey("/manage_database/force_commit", ONLY_URLS), 403, "InsufficientCredentialsException",
                "You do not have permission to: manage database");
        assertError(api.postWithKey("/manage_database/lock_on", SEARCH_AND_FILES), 403, "InsufficientCredentialsException",
                "You do not have permission to: manage database");
    }

    @Test
    void readingServicesNeedsOneOfSevenPermissionsListedInHydrussOrder() {
        String expected = "You need at least one these permissions: import and delete files, edit file ratings, "
                + "edit file tags, edit file notes, manage pages, edit file relationships, search for and fetch files";
        for (String path : new String[]{"/get_services", "/get_service?service_name=my%20tags",
                "/get_service_rating_svg?service_name=favourites"}) {
            assertError(api.getWithKey(path, ONLY_URLS), 403, "InsufficientCredentialsException", expected);
            assertError(api.getWithKey(path, NOTHING), 403, "InsufficientCredentialsException", expected);
        }
        assertThat(api.getWithKey("/get_services", SEARCH_ONLY).status()).isEqualTo(200);
    }

    @Test
    void anyValidKeyMayVerifyItselfAndGetASession() {
        for (String key : new String[]{ONLY_URLS, NOTHING}) {
            assertThat(api.getWithKey("/verify_access_key", key).status()).isEqualTo(200);
            assertThat(api.getWithKey("/session_key", key).status()).isEqualTo(200);
            assertThat(api.getWithKey("/client_info", key).status()).isEqualTo(200);
        }
    }

    @Test
    void verifyDescribesARestrictedKey() {
        JsonNode body = api.getWithKey("/verify_access_key", SEARCH_AND_FILES).json();
        assertThat(body.path("name").asText()).isEqualTo("series browser");
        assertThat(body.path("permits_everything").asBoolean()).isFalse();
        assertThat(body.path("basic_permissions").toString()).isEqualTo("[1,3]");
        assertThat(body.path("human_description").asText()).isEqualTo(
                "API Permissions (series browser): import and delete files, search for and fetch files: "
                        + "Can search: only allowing 'series' tags");
        assertThat(body.fieldNames()).toIterable().containsExactly("name", "permits_everything", "basic_permissions",
                "human_description", "version", "hydrus_version");
    }

    @Test
    void verifyDescribesTheAllPermissionsKeyAsHydrusDid() {
        JsonNode body = api.getWithKey("/verify_access_key", TestServer.ACCESS_KEY).json();
        JsonNode recorded = SharedCorpus.step("01_access_sessions.jsonl", "verify header").path("response").path("json");
        assertThat(body.toString()).isEqualTo(recorded.toString());
    }

    @Test
    void credentialsErrors() {
        assertError(api.get("/verify_access_key"), 401, "MissingCredentialsException", "No access key or session key provided!");
        assertError(api.getWithKey("/verify_access_key", "ab".repeat(32)), 403, "InsufficientCredentialsException",
                "Did not find an entry for that access key!");
        assertError(api.getWithKey("/verify_access_key", "xyz"), 400, "BadRequestException",
                "Problem parsing Hydrus-Client-API-Access-Key!");
        assertError(api.get("/verify_access_key", "Hydrus-Client-API-Session-Key", "xyz"), 400, "BadRequestException",
                "Problem parsing Hydrus-Client-API-Session-Key!");
        // a key in a POST query is not looked at
        assertError(api.post("/manage_database/force_commit?Hydrus-Client-API-Access-Key=" + TestServer.ACCESS_KEY, null, null),
                401, "MissingCredentialsException", "No access key or session key provided!");
        // an upper-case key, and the header name in any case
        assertThat(api.getWithKey("/verify_access_key", TestServer.ACCESS_KEY.toUpperCase()).status()).isEqualTo(200);
        assertThat(api.get("/verify_access_key", "hydrus-client-api-access-key", TestServer.ACCESS_KEY).status()).isEqualTo(200);
        // a header beats a query parameter, even when it is wrong
        assertThat(api.get("/verify_access_key?Hydrus-Client-API-Access-Key=" + TestServer.ACCESS_KEY,
                "Hydrus-Client-API-Access-Key", "ab".repeat(32)).status()).isEqualTo(403);
        assertThat(api.get("/verify_access_key?Hydrus-Client-API-Access-Key=" + TestServer.ACCESS_KEY).status()).isEqualTo(200);
    }

    @Test
    void requestingPermissionsIs409WhileTheWindowIsClosed() {
        server.library().permissionRequests().closeWindow();
        assertError(api.get("/request_new_permissions?name=x&permits_everything=true"), 409, "ConflictException",
                "The permission registration dialog is not open. Please open it under \"review services\" in the hydrus client.");
        assertThat(api.get("/request_new_permissions").status()).as("checked before the name").isEqualTo(409);
    }

    @Test
    void aRequestedKeyWorksOnlyOnceApproved() {
        server.library().permissionRequests().openWindow(Duration.ofMinutes(5));
        try {
            ApiClient.Reply r = api.get("/request_new_permissions?name=my%20app&basic_permissions=%5B0%2C%201%2C%203%5D");
            assertThat(r.status()).isEqualTo(200);
            String key = r.json().path("access_key").asText();
            assertThat(key).matches("[0-9a-f]{64}");
            assertThat(r.json().fieldNames()).toIterable().containsExactly("access_key", "version", "hydrus_version");

            assertError(api.getWithKey("/verify_access_key", key), 403, "InsufficientCredentialsException",
                    "Did not find an entry for that access key!");
            assertThat(server.library().permissionRequests().approve(ByteKey.fromHex(key))).isPresent();

            JsonNode verified = api.getWithKey("/verify_access_key", key).json();
            assertThat(verified.path("name").asText()).isEqualTo("my app");
            assertThat(verified.path("permits_everything").asBoolean()).isFalse();
            assertThat(verified.path("basic_permissions").toString()).isEqualTo("[0,1,3]");
            assertThat(verified.path("human_description").asText()).isEqualTo("API Permissions (my app): import and delete files, "
                    + "import and edit urls, search for and fetch files: Can search: allowing all tags");
            assertThat(api.getWithKey("/get_services", key).status()).isEqualTo(200);
            assertThat(api.postWithKey("/manage_database/force_commit", key).status()).isEqualTo(403);
        } finally {
            server.library().permissionRequests().closeWindow();
        }
    }

    @Test
    void aRequestForEverything() {
        server.library().permissionRequests().openWindow(Duration.ofMinutes(5));
        try {
            String key = api.get("/request_new_permissions?name=all&permits_everything=true").json().path("access_key").asText();
            server.library().permissionRequests().approve(ByteKey.fromHex(key));
            JsonNode verified = api.getWithKey("/verify_access_key", key).json();
            assertThat(verified.path("permits_everything").asBoolean()).isTrue();
            assertThat(verified.path("basic_permissions")).hasSize(14);
            assertThat(api.postWithKey("/manage_database/force_commit", key).status()).isEqualTo(200);
        } finally {
            server.library().permissionRequests().closeWindow();
        }
    }

    @Test
    void aRequestNeedsAName() {
        server.library().permissionRequests().openWindow(Duration.ofMinutes(5));
        try {
            assertError(api.get("/request_new_permissions"), 400, "BadRequestException", "The required parameter \"name\" was missing!");
            assertError(api.get("/request_new_permissions?name=x&basic_permissions=%5B%22a%22%5D"), 400, "BadRequestException",
                    "The list parameter \"basic_permissions\" held an item, \"a\" that was <class 'str'> and not the expected type: integer!");
            assertThat(server.library().permissionRequests().pending()).isEmpty();
        } finally {
            server.library().permissionRequests().closeWindow();
        }
    }
}
