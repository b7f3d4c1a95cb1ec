package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /manage_database/lock_on} and {@code lock_off}, replaying what hydrus 682 did in the 16 transcript. */
class BusyLockHttpTest {
    private static final String BUSY = "This server is busy, please try again later.";
    private TestServer server;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static void assertBusy(ApiClient.Reply r) {
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Cache-Control")).isEqualTo("max-age=4");
        JsonNode recorded = SharedCorpus.step("16_database_services.jsonl", "api_version while locked -> 503")
                .path("response").path("json");
        assertThat(r.json().toString()).isEqualTo(recorded.toString());
        assertThat(r.json().path("error").asText()).isEqualTo(BUSY);
    }

    @Test
    void whileLockedEveryRouteButLockOffIs503() {
        ApiClient.Reply on = api.postWithKey("/manage_database/lock_on", TestServer.ACCESS_KEY);
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.body()).isEmpty();
        assertThat(on.header("Content-Type")).isNull();

        assertBusy(api.get("/api_version"));
        assertBusy(api.getWithKey("/verify_access_key", TestServer.ACCESS_KEY));
        assertBusy(api.get("/verify_access_key"));
        assertBusy(api.getWithKey("/get_services", TestServer.ACCESS_KEY));
        assertBusy(api.get("/robots.txt"));
        assertBusy(api.get("/favicon.ico"));
        assertBusy(api.method("OPTIONS", "/api_version"));
        assertBusy(api.method("OPTIONS", "/verify_access_key", "Origin", "https://example.org"));
        assertThat(api.method("OPTIONS", "/manage_database/lock_off").status()).as("lock_off is never locked").isEqualTo(200);
        assertBusy(api.postWithKey("/manage_database/force_commit", TestServer.ACCESS_KEY));
        assertBusy(api.postWithKey("/manage_database/lock_on", TestServer.ACCESS_KEY));
        assertThat(api.method("HEAD", "/api_version").status()).isEqualTo(503);

        ApiClient.Reply unknown = api.get("/no/such/path");
        assertThat(unknown.status()).as("only routed paths are locked").isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(api.method("PUT", "/api_version").status()).isEqualTo(501);

        assertThat(api.post("/manage_database/lock_off", null, null).status()).as("lock_off still needs a key").isEqualTo(401);

        ApiClient.Reply off = api.postWithKey("/manage_database/lock_off", TestServer.ACCESS_KEY);
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body()).isEmpty();
        assertThat(api.get("/api_version").status()).isEqualTo(200);
        assertThat(api.getWithKey("/get_services", TestServer.ACCESS_KEY).status()).isEqualTo(200);
    }

    @Test
    void unlockingWhenNotLockedIs400() {
        ApiClient.Reply r = api.postWithKey("/manage_database/lock_off", TestServer.ACCESS_KEY);
        JsonNode recorded = SharedCorpus.step("16_database_services.jsonl", "lock_off when not locked -> 400")
                .path("response").path("json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().toString()).isEqualTo(recorded.toString());

        assertThat(api.postWithKey("/manage_database/lock_on", TestServer.ACCESS_KEY).status()).isEqualTo(200);
        assertThat(api.postWithKey("/manage_database/lock_off", TestServer.ACCESS_KEY).status()).isEqualTo(200);
        ApiClient.Reply again = api.postWithKey("/manage_database/lock_off", TestServer.ACCESS_KEY);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("error").asText()).isEqualTo("The server is not busy!");
    }

    @Test
    void lockingNeedsTheDatabasePermission() {
        assertThat(api.get("/manage_database/lock_on", "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY).status())
                .as("GET on a POST route").isEqualTo(404);
        assertThat(api.post("/manage_database/lock_on", null, null).status()).isEqualTo(401);
        assertThat(api.get("/api_version").status()).as("nothing was locked").isEqualTo(200);
    }
}
