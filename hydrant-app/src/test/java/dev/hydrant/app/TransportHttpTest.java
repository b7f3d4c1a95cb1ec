package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every client sees regardless of route: the server headers, hydrus's framework pages, empty answers,
 * HEAD, cache headers, the root extras and the 2 MiB limit on the request line and headers.
 */
class TransportHttpTest {
    private static final String SERVER = "client api/95 (682)";
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String keyHeader() {
        return "Hydrus-Client-API-Access-Key: " + TestServer.ACCESS_KEY;
    }

    private static RawExchange.Answer raw(String method, String target, String... headerLines) throws Exception {
        return RawExchange.send(server.port(), RawExchange.request(method, target, server.port(), headerLines));
    }

    @Test
    void everyAnswerNamesTheServerTwice() throws Exception {
        List<RawExchange.Answer> answers = List.of(
                raw("GET", "/api_version"),
                raw("GET", "/verify_access_key", keyHeader()),
                raw("GET", "/verify_access_key"),
                raw("GET", "/verify_access_key", "Hydrus-Client-API-Access-Key: " + "00".repeat(32)),
                raw("GET", "/get_service", keyHeader()),
                raw("GET", "/no/such/path"),
                raw("GET", "/add_tags/get_tag_services"),
                raw("PUT", "/api_version"),
                raw("DELETE", "/no/such/path"),
                raw("OPTIONS", "/api_version"),
                raw("HEAD", "/api_version"),
                raw("GET", "/favicon.ico"),
                raw("GET", "/robots.txt"),
                raw("GET", "/"),
                raw("POST", "/manage_database/force_commit", keyHeader()),
                raw("GET", "/manage_database/force_commit", keyHeader()),
                raw("GET", "/api_version", "Origin: https://example.org"),
                raw("OPTIONS", "/api_version", "Origin: https://example.org"));
        assertThat(answers).extracting(RawExchange.Answer::status)
                .containsExactly(200, 200, 401, 403, 400, 404, 404, 501, 404, 200, 200, 200, 200, 200, 200, 404, 200, 401);
        for (RawExchange.Answer a : answers) {
            assertThat(a.header("Server")).as("Server of a %d", a.status()).isEqualTo(SERVER);
            assertThat(a.header("Hydrus-Server")).as("Hydrus-Server of a %d", a.status()).isEqualTo(SERVER);
            assertThat(a.count("Server")).isEqualTo(1);
        }
    }

