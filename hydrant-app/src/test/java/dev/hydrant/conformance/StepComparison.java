package dev.hydrant.conformance;

import java.util.List;

/**
 * The outcome for one step: its number and label in the expected transcript, the request method and path,
 * and the differences found after normalisation (empty when the step matches), worded as record.py's
 * {@code diff} words them ({@code $.json.file_ids[2]: expected "file:…", got "file:…"}).
 */
public record StepComparison(Integer n, String id, String method, String path, List<String> differences) {

    public StepComparison {
        differences = List.copyOf(differences);
    }

    public boolean matches() {
        return differences.isEmpty();
    }

    /** {@code step N (id) METHOD path:} followed by the indented differences, as record.py prints it. */
    public String describe() {
        StringBuilder sb = new StringBuilder("step " + orNone(n) + " (" + orNone(id) + ") " + orNone(method) + " "
                + orNone(path) + ":");
        for (String d : differences) {
            sb.append("\n    ").append(d);
        }
        return sb.toString();
    }

    private static String orNone(Object v) {
        return v == null ? "None" : v.toString();
    }
}
