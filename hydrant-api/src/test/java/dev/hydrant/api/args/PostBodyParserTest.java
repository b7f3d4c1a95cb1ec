package dev.hydrant.api.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST bodies as hydrus's {@code ParseClientAPIPOSTArgs} and {@code ParseClientAPIPOSTByteArgs} treat them. */
class PostBodyParserTest {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
    private static final Set<String> TYPES = Set.of("application/json", "application/cbor",
            "application/octet-stream", "image/png");

    @TempDir
    Path temp;

    private PostBodyParser parser() {
        return new PostBodyParser(TYPES, temp.resolve("uploads"));
    }

    private PostBody json(String body) throws IOException {
        return parser().parse("application/json", stream(body));
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertBadRequest(Runnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage(message);
    }

    private void assertJsonBadRequest(String body, String message) {
        assertBadRequest(() -> {
            try {
                json(body);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, message);
    }

    private long uploadsLeft() throws IOException {
        Path folder = temp.resolve("uploads");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void withoutAContentTypeTheBodyIsIgnored() throws IOException {
        PostBody body = parser().parse(null, stream("{\"hash\": \"zz\"}"));
        assertThat(body.arguments().asMap()).isEmpty();
        assertThat(body.raw()).isNull();
        assertThat(uploadsLeft()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/x-made-up", "text/weird",
            "APPLICATION/JSON", " application/json", "application/json ;charset=utf-8", ""})
    void anUnrecognisedContentTypeIsA400(String contentType) {
        assertBadRequest(() -> {
            try {
                parser().parse(contentType, stream("{}"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, "Did not recognise Content-Type header!");
    }

    @Test
    void parametersAfterASemicolonAreIgnored() throws IOException {
        for (String type : new String[]{"application/json; charset=utf-8", "application/json;charset=utf-8"}) {
            PostBody body = parser().parse(type, stream("{\"name\": \"x\"}"));
            assertThat(body.arguments().raw("name")).isEqualTo("x");
        }
    }

    @Test
    void aJsonBodyMustBeAnObject() {
        for (String body : new String[]{"[]", "[{}]", "\"x\"", "1", "null", "true"}) {
            assertJsonBadRequest(body, "The given parameter did not seem to be a JSON Object!");
        }
    }

    @Test
    void badJsonGetsPythonsDescription() {
        assertJsonBadRequest("", "Sorry, did not understand the JSON you gave me: Expecting value: line 1 column 1 (char 0)");
        assertJsonBadRequest("notjson", "Sorry, did not understand the JSON you gave me: Expecting value: line 1 column 1 (char 0)");
        assertJsonBadRequest("{\"a\": 1,}",
                "Sorry, did not understand the JSON you gave me: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)");
        assertJsonBadRequest("{\"a\": 1}\n{}", "Sorry, did not understand the JSON you gave me: Extra data: line 2 column 1 (char 9)");
    }

    @Test
    void argumentsKeepTheirJsonTypes() throws IOException {
        ApiArguments args = json("{\"name\": \"n\", \"n\": 1, \"f\": 1.5, \"b\": false, \"l\": [1], \"o\": {\"k\": null},"
                + " \"nothing\": null}").arguments();
        assertThat(args.raw("name")).isEqualTo("n");
        assertThat(args.raw("n")).isEqualTo(1L);
        assertThat(args.raw("f")).isEqualTo(1.5);
        assertThat(args.raw("b")).isEqualTo(false);
        assertThat(args.raw("l")).isEqualTo(List.of(1L));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("k", null);
        assertThat(args.raw("o")).isEqualTo(o);
        assertThat(args.containsKey("nothing")).isTrue();
        assertThat(args.has("nothing")).isFalse();
    }

    @Test
    void hexParametersAreDecodedAndNullOrEmptyMeansAbsent() throws IOException {
        ApiArguments args = json("{\"hash\": \"AB cd\", \"service_key\": null, \"page_key\": \"\", \"file_service_key\": \"  \","
                + " \"Hydrus-Client-API-Access-Key\": \"00ff\"}").arguments();
        assertThat(args.raw("hash")).isEqualTo(ByteKey.fromHex("abcd"));
        assertThat(args.containsKey("service_key")).isFalse();
        assertThat(args.containsKey("page_key")).isFalse();
        assertThat(args.containsKey("file_service_key")).as("whitespace only decodes to no bytes").isFalse();
        assertThat(args.raw("Hydrus-Client-API-Access-Key")).isEqualTo(ByteKey.fromHex("00ff"));
    }

    @Test
    void badHexIsA400() {
        for (String value : new String[]{"\"zz\"", "\"abc\"", "5", "[\"ab\"]", "\"sha256:abcd\""}) {
            assertJsonBadRequest("{\"hash\": " + value + "}", "I was expecting to parse 'hash' as a hex string, but it failed.");
        }
    }

    @Test
    void hexListsDropEmptyStringsAndAnEmptyListMeansAbsent() throws IOException {
        assertThat(json("{\"hashes\": [\"ab\", \"\", \"CD\"]}").arguments().raw("hashes"))
                .isEqualTo(List.of(ByteKey.fromHex("ab"), ByteKey.fromHex("cd")));
        for (String absent : new String[]{"[]", "[\"\"]", "null"}) {
            assertThat(json("{\"file_service_keys\": " + absent + "}").arguments().containsKey("file_service_keys"))
                    .as(absent).isFalse();
        }
        for (String bad : new String[]{"[\"zz\"]", "[1]", "\"ab\"", "[null]", "5"}) {
            assertJsonBadRequest("{\"deleted_file_service_keys\": " + bad + "}",
                    "I was expecting to parse 'deleted_file_service_keys' as a list of hex strings, but it failed.");
        }
    }

    @Test
    void serviceKeyDictionariesHaveTheirKeysDecoded() throws IOException {
        @SuppressWarnings("unchecked")
        Map<Object, Object> decoded = (Map<Object, Object>) json("{\"service_keys_to_tags\": "
                + "{\"6c6f63616c2074616773\": [\"x\"], \"\": [\"y\"]}}").arguments().raw("service_keys_to_tags");
        assertThat(decoded).containsExactly(Map.entry(ByteKey.ofAscii("local tags"), List.of("x")));
        for (String name : new String[]{"service_keys_to_actions_to_tags", "service_keys_to_additional_tags"}) {
            assertThat(json("{\"" + name + "\": {\"\": 1}}").arguments().containsKey(name)).isFalse();
            assertThat(json("{\"" + name + "\": {}}").arguments().containsKey(name)).isFalse();
            assertThat(json("{\"" + name + "\": null}").arguments().containsKey(name)).isFalse();
            for (String bad : new String[]{"{\"zz\": 1}", "[]", "\"ab\""}) {
                assertJsonBadRequest("{\"" + name + "\": " + bad + "}", "I was expecting to parse '" + name
                        + "' as a dictionary of hex strings to other data, but it failed.");
            }
        }
    }

    @Test
    void otherRecognisedTypesAreRawFilesStreamedToATempFileAndDeletedOnClose() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(682).nextBytes(content);
        PostBody body = parser().parse("image/png", new ByteArrayInputStream(content));
        assertThat(body.arguments().asMap()).isEmpty();
        try (RawBody raw = body.raw()) {
            assertThat(raw.contentType()).isEqualTo("image/png");
            assertThat(raw.size()).isEqualTo(content.length);
            assertThat(raw.file()).startsWith(temp.resolve("uploads"));
            assertThat(Files.readAllBytes(raw.file())).isEqualTo(content);
        }
        assertThat(body.raw().file()).doesNotExist();
        assertThat(uploadsLeft()).isZero();
    }

    @Test
    void anEmptyRawBodyIsAnEmptyFile() throws IOException {
        try (RawBody raw = parser().parse("application/octet-stream", InputStream.nullInputStream()).raw()) {
            assertThat(raw.size()).isZero();
            assertThat(raw.file()).isEmptyFile();
        }
    }

    @Test
    void aBrokenUploadLeavesNoTempFile() {
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("connection reset");
                }
                return 7;
            }
        };
        assertThatThrownBy(() -> parser().parse("application/octet-stream", failing)).hasMessage("connection reset");
        assertThat(temp.resolve("uploads")).isEmptyDirectory();
    }

    @Test
    void aCborBodyIsAMapOfArguments() throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("hash", "abcd");
        map.put("tags", List.of("a"));
        map.put("service_key", null);
        PostBody body = parser().parse("application/cbor", new ByteArrayInputStream(CBOR.writeValueAsBytes(map)));
        assertThat(body.arguments().raw("hash")).isEqualTo(ByteKey.fromHex("abcd"));
        assertThat(body.arguments().raw("tags")).isEqualTo(List.of("a"));
        assertThat(body.arguments().containsKey("service_key")).isFalse();
    }

    @Test
    void aCborByteStringIsNotAHexString() throws IOException {
        byte[] cbor = CBOR.writeValueAsBytes(Map.of("hash", new byte[]{1, 2}));
        assertBadRequest(() -> {
            try {
                parser().parse("application/cbor", new ByteArrayInputStream(cbor));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, "I was expecting to parse 'hash' as a hex string, but it failed.");
    }

    @Test
    void invalidCborIsA400() throws IOException {
        byte[][] bad = {{(byte) 0xff, 0x00}, {(byte) 0xbf}, {(byte) 0xa1, 0x61}};
        for (byte[] body : bad) {
            assertThatThrownBy(() -> parser().parse("application/cbor", new ByteArrayInputStream(body)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                    .hasMessageStartingWith("Sorry, did not understand the CBOR you gave me");
        }
        byte[] list = CBOR.writeValueAsBytes(List.of(1));
        assertBadRequest(() -> {
            try {
                parser().parse("application/cbor", new ByteArrayInputStream(list));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, "The given parameter did not seem to be a JSON Object!");
    }
}
