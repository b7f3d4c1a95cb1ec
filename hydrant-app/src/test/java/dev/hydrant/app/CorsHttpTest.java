package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OPTIONS and CORS against what hydrus 682 sent in the 18 (CORS on) and 19 (CORS off) transcripts: the same
 * header names and CORS values, and the 401 for a cross-origin OPTIONS when CORS is off.
 */
class CorsHttpTest {
    private static final String ORIGIN = "Origin: https://app.example.com";

    private static Set<String> recordedHeaderNames(String transcript, String step) {
        Set<String> names = new HashSet<>();
        Iterator<String> it = SharedCorpus.step(transcript, step).path("response").path("headers").fieldNames();
        it.forEachRemaining(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return names;
    }

    private static Set<String> headerNames(RawExchange.Answer a) {
        Set<String> names = new HashSet<>(a.headerMap().keySet());
        names.remove("connection"); // we ask for Connection: close; the recorder kept its connection open
        return names;
    }

    private static RawExchange.Answer raw(TestServer server, String method, String target, String... headers) throws Exception {
        return RawExchange.send(server.port(), RawExchange.request(method, target, server.port(), headers));
    }

    @Test
    void withCorsOn() throws Exception {
        try (TestServer server = TestServer.start(true)) {
            String key = "Hydrus-Client-API-Access-Key: " + TestServer.ACCESS_KEY;

            RawExchange.Answer plain = raw(server, "OPTIONS", "/api_version");
            assertThat(plain.status()).isEqualTo(200);
            assertThat(headerNames(plain)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "OPTIONS no Origin"));
            assertThat(plain.header("Allow")).isEqualTo("GET");

            RawExchange.Answer preflight = raw(server, "OPTIONS", "/api_version", ORIGIN);
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(headerNames(preflight)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "OPTIONS with Origin"));
            JsonNode recorded = SharedCorpus.step("18_cors.jsonl", "OPTIONS with Origin").path("response").path("headers");
            for (String name : new String[]{"Access-Control-Allow-Headers", "Access-Control-Allow-Origin",
                    "Access-Control-Allow-Methods", "Access-Control-Max-Age", "Content-Length"}) {
                assertThat(preflight.header(name)).as(name).isEqualTo(recorded.path(name).asText());
            }
            assertThat(raw(server, "OPTIONS", "/manage_database/force_commit", ORIGIN).header("Access-Control-Allow-Methods"))
                    .isEqualTo("POST");

            RawExchange.Answer unknown = raw(server, "OPTIONS", "/no/such/path", ORIGIN);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(headerNames(unknown)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "OPTIONS unknown path"));

            RawExchange.Answer get = raw(server, "GET", "/api_version", ORIGIN);
            assertThat(headerNames(get)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "GET api_version with Origin"));
            assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(headerNames(raw(server, "GET", "/verify_access_key", ORIGIN, key)))
                    .isEqualTo(recordedHeaderNames("18_cors.jsonl", "GET verify with Origin"));

            RawExchange.Answer unauthorised = raw(server, "GET", "/verify_access_key", ORIGIN);
            assertThat(unauthorised.status()).isEqualTo(401);
            assertThat(headerNames(unauthorised)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "401 with Origin"));

            RawExchange.Answer empty = raw(server, "POST", "/manage_database/force_commit", ORIGIN, key);
            assertThat(empty.status()).isEqualTo(200);
            assertThat(headerNames(empty)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "empty 200 with Origin"));

            RawExchange.Answer unknownGet = raw(server, "GET", "/no/such/path", ORIGIN);
            assertThat(headerNames(unknownGet)).isEqualTo(recordedHeaderNames("18_cors.jsonl", "unknown path with Origin"));

            assertThat(raw(server, "GET", "/api_version").header("Access-Control-Allow-Origin")).as("no Origin, no CORS header")
                    .isNull();
        }
    }

    @Test
    void withCorsOff() throws Exception {
        try (TestServer server = TestServer.start(false)) {
            RawExchange.Answer plain = raw(server, "OPTIONS", "/manage_database/force_commit");
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.header("Allow")).isEqualTo("POST");
            assertThat(headerNames(plain)).isEqualTo(recordedHeaderNames("19_methods_paths_cors_off.jsonl",
                    "OPTIONS POST route no Origin"));

            ApiClient.Reply refused = new ApiClient(server.port()).method("OPTIONS", "/api_version", "Origin", "https://x.example");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().toString()).isEqualTo(SharedCorpus.step("19_methods_paths_cors_off.jsonl",
                    "OPTIONS with Origin, cors off -> 401").path("response").path("json").toString());

            RawExchange.Answer get = raw(server, "GET", "/api_version", ORIGIN);
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.header("Access-Control-Allow-Origin")).isNull();
            assertThat(headerNames(get)).isEqualTo(recordedHeaderNames("19_methods_paths_cors_off.jsonl", "GET with Origin, cors off"));
        }
    }
}
