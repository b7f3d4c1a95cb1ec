package dev.hydrant.core.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code /get_files/search_files} steps of the conformance transcripts recorded from hydrus 682:
 * the {@code tags} argument as the server decodes it, and what hydrus answered.
 */
final class RecordedSearches {

    static final List<String> TRANSCRIPTS = List.of("07_search_tags_domains.jsonl", "08_search_system_sort.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One recorded search.
     *
     * @param tags   the decoded {@code tags} argument (plain Java values), or null when it was absent
     * @param status hydrus's HTTP status
     * @param error  hydrus's error text for a 4xx, else null
     */
    record Step(String id, Object tags, boolean tagsDecodable, int status, String error) {
        @Override
        public String toString() {
            return id;
        }
    }

    private RecordedSearches() {
    }

    static List<Step> steps() throws IOException {
        List<Step> steps = new ArrayList<>();
        for (String transcript : TRANSCRIPTS) {
            for (String line : Files.readAllLines(transcript(transcript), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode step = JSON.readTree(line);
                JsonNode request = step.path("request");
                if (!request.path("path").asText().equals("/get_files/search_files")) {
                    continue;
                }
                JsonNode response = step.path("response");
                JsonNode tagsNode = request.path("query").get("tags");
                Object tags = null;
                boolean decodable = true;
                if (tagsNode != null) {
                    try {
                        // a string parameter is sent as is: the server decodes it as JSON
                        JsonNode decoded = tagsNode.isTextual() ? JSON.readTree(tagsNode.asText()) : tagsNode;
                        tags = JSON.treeToValue(decoded, Object.class);
                    } catch (JsonProcessingException e) {
                        decodable = false;
                    }
                }
                int status = response.path("status").asInt();
                String error = status >= 400 ? response.path("json").path("error").asText(null) : null;
                steps.add(new Step(transcript.substring(0, 2) + " #" + step.path("n").asInt() + " "
                        + step.path("id").asText(), tags, decodable, status, error));
            }
        }
        return steps;
    }

    /** Every string starting with {@code system:} in a tags argument, nested lists included, in order. */
    static List<String> systemTexts(Object tags) {
        List<String> texts = new ArrayList<>();
        collect(tags, texts);
        return texts;
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, texts));
        } else if (value instanceof String s && s.startsWith("system:")) {
            texts.add(s);
        }
    }

    /**
     * Where the shared corpus lives: the {@code hydrant.shared} system property (the root pom sets it),
     * else {@code ../shared} beside the repository root.
     */
    static Path transcript(String name) {
        return sharedRoot().resolve("conformance/transcripts").resolve(name);
    }

    private static Path sharedRoot() {
        String configured = System.getProperty("hydrant.shared");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("hydrant-core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("../shared").toAbsolutePath().normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the shared corpus: set -Dhydrant.shared");
    }
}
