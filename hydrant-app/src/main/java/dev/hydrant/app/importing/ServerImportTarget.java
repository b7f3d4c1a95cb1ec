package dev.hydrant.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports through a running server's {@code /add_files/add_file} with a path (the server reads the file; both
 * must be on the same machine), exactly as any Client API tool would.
 */
public final class ServerImportTarget implements ImportTarget {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI server;
    private final String accessKey;

    public ServerImportTarget(URI server, String accessKey) {
        this.server = server;
        this.accessKey = accessKey;
    }

    @Override
    public Outcome add(Path file) throws IOException {
        JsonNode answer = post("/add_files/add_file", Map.of("path", file.toAbsolutePath().toString()));
        return new Outcome(answer.path("status").asInt(), answer.path("note").asText(""),
                answer.path("hash").isTextual() ? answer.path("hash").asText() : null);
    }

    @Override
    public String localTagService(String nameOrKey) throws IOException {
        JsonNode service = null;
        if (nameOrKey.matches("([0-9a-fA-F]{2})+")) {
            service = serviceOrNull("service_key=" + nameOrKey);
        }
        if (service == null) {
            service = serviceOrNull("service_name=" + URLEncoder.encode(nameOrKey, StandardCharsets.UTF_8));
        }
        if (service == null) {
            throw new IllegalArgumentException("The server has no service " + nameOrKey);
        }
        if (service.path("type").asInt() != 5) {
            throw new IllegalArgumentException(service.path("name").asText() + " is not a local tag service.");
        }
        return service.path("service_key").asText();
    }

    private JsonNode serviceOrNull(String query) throws IOException {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(server.resolve("/get_service?" + query))
                .timeout(Duration.ofMinutes(1)).header("Hydrus-Client-API-Access-Key", accessKey).GET().build());
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() == 404 || response.statusCode() == 400) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IOException("the server answered " + response.statusCode() + ": " + answer.path("error").asText());
        }
        return answer.path("service");
    }

    @Override
    public void addTags(String hash, String serviceKey, Set<String> tags) throws IOException {
        if (tags.isEmpty()) {
            return;
        }
        post("/add_tags/add_tags", Map.of("hash", hash, "service_keys_to_tags", Map.of(serviceKey, List.copyOf(tags))));
    }

    private JsonNode post(String path, Object body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Hydrus-Client-API-Access-Key", accessKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            String error = response.body().length == 0 ? "" : json.readTree(response.body()).path("error").asText();
            throw new IOException("the server answered " + response.statusCode() + ": " + error);
        }
        return response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
