package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.tags.TagFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Session keys over HTTP with the server's clock under the test's control: sliding 24-hour expiry, 419 for
 * unknown, expired and orphaned sessions (deviation D6), and sessions accepted wherever access keys are.
 */
class SessionHttpTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private TestServer server;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(false, clock);
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private String newSession(String accessKey) {
        ApiClient.Reply r = api.getWithKey("/session_key", accessKey);
        assertThat(r.status()).isEqualTo(200);
        String session = r.json().path("session_key").asText();
        assertThat(session).matches("[0-9a-f]{64}");
        return session;
    }

    private ApiClient.Reply verifyWithSession(String session) {
        return api.get("/verify_access_key", "Hydrus-Client-API-Session-Key", session);
    }

    private static void assertSessionError(ApiClient.Reply r) {
        assertThat(r.status()).isEqualTo(419);
        JsonNode body = r.json();
        assertThat(body.path("exception_type").asText()).isEqualTo("SessionException");
        assertThat(body.path("status_code").asInt()).isEqualTo(419);
        assertThat(body.path("error").asText()).isEqualTo("Did not find an entry for that session key!");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aSessionStandsInForItsAccessKeyInHeadersAndQueries() {
        String session = newSession(TestServer.ACCESS_KEY);
        ApiClient.Reply byHeader = verifyWithSession(session);
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.json().path("name").asText()).isEqualTo(TestServer.KEY_NAME);
        assertThat(api.get("/verify_access_key?Hydrus-Client-API-Session-Key=" + session).status()).isEqualTo(200);
        assertThat(api.get("/session_key", "Hydrus-Client-API-Session-Key", session).json().path("session_key").asText())
                .as("a session from a session").matches("[0-9a-f]{64}").isNotEqualTo(session);
        assertThat(api.post("/manage_database/force_commit", "application/json",
                ("{\"Hydrus-Client-API-Session-Key\": \"" + session + "\"}").getBytes()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownSessionIs419() {
        assertSessionError(verifyWithSession("ab".repeat(32)));
        assertSessionError(api.get("/verify_access_key?Hydrus-Client-API-Session-Key=" + "ab".repeat(32)));
    }

    @Test
    void aSessionExpiresAfter24HoursOfDisuse() {
        String session = newSession(TestServer.ACCESS_KEY);
        clock.advance(Duration.ofHours(24));
        assertThat(verifyWithSession(session).status()).as("24 h exactly").isEqualTo(200);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertSessionError(verifyWithSession(session));
        assertSessionError(verifyWithSession(session));
    }

    @Test
    void everyUseRestartsTheDay() {
        String session = newSession(TestServer.ACCESS_KEY);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofHours(20));
            assertThat(verifyWithSession(session).status()).as("after %d x 20 h", i + 1).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(25));
        assertSessionError(verifyWithSession(session));
    }

    @Test
    void aSessionOfADeletedKeyIs419() {
        String key = "5e55".repeat(16);
        server.library().addAccessKey("short lived", ByteKey.fromHex(key), false, Set.of(Permission.SEARCH_FILES),
                TagFilter.allowingEverything());
        String session = newSession(key);
        assertThat(verifyWithSession(session).status()).isEqualTo(200);
        assertThat(server.library().store().accessKeys().delete(ByteKey.fromHex(key))).isTrue();
        assertSessionError(verifyWithSession(session));
        assertThat(api.getWithKey("/verify_access_key", key).status()).isEqualTo(403);
    }

    @Test
    void dateAndExpiresComeFromTheServersClock() {
        ApiClient.Reply r = api.get("/api_version");
        assertThat(r.header("Date")).isEqualTo("Sun, 01 Mar 2026 12:00:00 GMT");
        assertThat(r.header("Expires")).isEqualTo("Sun, 01 Mar 2026 12:00:04 GMT");
        clock.advance(Duration.ofDays(400).plusMillis(999));
        ApiClient.Reply later = api.get("/api_version");
        assertThat(later.header("Date")).isEqualTo("Mon, 05 Apr 2027 12:00:00 GMT");
        assertThat(later.header("Expires")).isEqualTo("Mon, 05 Apr 2027 12:00:04 GMT");
    }
}
