package dev.hydrant.conformance;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Parses JSON text the way Python's {@code json.loads} does, into Jackson trees that keep Python's
 * distinction between ints (any size) and floats: trailing garbage is an error, {@code NaN} and
 * {@code Infinity} are accepted, and blank input is an error rather than a missing node.
 */
final class PythonJsonReader {

    private final JsonMapper mapper;

    PythonJsonReader() {
        this.mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE)
                .maxNumberLength(100_000)
                .maxNestingDepth(10_000)
                .build());
    }

    /** {@code json.loads(data)} of bytes (UTF-8/16/32 detected as Python does for the common cases). */
    JsonNode read(byte[] data) throws IOException {
        return checked(mapper.readTree(data));
    }

    /** {@code json.loads(text)}. */
    JsonNode read(String text) throws IOException {
        return checked(mapper.readTree(text));
    }

    /** Parses a text that is known to be valid JSON (scenario and transcript files). */
    JsonNode readValid(String text) {
        try {
            return read(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getMessage(), e);
        }
    }

    /** Parses UTF-8 bytes known to be valid JSON. */
    JsonNode readValid(byte[] utf8) {
        return readValid(new String(utf8, StandardCharsets.UTF_8));
    }

    private static JsonNode checked(JsonNode n) throws IOException {
        if (n == null || n.isMissingNode()) {
            throw new IOException("Expecting value: line 1 column 1 (char 0)");
        }
        return n;
    }
}
