package dev.hydrant.api.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PythonJson} against what Python 3's {@code json.loads} did with the same documents
 * ({@code python-json-cases.jsonl}, written by {@code src/test/python/make_json_expectations.py}): the same
 * error text for every malformed document, and for well-formed ones the same value, compared through
 * Python's {@code repr()} and {@code str()} of it (which {@link PythonText} reproduces).
 */
class PythonJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PythonJson parser = new PythonJson();

    static Stream<Arguments> cases(String kind) throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = PythonJsonTest.class.getResourceAsStream("python-json-cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = JSON.readTree(line);
                if (c.has(kind)) {
                    cases.add(kind.equals("error")
                            ? Arguments.of(c.get("doc").textValue(), c.get("error").textValue())
                            : Arguments.of(c.get("doc").textValue(), c.get("repr").textValue(), c.get("str").textValue()));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> malformed() throws IOException {
        return cases("error");
    }

    static Stream<Arguments> wellFormed() throws IOException {
        return cases("repr");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void malformedDocumentsFailWithPythonsMessage(String document, String pythonMessage) {
        assertThatThrownBy(() -> parser.parse(document))
                .isInstanceOf(PythonJson.SyntaxError.class)
                .hasMessage(pythonMessage);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("wellFormed")
    void wellFormedDocumentsGiveWhatPythonGets(String document, String pythonRepr, String pythonStr) throws Exception {
        Object value = parser.parse(document);
        assertThat(PythonText.repr(value)).isEqualTo(pythonRepr);
        assertThat(PythonText.str(value)).isEqualTo(pythonStr);
    }

    @Test
    void theCasesCoverBothKinds() throws IOException {
        assertThat(malformed().count()).isGreaterThan(80);
        assertThat(wellFormed().count()).isGreaterThan(30);
    }

    @Test
    void valuesArePlainJavaTypes() throws Exception {
        Object value = parser.parse("{\"i\": 1, \"big\": 123456789012345678901234567890, \"f\": 1.5, \"s\": \"x\","
                + " \"b\": true, \"n\": null, \"l\": [1], \"o\": {}}");
        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.keySet()).containsExactly("i", "big", "f", "s", "b", "n", "l", "o");
        assertThat(map.get("i")).isEqualTo(1L);
        assertThat(map.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(map.get("f")).isEqualTo(1.5);
        assertThat(map.get("s")).isEqualTo("x");
        assertThat(map.get("b")).isEqualTo(true);
        assertThat(map.containsKey("n")).isTrue();
        assertThat(map.get("n")).isNull();
        assertThat(map.get("l")).isEqualTo(List.of(1L));
        assertThat(map.get("o")).isEqualTo(Map.of());
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parser.parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        assertThat(map.keySet()).containsExactly("a", "b");
        assertThat(map.get("a")).isEqualTo(3L);
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() {
        // U+1F600 is one character to Python, two chars to Java
        assertThatThrownBy(() -> parser.parse("[\"\uD83D\uDE00\", x]"))
                .hasMessage("Expecting value: line 1 column 7 (char 6)");
    }

    @Test
    void absurdNestingIsRefusedWithoutBlowingTheStack() {
        String deep = "[".repeat(100_000);
        assertThatThrownBy(() -> parser.parse(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximum recursion depth exceeded");
        String fine = "[".repeat(PythonJson.MAX_DEPTH) + "]".repeat(PythonJson.MAX_DEPTH);
        assertThat(catchValue(fine)).isInstanceOf(List.class);
    }

    private Object catchValue(String document) {
        try {
            return parser.parse(document);
        } catch (PythonJson.SyntaxError e) {
            throw new AssertionError(e);
        }
    }
}
