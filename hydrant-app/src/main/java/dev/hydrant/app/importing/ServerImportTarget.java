package dev.hydrant.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Imports through a running server's {@code /add_files/add_file} with a path (the server reads the file; both
 * must be on the same machine), exactly as any Client API tool would.
 */
public final class ServerImportTarget implements ImportTarget {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI addFile;
    private final String accessKey;

    public ServerImportTarget(URI server, String accessKey) {
        this.addFile = server.resolve("/add_files/add_file");
        this.accessKey = accessKey;
    }

    @Override
    public Outcome add(Path file) throws IOException {
        byte[] body = json.writeValueAsBytes(Map.of("path", file.toAbsolutePath().toString()));
        HttpRequest request = HttpRequest.newBuilder(addFile).timeout(Duration.ofMinutes(10))
                .header("Hydrus-Client-API-Access-Key", accessKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("the server answered " + response.statusCode() + ": " + answer.path("error").asText());
        }
        return new Outcome(answer.path("status").asInt(), answer.path("note").asText(""));
    }

    @Override
    public void close() {
        http.close();
    }
}
