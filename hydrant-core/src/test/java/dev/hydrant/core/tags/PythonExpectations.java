package dev.hydrant.core.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads the expectations that {@code src/test/python/make_tag_expectations.py} wrote from Python
 * (see that script for what each file holds).
 */
final class PythonExpectations {

    static final ObjectMapper JSON = new ObjectMapper();

    private PythonExpectations() {
    }

    static JsonNode unicodeTables() {
        try (InputStream in = open("python-unicode.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> jsonLines(String name) {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A list of {@code [first, last]} pairs as a set of code points. */
    static BitSet ranges(JsonNode pairs) {
        BitSet set = new BitSet(0x110000);
        for (JsonNode pair : pairs) {
            set.set(pair.get(0).asInt(), pair.get(1).asInt() + 1);
        }
        return set;
    }

    /** A list of code points as a string. */
    static String codePoints(JsonNode list) {
        StringBuilder text = new StringBuilder();
        list.forEach(cp -> text.appendCodePoint(cp.asInt()));
        return text.toString();
    }

    static String describe(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u{%x}", cp));
            }
        });
        return out.append('"').toString();
    }

    private static InputStream open(String name) {
        InputStream in = PythonExpectations.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
