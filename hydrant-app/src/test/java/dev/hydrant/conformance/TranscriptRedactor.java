package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * record.py's {@code redact}: replaces machine-specific text (absolute paths) in the serialised form of
 * each transcript line, longest text first, e.g. the media folder by {@code <media>} as in the recorded
 * transcripts.
 */
public final class TranscriptRedactor {

    private final List<Map.Entry<String, String>> replacements;

    /** @param replacements old text to new text; empty old texts are ignored */
    public TranscriptRedactor(Map<String, String> replacements) {
        List<Map.Entry<String, String>> r = new ArrayList<>(new LinkedHashMap<>(replacements).entrySet());
        r.removeIf(e -> e.getKey().isEmpty());
        r.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        this.replacements = List.copyOf(r);
    }

    public String apply(String serialised) {
        String text = serialised;
        for (Map.Entry<String, String> e : replacements) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    public ObjectNode apply(ObjectNode line) {
        return (ObjectNode) new PythonJsonReader().readValid(apply(PythonJsonWriter.dumps(line, false)));
    }

    public List<ObjectNode> apply(List<ObjectNode> lines) {
        return lines.stream().map(this::apply).toList();
    }
}