    @Test
    void anUnknownPathIsTwistedsHtml404() throws Exception {
        RawExchange.Answer a = raw("GET", "/no/such/path", keyHeader());
        JsonNode recorded = SharedCorpus.step("19_methods_paths_cors_off.jsonl", "unknown path -> html 404").path("response");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(a.rest(), StandardCharsets.UTF_8)).isEqualTo(recorded.path("body").path("text").asText());
        assertThat(a.header("Content-Length")).isEqualTo(recorded.path("headers").path("Content-Length").asText());
        assertThat(a.header("Cache-Control")).isNull();
        for (String path : new String[]{"/api_version/", "/API_VERSION", "//api_version"}) {
            assertThat(raw("GET", path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void anUnimplementedMethodIsTwistedsHtml501() throws Exception {
        JsonNode recorded = SharedCorpus.step("19_methods_paths_cors_off.jsonl", "PUT -> 405?").path("response");
        RawExchange.Answer a = raw("PUT", "/api_version");
        assertThat(a.status()).isEqualTo(501);
        assertThat(a.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(a.rest(), StandardCharsets.UTF_8)).isEqualTo(recorded.path("body").path("text").asText());
        assertThat(new String(raw("PATCH", "/manage_database/force_commit").rest(), StandardCharsets.UTF_8))
                .contains("I don't know how to treat a PATCH request.");
    }

    @Test
    void anEmptyAnswerHasOnlyAZeroContentLength() throws Exception {
        RawExchange.Answer a = raw("POST", "/manage_database/force_commit", keyHeader());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Length")).isEqualTo("0");
        assertThat(a.rest()).isEmpty();
        assertThat(a.header("Content-Type")).isNull();
        assertThat(a.header("Cache-Control")).isNull();
        assertThat(a.header("Expires")).isNull();
        assertThat(a.header("Content-Disposition")).isNull();
        assertThat(a.headerMap().keySet()).containsExactlyInAnyOrder("server", "hydrus-server", "date", "content-length",
                "connection");
    }

    @Test
    void headOfAJsonRouteSendsTheGetHeadersWithoutTheBody() throws Exception {
        RawExchange.Answer get = raw("GET", "/verify_access_key", keyHeader());
        RawExchange.Answer head = raw("HEAD", "/verify_access_key", keyHeader());
        JsonNode recorded = SharedCorpus.step("19_methods_paths_cors_off.jsonl", "HEAD verify").path("response");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.rest()).as("no body bytes at all").isEmpty();
        // (hydrus's body is longer only by json.dumps's blanks after ':' and ',')
        assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"))
                .isEqualTo(String.valueOf(get.rest().length));
        assertThat(recorded.path("body").path("length").asInt()).as("hydrus's HEAD has no body either").isZero();
        for (String name : new String[]{"Content-Type", "Cache-Control", "Content-Disposition"}) {
            assertThat(head.header(name)).as(name).isEqualTo(get.header(name)).isNotNull();
        }
        assertThat(head.header("Expires")).isNotNull();
        RawExchange.Answer headUnknown = raw("HEAD", "/no/such/path");
        assertThat(headUnknown.status()).isEqualTo(404);
        assertThat(headUnknown.rest()).isEmpty();
        assertThat(headUnknown.header("Content-Length")).isEqualTo("167");
    }

    @Test
    void jsonAnswersExpireFourSecondsAfterTheirDate() throws Exception {
        DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME;
        for (RawExchange.Answer a : List.of(raw("GET", "/api_version"), raw("GET", "/verify_access_key", keyHeader()),
                raw("GET", "/verify_access_key"), raw("GET", "/robots.txt"))) {
            assertThat(a.header("Cache-Control")).isEqualTo("max-age=4");
            assertThat(a.count("Date")).isEqualTo(1);
            assertThat(a.header("Expires")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            ZonedDateTime date = ZonedDateTime.parse(a.header("Date"), http);
            ZonedDateTime expires = ZonedDateTime.parse(a.header("Expires"), http);
            assertThat(Duration.between(date, expires)).isEqualTo(Duration.ofSeconds(4));
        }
    }

    @Test
    void jsonAnswersAreInlineJsonWithVersions() {
        ApiClient.Reply r = api.get("/api_version");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Content-Disposition")).isEqualTo("inline");
        assertThat(r.json().toString()).isEqualTo("{\"version\":95,\"hydrus_version\":682}");
    }

    @Test
    void faviconIsAnIcoWithAcceptRangesAndNoCacheHeaders() throws Exception {
        RawExchange.Answer a = raw("GET", "/favicon.ico");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Type")).isEqualTo("image/vnd.microsoft.icon");
        assertThat(a.header("Content-Length")).isEqualTo("4286");
        assertThat(a.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(a.header("Cache-Control")).isNull();
        assertThat(a.header("Expires")).isNull();
        byte[] ico = a.rest();
        assertThat(ico).hasSize(4286);
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(0)).as("reserved").isZero();
        assertThat(b.getShort(2)).as("type: icon").isEqualTo((short) 1);
        assertThat(b.getShort(4)).as("one image").isEqualTo((short) 1);
        assertThat(ico[6]).as("width").isEqualTo((byte) 32);
        assertThat(ico[7]).as("height").isEqualTo((byte) 32);
        assertThat(b.getShort(12)).as("32 bits per pixel").isEqualTo((short) 32);
        assertThat(b.getInt(14)).as("image size").isEqualTo(4286 - 22);
        assertThat(b.getInt(18)).as("image offset").isEqualTo(22);
        assertThat(b.getInt(22)).as("BITMAPINFOHEADER").isEqualTo(40);
    }

    @Test
    void robotsTxtDisallowsEverything() throws Exception {
        RawExchange.Answer a = raw("GET", "/robots.txt");
        assertThat(a.status()).isEqualTo(200);
        assertThat(new String(a.rest(), StandardCharsets.US_ASCII)).isEqualTo("User-agent: *\nDisallow: /");
        assertThat(a.header("Content-Type")).isEqualTo("text/plain");
        assertThat(a.header("Content-Length")).isEqualTo("25");
        assertThat(a.header("Content-Disposition")).isEqualTo("inline");
    }

    @Test
    void theWelcomePageNamesTheVersions() {
        ApiClient.Reply r = api.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
        assertThat(r.text()).contains("Software version 682").contains("API version 95");
    }

    @Test
    void requestLineAndHeadersOver2MiBAreA400AndTheServerCarriesOn() throws Exception {
        String big = "X-Padding: " + "a".repeat(2 * 1024 * 1024);
        RawExchange.Answer tooBig = raw("GET", "/api_version", big);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.header("Server")).isEqualTo(SERVER);

        RawExchange.Answer longTarget = raw("GET", "/api_version?name=" + "b".repeat(2 * 1024 * 1024 + 10));
        assertThat(longTarget.status()).isEqualTo(400);

        assertThat(api.get("/api_version").status()).isEqualTo(200);
    }

    @Test
    void headersJustUnder2MiBAreAccepted() throws Exception {
        int size = (int) (1.9 * 1024 * 1024);
        RawExchange.Answer a = raw("GET", "/verify_access_key", keyHeader(), "X-Padding: " + "a".repeat(size / 2),
                "X-More: " + "b".repeat(size / 2));
        assertThat(a.status()).isEqualTo(200);
        RawExchange.Answer longTarget = raw("GET", "/api_version?name=" + "c".repeat(size));
        assertThat(longTarget.status()).isEqualTo(200);
    }
}
