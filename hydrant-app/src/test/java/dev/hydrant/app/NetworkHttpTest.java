package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Cookies and custom headers beyond what the recorded transcripts cover. */
class NetworkHttpTest {
    private static ApiClient.Reply postJson(ApiClient client, String path, String json) {
        return client.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
    }

    @Test
    void cookiesAreGroupedBySecondLevelDomainAndSurviveARestart() throws Exception {
        java.nio.file.Path folder;
        try (TestServer server = TestServer.start()) {
            ApiClient client = new ApiClient(server.port());
            assertThat(postJson(client, "/manage_cookies/set_cookies", "{\"cookies\": ["
                    + "[\"a\", \"1\", \".example.com\", \"/\", 1900000000],"
                    + "[\"b\", \"2\", \"deep.sub.example.com\", \"/x\", null],"
                    + "[\"c\", \"3\", \"other.org\", \"/\", null]]}").status()).isEqualTo(200);
            JsonNode cookies = client.getWithKey("/manage_cookies/get_cookies?domain=www.example.com", TestServer.ACCESS_KEY)
                    .json().get("cookies");
            assertThat(cookies).hasSize(2);
            assertThat(cookies.get(0).toString()).isEqualTo("[\"a\",\"1\",\".example.com\",\"/\",1900000000]");
            assertThat(cookies.get(1).get(2).asText()).isEqualTo("deep.sub.example.com");
            assertThat(cookies.get(1).get(4).isNull()).isTrue();
            folder = server.folder();
            // keep the folder: restart below on the same data
            server.server().close();
            server.library().close();
            try (Library reopened = Library.open(new DataFolder(folder));
                 HydrantServer again = HydrantServer.start(reopened, new ServerSettings(0, false, false, false))) {
                ApiClient client2 = new ApiClient(again.port());
                assertThat(client2.getWithKey("/manage_cookies/get_cookies?domain=other.org", TestServer.ACCESS_KEY)
                        .json().get("cookies")).hasSize(1);
            }
        }
    }

    @Test
    void aRejectedHeaderChangeChangesNothing() throws Exception {
        try (TestServer server = TestServer.start()) {
            ApiClient client = new ApiClient(server.port());
            ApiClient.Reply bad = postJson(client, "/manage_headers/set_headers",
                    "{\"domain\": \"example.com\", \"headers\": {\"X-Good\": {\"value\": \"v\"}, \"X-Bad\": {\"approved\": \"nope\"}}}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("error").asText()).isEqualTo("The value \"nope\" was not in the permitted list!");
            JsonNode headers = client.getWithKey("/manage_headers/get_headers?domain=example.com", TestServer.ACCESS_KEY)
                    .json().get("headers");
            assertThat(headers.size()).isZero();
        }
    }

    @Test
    void headerUpdatesKeepTheirPlaceAndUnchangedFields() throws Exception {
        try (TestServer server = TestServer.start(false, Clock.systemUTC())) {
            ApiClient client = new ApiClient(server.port());
            postJson(client, "/manage_headers/set_headers", "{\"headers\": {\"X-One\": {\"value\": \"1\", \"reason\": \"r1\"}}}");
            postJson(client, "/manage_headers/set_headers", "{\"headers\": {\"X-Two\": {\"value\": \"2\"}}}");
            postJson(client, "/manage_headers/set_headers", "{\"headers\": {\"X-One\": {\"approved\": \"pending\"}}}");
            JsonNode headers = client.getWithKey("/manage_headers/get_headers", TestServer.ACCESS_KEY).json().get("headers");
            assertThat(headers.fieldNames()).toIterable()
                    .containsExactly("User-Agent", "Accept", "Cache-Control", "X-One", "X-Two");
            assertThat(headers.get("X-One").toString())
                    .isEqualTo("{\"value\":\"1\",\"approved\":\"pending\",\"reason\":\"r1\"}");
            assertThat(headers.get("X-Two").get("reason").asText()).isEqualTo("Set by Client API");
        }
    }
}
