package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.api.args.PostBodyParser;
import dev.hydrant.api.http.Access;
import dev.hydrant.api.http.ApiHandler;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.ApiServer;
import dev.hydrant.api.http.BodyEncoder;
import dev.hydrant.api.http.BusyLock;
import dev.hydrant.api.http.ResponseWriter;
import dev.hydrant.api.http.Route;
import dev.hydrant.api.http.RouteTable;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.TagFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request pipeline end to end, through test routes that echo what they were given: GET and POST argument
 * decoding over real HTTP, the response format of POSTs, raw uploads and their temp files, wrong methods, and
 * an endpoint that crashes.
 */
class PipelineHttpTest {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
    private static Path folder;
    private static Library library;
    private static ApiServer server;
    private static ApiClient api;
    private static final AtomicReference<Path> lastUpload = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("hydrant-pipeline-");
        library = Library.open(new DataFolder(folder));
        library.addAccessKey("t", ByteKey.fromHex(TestServer.ACCESS_KEY), true, Set.of(), TagFilter.allowingEverything());
        RouteTable routes = new RouteTable()
                .add(Route.get("/echo_get", Access.none(), r -> echo(r.args().asMap(), null)))
                .add(Route.post("/echo_post", Access.anyKey(), r -> {
                    Map<String, Object> raw = null;
                    if (r.rawBody() != null) {
                        lastUpload.set(r.rawBody().file());
                        raw = new LinkedHashMap<>();
                        raw.put("size", r.rawBody().size());
                        raw.put("type", r.rawBody().contentType());
                        raw.put("exists", Files.exists(r.rawBody().file()));
                    }
                    return echo(r.args().asMap(), raw);
                }))
                .add(Route.get("/boom", Access.none(), r -> {
                    throw new IllegalStateException("kaboom");
                }));
        ServerSettings settings = new ServerSettings(0, false, false, false);
        ApiHandler handler = new ApiHandler(routes, library.accessControl(), new BusyLock(), settings,
                new PostBodyParser(RecognisedContentTypes.ALL, library.folder().temp()),
                new ResponseWriter(new BodyEncoder(), library.clock()));
        server = new ApiServer(settings, handler, null);
        server.start();
        api = new ApiClient(server.port());
    }

    private static ApiResponse echo(Map<String, Object> args, Map<String, Object> raw) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> printable = new LinkedHashMap<>();
        args.forEach((k, v) -> printable.put(k, v instanceof Map<?, ?> m ? stringKeys(m) : v));
        body.put("args", printable);
        if (raw != null) {
            body.put("raw", raw);
        }
        return ApiResponse.Json.ok(body);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        library.close();
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void getArgumentsAreDecodedAsHydrusDecodesThem() {
        JsonNode args = api.get("/echo_get?tags=%5B%22a+b%22%5D;file_id=+7+&hash=sha256:ABCD&made_up=1&name=x%2520y"
                + "&tags=%5B%5D&hashes=%5B%22ef%22%5D&simple=null&width=123456789012345678901234567890").json().path("args");
        assertThat(args.toString()).isEqualTo("{\"tags\":[\"a b\"],\"file_id\":7,\"hash\":\"abcd\",\"name\":\"x y\","
                + "\"hashes\":[\"ef\"],\"simple\":null,\"width\":123456789012345678901234567890}");
    }

    @Test
    void getArgumentErrorsAre400s() {
        ApiClient.Reply r = api.get("/echo_get?file_id=seven");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("I was expecting to parse 'file_id' as an integer, but it failed.");
        ApiClient.Reply json = api.get("/echo_get?download=True");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().path("error").asText())
                .isEqualTo("I was expecting to parse 'download' as a json-encoded string, but it failed.");
    }

    @Test
    void postJsonArgumentsCarryTheKeyAndHexDecoding() {
        ApiClient.Reply r = api.post("/echo_post", "application/json", ("{\"Hydrus-Client-API-Access-Key\": \""
                + TestServer.ACCESS_KEY + "\", \"hash\": \"ABCD\", \"page_key\": \"\", \"hashes\": [\"\", \"01\"], "
                + "\"service_keys_to_tags\": {\"6c6f63616c2074616773\": [\"t\"]}, \"n\": 1.5}").getBytes());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("args").toString()).isEqualTo("{\"Hydrus-Client-API-Access-Key\":\"" + TestServer.ACCESS_KEY
                + "\",\"hash\":\"abcd\",\"hashes\":[\"01\"],\"service_keys_to_tags\":{\"6c6f63616c2074616773\":[\"t\"]},\"n\":1.5}");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aRawUploadIsAFileOnlyForTheRequest() throws Exception {
        byte[] bytes = new byte[100_000];
        new java.util.Random(7).nextBytes(bytes);
        ApiClient.Reply r = api.post("/echo_post", "image/png", bytes, "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("raw").toString()).isEqualTo("{\"size\":100000,\"type\":\"image/png\",\"exists\":true}");
        assertThat(r.json().path("args").size()).isZero();
        assertThat(lastUpload.get()).doesNotExist();
        assertThat(lastUpload.get().getParent()).isEqualTo(library.folder().temp());
    }

    @Test
    void aPostsAnswerFollowsAcceptThenContentTypeThenTheQuery() throws Exception {
        String key = TestServer.ACCESS_KEY;
        ApiClient.Reply queried = api.post("/echo_post?cbor=1", "application/octet-stream", new byte[]{1},
                "Hydrus-Client-API-Access-Key", key);
        assertThat(queried.header("Content-Type")).isEqualTo("application/cbor");
        assertThat(CBOR.readTree(queried.body()).path("raw").path("size").asInt()).isEqualTo(1);

        ApiClient.Reply jsonBody = api.post("/echo_post?cbor=1", "application/json", "{}".getBytes(),
                "Hydrus-Client-API-Access-Key", key);
        assertThat(jsonBody.header("Content-Type")).as("Content-Type json beats the query").isEqualTo("application/json");

        ApiClient.Reply accepted = api.post("/echo_post", "application/json", "{}".getBytes(),
                "Hydrus-Client-API-Access-Key", key, "Accept", "application/cbor");
        assertThat(accepted.header("Content-Type")).isEqualTo("application/cbor");

        byte[] cborBody = CBOR.writeValueAsBytes(Map.of("Hydrus-Client-API-Access-Key", key, "x", 1));
        ApiClient.Reply cbor = api.post("/echo_post?name=ignored", "application/cbor", cborBody);
        assertThat(cbor.header("Content-Type")).isEqualTo("application/cbor");
        JsonNode args = CBOR.readTree(cbor.body()).path("args");
        assertThat(args.path("x").asInt()).isEqualTo(1);
        assertThat(args.has("name")).as("a POST's query holds no arguments").isFalse();
    }

    @Test
    void wrongMethodsAre404sAfterAuthentication() {
        ApiClient.Reply getOnPost = api.get("/echo_post", "Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
        assertThat(getOnPost.status()).isEqualTo(404);
        assertThat(getOnPost.json().path("error").asText()).isEqualTo("This service does not support that request!");
        assertThat(getOnPost.json().path("exception_type").asText()).isEqualTo("NotFoundException");
        assertThat(api.get("/echo_post").status()).as("credentials are checked first").isEqualTo(401);
        ApiClient.Reply postOnGet = api.post("/echo_get", null, null);
        assertThat(postOnGet.status()).isEqualTo(404);
        assertThat(postOnGet.json().path("error").asText()).isEqualTo("This service does not support that request!");
    }

    @Test
    void aCrashingEndpointIsA500WithAJsonBody() {
        ApiClient.Reply r = api.get("/boom");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = r.json();
        assertThat(body.path("status_code").asInt()).isEqualTo(500);
        assertThat(body.path("exception_type").asText()).isEqualTo("IllegalStateException");
        assertThat(body.path("error").asText()).startsWith("The \"client api\" encountered an error it could not handle!")
                .contains("kaboom");
        assertThat(api.get("/echo_get").status()).isEqualTo(200);
    }
}
