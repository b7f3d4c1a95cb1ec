package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small java.net.http client for one test server: requests with optional extra headers, JSON bodies read back. */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** What came back. */
    public record Reply(int status, HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }
    }

    public Reply get(String target, String... headerPairs) {
        return send(HttpRequest.newBuilder(URI.create(base + target)).GET(), headerPairs);
    }

    public Reply getWithKey(String target, String accessKey) {
        return get(target, "Hydrus-Client-API-Access-Key", accessKey);
    }

    public Reply post(String target, String contentType, byte[] body, String... headerPairs) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, headerPairs);
    }

    public Reply postWithKey(String target, String accessKey) {
        return post(target, null, null, "Hydrus-Client-API-Access-Key", accessKey);
    }

    public Reply method(String method, String target, String... headerPairs) {
        return send(HttpRequest.newBuilder(URI.create(base + target)).method(method, HttpRequest.BodyPublishers.noBody()),
                headerPairs);
    }

    private Reply send(HttpRequest.Builder builder, String... headerPairs) {
        for (int i = 0; i < headerPairs.length; i += 2) {
            builder.header(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = http.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
