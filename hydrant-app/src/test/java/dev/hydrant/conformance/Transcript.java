package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A transcript: one JSON object per step. Reads {@code .jsonl} files (blank lines skipped, as record.py
 * does) and writes them the way record.py does ({@code json.dumps(line, ensure_ascii=False)} per line).
 */
public record Transcript(List<ObjectNode> lines) {

    public Transcript {
        lines = List.copyOf(lines);
    }

    public static Transcript load(Path jsonl) throws IOException {
        return parse(Files.readString(jsonl, StandardCharsets.UTF_8));
    }

    public static Transcript parse(String jsonl) {
        PythonJsonReader reader = new PythonJsonReader();
        List<ObjectNode> lines = new ArrayList<>();
        for (String text : jsonl.split("\n", -1)) {
            if (PythonText.strip(text).isEmpty()) {
                continue;
            }
            JsonNode line = reader.readValid(text);
            if (!line.isObject()) {
                throw new IllegalArgumentException("a transcript line must be an object: " + PythonText.head(text, 200));
            }
            lines.add((ObjectNode) line);
        }
        return new Transcript(lines);
    }

    /** The lines as record.py writes them. */
    public String toJsonl() {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode line : lines) {
            sb.append(PythonJsonWriter.dumps(line, false)).append('\n');
        }
        return sb.toString();
    }

    public void write(Path jsonl) throws IOException {
        Files.writeString(jsonl, toJsonl(), StandardCharsets.UTF_8);
    }
}
