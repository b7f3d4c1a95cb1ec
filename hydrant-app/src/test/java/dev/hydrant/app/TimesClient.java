package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calls the time and viewing statistics tests make: uploads, time edits, metadata and searches. */
final class TimesClient {
    final KeyedApiClient api;

    TimesClient(TestServer server) {
        this.api = new KeyedApiClient(server);
    }

    /** A JSON object from alternating keys and values; values may be null (sent as JSON null). */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Uploads a distinct small PNG; its sha256 hex. */
    String upload(int seed) throws IOException {
        return KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(6 + seed, 5 + seed, seed)))
                .get("hash").asText();
    }

    long id(String hash) throws IOException {
        return KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash + "&only_return_identifiers=true"))
                .get("metadata").get(0).get("file_id").asLong();
    }

    RawHttp.Response post(String path, Object... keysAndValues) throws IOException {
        return api.post(path, body(keysAndValues));
    }

    void ok(String path, Object... keysAndValues) throws IOException {
        KeyedApiClient.ok(post(path, keysAndValues));
    }

    /** The 400 (or other) error text of a refused POST, checking its status. */
    String refused(int status, String path, Object... keysAndValues) throws IOException {
        RawHttp.Response r = post(path, keysAndValues);
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ", got " + r.status() + ": " + r.text());
        }
        return KeyedApiClient.json(r).get("error").asText();
    }

    /** The full file_metadata object of one file. */
    JsonNode metadata(String hash, boolean milliseconds) throws IOException {
        return KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash
                + (milliseconds ? "&include_milliseconds=true" : ""))).get("metadata").get(0);
    }

    /** The file_viewing_statistics entry of a canvas (0, 1 or 4). */
    JsonNode viewing(String hash, int canvas) throws IOException {
        for (JsonNode e : metadata(hash, false).get("file_viewing_statistics")) {
            if (e.get("canvas_type").asInt() == canvas) {
                return e;
            }
        }
        throw new AssertionError("no canvas " + canvas);
    }

    /** The ids search_files returns for the tags, with optional extra query text ({@code &file_sort_type=10}). */
    List<Long> search(String extra, String... tags) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < tags.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(tags[i]).append('"');
        }
        json.append(']');
        JsonNode body = KeyedApiClient.ok(api.get("/get_files/search_files?tags="
                + URLEncoder.encode(json.toString(), StandardCharsets.UTF_8).replace("+", "%20") + extra));
        List<Long> out = new ArrayList<>();
        body.get("file_ids").forEach(n -> out.add(n.asLong()));
        return out;
    }
}
