package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CBOR request bodies and CBOR answers; error bodies stay JSON; CBOR answers carry no version keys. */
class CborHttpTest {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
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

    private static JsonNode cbor(ApiClient.Reply r) throws IOException {
        assertThat(r.header("Content-Type")).isEqualTo("application/cbor");
        return CBOR.readTree(r.body());
    }

    @Test
    void acceptCborGivesACborAnswerWithoutVersionKeys() throws IOException {
        ApiClient.Reply r = api.get("/verify_access_key", "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY,
                "Accept", "application/cbor");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).isEqualTo("inline");
        JsonNode body = cbor(r);
        assertThat(body.fieldNames()).toIterable().containsExactly("name", "permits_everything", "basic_permissions",
                "human_description");
        assertThat(body.path("name").asText()).isEqualTo(TestServer.KEY_NAME);
        assertThat(body.path("basic_permissions")).hasSize(14);
        assertThat(body.path("basic_permissions").get(13).isIntegralNumber()).isTrue();
    }

    @Test
    void theCborQueryParameterAndTheAcceptHeader() throws IOException {
        // the version keys are /api_version's content, so they are there in CBOR too
        assertThat(cbor(api.get("/api_version?cbor=1")).toString()).isEqualTo("{\"version\":95,\"hydrus_version\":682}");
        assertThat(api.get("/api_version?cbor=1", "Accept", "application/json").header("Content-Type")).isEqualTo("application/json");
        assertThat(api.get("/api_version", "Accept", "application/json, application/cbor").header("Content-Type"))
                .isEqualTo("application/json");
        JsonNode services = cbor(api.get("/get_services?cbor=1", "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY));
        assertThat(services.has("services_v2")).isTrue();
        assertThat(services.has("version")).isFalse();
    }

    @Test
    void cborBytesAreThoseHydrusSent() throws Exception {
        assertSameBytes(api.get("/api_version?cbor=1"), "api_version cbor=1");
        assertSameBytes(api.get("/api_version", "Accept", "application/cbor"), "api_version Accept cbor");
        assertSameBytes(api.get("/verify_access_key?cbor=1", "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY),
                "verify cbor");
        assertSameBytes(api.get("/get_services", "Accept", "application/cbor", "Hydrus-Client-API-Access-Key",
                TestServer.ACCESS_KEY), "get_services cbor");
    }

    private static void assertSameBytes(ApiClient.Reply r, String recordedStep) throws Exception {
        JsonNode recorded = SharedCorpus.step("17_cbor.jsonl", recordedStep).path("response");
        assertThat(r.status()).isEqualTo(recorded.path("status").asInt());
        assertThat(r.header("Content-Length")).isEqualTo(recorded.path("headers").path("Content-Length").asText());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(r.body());
        assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(recorded.path("body").path("sha256").asText());
    }

    @Test
    void aCborBodyCarriesTheKeyAndChoosesACborAnswer() throws IOException {
        byte[] body = CBOR.writeValueAsBytes(Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY));
        ApiClient.Reply ok = api.post("/manage_database/force_commit", "application/cbor", body);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEmpty();
        assertThat(ok.header("Content-Type")).as("an empty answer has no type").isNull();
    }

    @Test
    void errorsAreJsonEvenInCborMode() throws IOException {
        byte[] body = CBOR.writeValueAsBytes(Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY));
        ApiClient.Reply notBusy = api.post("/manage_database/lock_off", "application/cbor", body);
        assertThat(notBusy.status()).isEqualTo(400);
        assertThat(notBusy.header("Content-Type")).isEqualTo("application/json");
        assertThat(notBusy.json().path("error").asText()).isEqualTo("The server is not busy!");
        assertThat(notBusy.json().path("version").asInt()).isEqualTo(95);

        ApiClient.Reply noKey = api.get("/verify_access_key?cbor=1", "Accept", "application/cbor");
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.header("Content-Type")).isEqualTo("application/json");
        assertThat(noKey.json().path("exception_type").asText()).isEqualTo("MissingCredentialsException");

        byte[] wrongKey = CBOR.writeValueAsBytes(Map.of("Hydrus-Client-API-Access-Key", "ab".repeat(32)));
        ApiClient.Reply forbidden = api.post("/manage_database/force_commit", "application/cbor", wrongKey);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void anInvalidCborBodyIsA400() {
        // deviation D4: hydrus answers 500
        ApiClient.Reply r = api.post("/manage_database/force_commit", "application/cbor", new byte[]{(byte) 0xff, 0x00},
                "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.json().path("error").asText()).startsWith("Sorry, did not understand the CBOR you gave me");
    }

    @Test
    void aJsonBodyWithACharsetAndBadJson() {
        ApiClient.Reply withCharset = api.post("/manage_database/force_commit", "application/json; charset=utf-8",
                ("{\"Hydrus-Client-API-Access-Key\": \"" + TestServer.ACCESS_KEY + "\"}").getBytes());
        assertThat(withCharset.status()).isEqualTo(200);
        ApiClient.Reply bad = api.post("/manage_database/force_commit", "application/json", new byte[0],
                "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").asText())
                .isEqualTo("Sorry, did not understand the JSON you gave me: Expecting value: line 1 column 1 (char 0)");
        ApiClient.Reply unknownType = api.post("/manage_database/force_commit", "application/x-www-form-urlencoded",
                "a=b".getBytes(), "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().path("error").asText()).isEqualTo("Did not recognise Content-Type header!");
    }

    @Test
    void hydrussOddContentTypesAreRawUploadsNot400s() {
        for (String type : new String[]{"image/jpe", "application/vnd.comicbook+zip", "text/rtf", "collection",
                "application/msword", "audio/wave", "image/png"}) {
            ApiClient.Reply r = api.post("/manage_database/force_commit", type, new byte[]{1, 2, 3},
                    "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
            assertThat(r.status()).as(type).isEqualTo(200);
        }
        assertThat(server.folder().resolve("temp")).as("raw uploads are deleted after the request").isEmptyDirectory();
    }
}
