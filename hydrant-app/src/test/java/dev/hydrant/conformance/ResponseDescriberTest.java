package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw responses are described as record.py's {@code describe_response} describes them. */
class ResponseDescriberTest {

    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();
    private final ResponseDescriber describer = new ResponseDescriber();
    private final PythonJsonReader json = new PythonJsonReader();

    private record Case(String label, int status, List<HeaderField> headers, byte[] body) {
    }

    private static List<HeaderField> headers(String... nameValues) {
        List<HeaderField> r = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            r.add(new HeaderField(nameValues[i], nameValues[i + 1]));
        }
        return r;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("json", 200, headers("Server", "client api/95 (682)", "date", "Sun, 22 Nov 2026 11:33:36 GMT",
                "X-Other", "ignored", "content-type", "application/json; charset=utf-8", "Content-Length", "44",
                "access-control-allow-origin", "*", "Cache-Control", "max-age=4"),
                utf8("{\"b\": 1, \"a\": [1.0, 2, 1e300, -0.0], \"c\": \"caf\\u00e9 \u00e9\", \"n\": null, \"big\": 123456789012345678901234567890}")));
        cases.add(new Case("json list", 200, headers("Content-Type", "APPLICATION/JSON"), utf8(" [1, 2]\n")));
        cases.add(new Case("json null", 200, headers("Content-Type", "application/json"), utf8("null")));
        cases.add(new Case("invalid json", 400, headers("Content-Type", "application/json"), utf8("{\"a\": 1} trailing")));
        cases.add(new Case("empty json", 200, headers("Content-Type", "application/json"), new byte[0]));
        cases.add(new Case("repeated header", 200, headers("Server", "first", "Content-Type", "text/plain", "Server", "second"), utf8("hi")));
        cases.add(new Case("cbor", 200, headers("Content-Type", "application/cbor"), HexFormat.of().parseHex(
                // {"version": 95, 1: h'00ff', "half": 1.5 (f16), true: null, "tag": 1(5), "ind": [_ 1, "x"], "f32": 0.1f, "neg": -500}
                "a867" + "76657273696f6e" + "185f" + "01" + "4200ff" + "6468616c66" + "f93e00" + "f5" + "f6"
                        + "63746167" + "c105" + "63696e64" + "9f016178ff" + "63663332" + "fa3dcccccd" + "636e6567" + "3901f3")));
        cases.add(new Case("cbor with int and float keys", 200, headers("Content-Type", "application/cbor"),
                HexFormat.of().parseHex("a301610af93c00616201616363")));
        cases.add(new Case("cbor bytes", 200, headers("Content-Type", "application/cbor"), HexFormat.of().parseHex("a2614142abcd42ef0101")));
        cases.add(new Case("invalid cbor", 500, headers("Content-Type", "application/cbor"), HexFormat.of().parseHex("a2")));
        for (String[] image : new String[][] {{"png_rgb.png", "image/png"}, {"jpeg_plain.jpg", "image/jpeg"},
                {"gif_anim.gif", "image/gif"}, {"webp_lossy.webp", "image/webp"}, {"webp_lossless.webp", "image/webp"},
                {"webp_alpha.webp", "image/webp"}, {"bmp.bmp", "image/bmp"}, {"jpeg_progressive.jpg", "image/jpeg"}}) {
            cases.add(new Case(image[0], 200, headers("Content-Type", image[1], "Content-Disposition", "inline"),
                    Files.readAllBytes(shared.media().resolve(image[0]))));
        }
        cases.add(new Case("html 404", 404, headers("Content-Type", "text/html"),
                utf8("<html>\n  <head><title>404 - No Such Resource</title></head>\n  <body>\n    <h1>No Such Resource</h1>\n"
                        + "    <p>No such child resource.</p>\n  </body>\n</html>\n")));
        cases.add(new Case("text with invalid utf-8", 200, headers("Content-Type", "text/plain; charset=latin-1"),
                new byte[] {'a', (byte) 0xe9, 'b', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, 'c', (byte) 0xed, (byte) 0xa0, (byte) 0x80,
                    (byte) 0xc0, (byte) 0xaf, (byte) 0xe0, (byte) 0x80, (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80,
                    (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xff, (byte) 0xe2}));
        cases.add(new Case("long text", 200, headers("Content-Type", "text/plain"), utf8("x".repeat(4097))));
        cases.add(new Case("text at 4 KiB", 200, headers("Content-Type", "text/plain"), utf8("y".repeat(4096))));
        cases.add(new Case("empty 204", 204, headers("Server", "s"), new byte[0]));
        cases.add(new Case("no response", 0, List.of(), new byte[0]));
        cases.add(new Case("octet stream", 200, headers("Content-Type", "application/octet-stream"), new byte[] {0, 1, 2}));
        cases.add(new Case("png with no content type", 200, List.of(), Files.readAllBytes(shared.media().resolve("png_gray.png"))));
        return cases;
    }

    @Test
    void everyCaseIsDescribedExactlyAsRecordPyDoes() throws IOException {
        RecordPy py = RecordPy.require(shared);
        List<Case> cases = cases();
        ArrayNode input = JsonNodeFactory.instance.arrayNode();
        for (Case c : cases) {
            ObjectNode o = input.addObject();
            o.put("status", c.status());
            ArrayNode hs = o.putArray("headers");
            c.headers().forEach(h -> hs.addArray().add(h.name()).add(h.value()));
            o.put("hex", HexFormat.of().formatHex(c.body()));
        }
        String code = """
                import json
                for c in json.load(sys.stdin):
                    r = record.Recorder.describe_response(None, c['status'], [tuple(h) for h in c['headers']], bytes.fromhex(c['hex']))
                    print(json.dumps(r, ensure_ascii=False))
                """;
        List<String> expected = py.eval(code, PythonJsonWriter.dumps(input)).lines().toList();
        assertThat(expected).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            ObjectNode ours = describer.describe(c.status(), c.headers(), c.body());
            assertThat(new JsonDiff(true, true, 20).diff(json.readValid(expected.get(i)), ours)).as(c.label()).isEmpty();
            assertThat(PythonJsonWriter.dumps(ours, false)).as(c.label()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void jsonBodiesAreParsedAndOnlyRecordedHeadersKept() throws IOException {
        ObjectNode r = describer.describe(cases().getFirst().status(), cases().getFirst().headers(), cases().getFirst().body());
        assertThat(r.get("status").asInt()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.get("headers").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("Server", "Date", "Content-Type", "Content-Length", "access-control-allow-origin", "Cache-Control");
        assertThat(r.get("header_order")).hasSize(7);
        assertThat(r.get("json").get("c").textValue()).isEqualTo("café é");
        assertThat(r.get("json").get("a").get(0).isDouble()).isTrue();
        assertThat(r.get("json").get("big").isBigInteger()).isTrue();
        assertThat(r.has("json_text_sha256")).isTrue();
        assertThat(r.has("body")).isFalse();
    }

    @Test
    void cborBodiesAreDecodedWithBytesAsHex() throws IOException {
        Case c = cases().stream().filter(x -> x.label().equals("cbor")).findFirst().orElseThrow();
        ObjectNode r = describer.describe(c.status(), c.headers(), c.body());
        JsonNode cbor = r.get("cbor");
        assertThat(cbor.get("version").asInt()).isEqualTo(95);
        // true and 1 are the same Python dict key: the later true: null replaces 1: h'00ff' in place
        assertThat(cbor.get("1").isNull()).isTrue();
        assertThat(cbor.has("True")).isFalse();
        assertThat(cbor.get("half").doubleValue()).isEqualTo(1.5);
        assertThat(cbor.get("f32").doubleValue()).isEqualTo((double) 0.1f);
        assertThat(cbor.get("tag").asInt()).isEqualTo(5);
        assertThat(cbor.get("neg").asInt()).isEqualTo(-500);
        assertThat(r.get("body").get("content_type").textValue()).isEqualTo("application/cbor");
        assertThat(r.get("body").get("length").asInt()).isEqualTo(c.body().length);
    }

    @Test
    void imagesGetFormatAndSize() throws IOException {
        ObjectNode r = describer.describe(200, headers("Content-Type", "image/png"), Files.readAllBytes(shared.media().resolve("png_rgb.png")));
        assertThat(r.get("body").get("image").toString()).isEqualTo("{\"format\":\"png\",\"width\":160,\"height\":120}");
        assertThat(r.get("body").has("text")).isFalse();
    }

    @Test
    void htmlAndEmptyBodies() {
        ObjectNode html = describer.describe(404, headers("Content-Type", "text/html"), utf8("<html>x</html>"));
        assertThat(html.get("body").get("text").textValue()).isEqualTo("<html>x</html>");
        assertThat(html.get("body").get("content_type").textValue()).isEqualTo("text/html");
        ObjectNode empty = describer.describe(204, List.of(), new byte[0]);
        assertThat(empty.get("body").toString()).isEqualTo(
                "{\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"length\":0,\"content_type\":null}");
    }
}
