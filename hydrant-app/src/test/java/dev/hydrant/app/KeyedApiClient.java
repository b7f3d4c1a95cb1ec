package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Client API caller for tests: the test server's access key on every request, JSON bodies in and out. */
public final class KeyedApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    public KeyedApiClient(TestServer server) {
        this.port = server.port();
    }

    private static Map<String, String> headers(String contentType) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY);
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return h;
    }

    public RawHttp.Response get(String target) throws IOException {
        return RawHttp.send(port, "GET", target, headers(null), null);
    }

    public RawHttp.Response head(String target) throws IOException {
        return RawHttp.send(port, "HEAD", target, headers(null), null);
    }

    public RawHttp.Response get(String target, Map<String, String> extraHeaders) throws IOException {
        Map<String, String> h = headers(null);
        h.putAll(extraHeaders);
        return RawHttp.send(port, "GET", target, h, null);
    }

    /** POST with a JSON body. */
    public RawHttp.Response post(String path, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        return RawHttp.send(port, "POST", path, headers("application/json"), bytes);
    }

    /** POST with raw file bytes (application/octet-stream). */
    public RawHttp.Response upload(String path, byte[] bytes) throws IOException {
        return RawHttp.send(port, "POST", path, headers("application/octet-stream"), bytes);
    }

    public static JsonNode json(RawHttp.Response response) throws IOException {
        return JSON.readTree(response.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON body of a 200 answer; fails the test on any other status. */
    public static JsonNode ok(RawHttp.Response response) throws IOException {
        if (response.status() != 200) {
            throw new AssertionError("expected 200, got " + response.status() + ": " + response.text());
        }
        return response.body().length == 0 ? JSON.createObjectNode() : json(response);
    }
}
