package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Python behaviours the port depends on, checked against python3 itself and record.py's own functions:
 * {@code float.__repr__}, {@code round(x, 3)}, {@code json.dumps}, {@code urllib.parse.quote}, {@code str}/
 * {@code repr}, {@code int()}, {@code image_info}, {@code cbor_dumps}, {@code cbor_loads}+{@code jsonable} and
 * {@code encode_query_value}. All inputs go to one Python process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonCompatibilityTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HexFormat HEX = HexFormat.of();

    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();
    private final PythonJsonReader json = new PythonJsonReader();
    private final List<Double> doubles = new ArrayList<>();
    private final List<String> asciiStrings = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final List<JsonNode> values = new ArrayList<>();
    private final List<String> intTexts = new ArrayList<>();
    private final List<byte[]> images = new ArrayList<>();
    private final List<String> cborHex = new ArrayList<>();
    private JsonNode python;

    @BeforeAll
    void askPython() throws IOException {
        RecordPy py = RecordPy.require(shared);
        Random random = new Random(682);
        doubles.addAll(List.of(0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1.5, 100.0, 1e15, 1e16, 1e17, 1.2345678901234567e16,
                9007199254740993.0, 1e-4, 1e-5, 0.00012345, 1e22, 1e23, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE,
                -0.0, 0.0, 123456789012345678.0, 1795347216.798, 1795347216.7985, 0.0005, 0.0015, 2.675, 1.0005,
                Math.PI, -Math.E, 12.5, 70.0, 1500000000.5, 8.0e-3, 4.35, 0.07, 1e300, 2.0e-308, 4.9e-324 * 3,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int e = -1074; e <= 1023; e += 7) {
            doubles.add(Math.scalb(1.0, e));
            doubles.add(Math.nextDown(Math.scalb(1.0, e)));
        }
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            doubles.add(Double.isNaN(d) ? random.nextDouble() : d);
            doubles.add(random.nextInt(10_000_000) / Math.pow(10, random.nextInt(9)));
        }

        asciiStrings.addAll(List.of("plain", "quote\" back\\slash /", "tab\there\nnew\rret\bb\ff", "\u0000\u0001\u001f\u007f",
                "café 青い 😀", "\u2028\u2029", "\ud800 lone", "\udfff", "ǅß", "", "nbsp\u00a0", "\u3000wide"));
        strings.addAll(asciiStrings.stream().filter(s -> !s.contains("\ud800") && !s.contains("\udfff")).toList());
        strings.addAll(List.of("system:everything", "[\"system:everything\"]", "a b+c&d=e;f", "~_.-!*'()", "%20"));

        for (String s : strings) {
            values.add(NODES.textNode(s));
        }
        values.addAll(List.of(NODES.textNode("it's"), NODES.textNode("say \"hi\""), NODES.textNode("both ' and \""),
                NODES.textNode("zero\u200bwidth"), NODES.textNode("\u0085next"), NODES.textNode("\u00adsoft"),
                NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false),
                NODES.numberNode(0), NODES.numberNode(23), NODES.numberNode(24), NODES.numberNode(255), NODES.numberNode(256),
                NODES.numberNode(65535), NODES.numberNode(65536), NODES.numberNode(4294967295L), NODES.numberNode(4294967296L),
                NODES.numberNode(new BigInteger("18446744073709551615")), NODES.numberNode(-1), NODES.numberNode(-24),
                NODES.numberNode(-25), NODES.numberNode(-257), NODES.numberNode(new BigInteger("-18446744073709551616")),
                NODES.numberNode(1.5), NODES.numberNode(-0.0), NODES.numberNode(1e16), NODES.numberNode(70.0)));
        values.add(json.readValid("[1, \"a\", [true, null], {\"k\": 1.0, \"é\": [\"x\"]}]"));
        values.add(json.readValid("{\"hash\": \"ab\", \"file_ids\": [1, 2], \"n\": {\"a\": {}}, \"l\": []}"));
        values.add(json.readValid("[\"system:inbox\", \"-blue\", \"creator:someone\"]"));

        intTexts.addAll(List.of("4", " 4 ", "+4", "-4", "4_0", "4__0", "_4", "4_", "٤٢", "4.0", "", " ", "0x4", "04",
                "\u00a04\u2003", "1" + "0".repeat(40), "--4", "4 4", "\t-17\n"));

        for (String name : List.of("png_rgb.png", "png_gray16.png", "png_interlaced.png", "apng_anim.png", "jpeg_plain.jpg",
                "jpeg_progressive.jpg", "jpeg_exif_rot6.jpg", "jpeg_cmyk.jpg", "corrupt_truncated.jpg", "gif_static.gif",
                "gif_anim.gif", "webp_lossy.webp", "webp_lossless.webp", "webp_alpha.webp", "webp_anim.webp", "bmp.bmp",
                "ico.ico", "tiff.tiff", "psd.psd", "svg.svg", "pdf.pdf", "text.txt", "empty.bin", "random_bytes.bin")) {
            byte[] b = Files.readAllBytes(shared.media().resolve(name));
            images.add(b);
            for (int n : new int[] {2, 6, 9, 10, 11, 12, 16, 20, 23, 24, 25, 26, 27, 28, 29, 30, 31, 100, 200}) {
                images.add(Arrays.copyOf(b, Math.min(n, b.length)));
            }
        }
        images.add(HEX.parseHex("ffd8ffc000110800100020"));
        images.add(HEX.parseHex("ffd8ffd9ffffffffffffffffffff"));
        images.add(HEX.parseHex("424d000000000000000000000000000000000000ffffffff00000080"));

        cborHex.addAll(List.of("00", "17", "1818", "18ff", "190100", "1a00010000", "1b0000000100000000", "1bffffffffffffffff",
                "20", "3863", "3bffffffffffffffff", "f4", "f5", "f6", "f7", "f93c00", "f97bff", "f90001", "f97e00", "fa3fc00000",
                "fb3ff8000000000000", "40", "4401020304", "5f42010243030405ff", "60", "6449455446", "7f657374726561646d696e67ff",
                "80", "83010203", "9f018202039f0405ffff", "a0", "a201020304", "a26161016162820203", "bf61610161629f0203ffff",
                "c11a514b67b0", "d82076687474703a2f2f7777772e6578616d706c652e636f6d", "a2f5616100616201", "a1f6f6",
                "a1fb3ff8000000000000f5", "a14201026178", "a2616101616102", "1c", "f8ff", "ff", "", "18", "62c328",
                "a1", "9f01", "a18001", "5f6161ff", "1f"));
        for (JsonNode v : values) {
            cborHex.add(HEX.formatHex(new CBORMapper().writeValueAsBytes(v)));
        }

        ObjectNode request = NODES.objectNode();
        ArrayNode d = request.putArray("doubles");
        doubles.forEach(x -> d.add(String.format("%016x", Double.doubleToRawLongBits(x))));
        ArrayNode a = request.putArray("ascii_strings");
        asciiStrings.forEach(a::add);
        ArrayNode s = request.putArray("strings");
        strings.forEach(s::add);
        ArrayNode v = request.putArray("values");
        values.forEach(v::add);
        ArrayNode i = request.putArray("ints");
        intTexts.forEach(i::add);
        ArrayNode im = request.putArray("images");
        images.forEach(b -> im.add(HEX.formatHex(b)));
        ArrayNode c = request.putArray("cbor");
        cborHex.forEach(c::add);

        String code = """
                import json, struct, urllib.parse
                req = json.load(sys.stdin)
                out = {}
                floats = [struct.unpack('>d', bytes.fromhex(h))[0] for h in req['doubles']]
                out['repr'] = [repr(x) for x in floats]
                out['round3'] = [repr(round(x, 3)) for x in floats]
                out['json_floats'] = [json.dumps(x) for x in floats]
                out['dumps_ascii'] = [json.dumps(s) for s in req['ascii_strings']]
                out['dumps_utf8'] = [json.dumps(s, ensure_ascii=False) for s in req['strings']]
                out['quote'] = [urllib.parse.quote(s, safe='') for s in req['strings']]
                out['str'] = [str(v) for v in req['values']]
                out['repr_values'] = [repr(v) for v in req['values']]
                out['dumps_values'] = [json.dumps(v) for v in req['values']]
                def pyint(s):
                    try:
                        return str(int(s))
                    except ValueError:
                        return None
                out['int'] = [pyint(s) for s in req['ints']]
                out['image'] = [record.image_info(bytes.fromhex(h)) for h in req['images']]
                out['cbor_dumps'] = [record.cbor_dumps(v).hex() for v in req['values']]
                def loads(h):
                    try:
                        return {'ok': record.jsonable(record.cbor_loads(bytes.fromhex(h)))}
                    except Exception as e:
                        return {'error': type(e).__name__}
                out['cbor_loads'] = [loads(h) for h in req['cbor']]
                out['query_json'] = [record.Recorder.encode_query_value(v, 'json') for v in req['values']]
                out['query_cbor'] = [record.Recorder.encode_query_value(v, 'cbor') for v in req['values']]
                out['urlencode'] = urllib.parse.urlencode([(s, v if isinstance(v, str) else json.dumps(v)) for s, v in zip(req['strings'], req['values'])], quote_via=urllib.parse.quote)
                print(json.dumps(out))
                """;
        python = json.readValid(py.eval(code, PythonJsonWriter.dumps(request)));
    }

    @Test
    void floatReprAndRoundingMatchPython() {
        for (int i = 0; i < doubles.size(); i++) {
            double x = doubles.get(i);
            assertThat(PythonValues.floatRepr(x)).as("repr of %s", x).isEqualTo(python.get("repr").get(i).textValue());
            assertThat(PythonValues.floatRepr(ScenarioReplayer.round3(x))).as("round(%s, 3)", x)
                    .isEqualTo(python.get("round3").get(i).textValue());
            assertThat(PythonJsonWriter.dumps(NODES.numberNode(x))).isEqualTo(python.get("json_floats").get(i).textValue());
        }
    }

    @Test
    void jsonDumpsAndQuoteMatchPython() {
        for (int i = 0; i < asciiStrings.size(); i++) {
            assertThat(PythonJsonWriter.dumps(NODES.textNode(asciiStrings.get(i)))).isEqualTo(python.get("dumps_ascii").get(i).textValue());
        }
        for (int i = 0; i < strings.size(); i++) {
            assertThat(PythonJsonWriter.dumps(NODES.textNode(strings.get(i)), false)).isEqualTo(python.get("dumps_utf8").get(i).textValue());
            assertThat(QueryStringEncoder.quote(strings.get(i))).isEqualTo(python.get("quote").get(i).textValue());
        }
        for (int i = 0; i < values.size(); i++) {
            assertThat(PythonJsonWriter.dumps(values.get(i))).isEqualTo(python.get("dumps_values").get(i).textValue());
        }
    }

    @Test
    void strReprAndIntMatchPython() {
        for (int i = 0; i < values.size(); i++) {
            assertThat(PythonValues.str(values.get(i))).as("str(%s)", values.get(i)).isEqualTo(python.get("str").get(i).textValue());
            assertThat(PythonValues.repr(values.get(i))).as("repr(%s)", values.get(i)).isEqualTo(python.get("repr_values").get(i).textValue());
        }
        for (int i = 0; i < intTexts.size(); i++) {
            BigInteger ours = PythonValues.parseInt(intTexts.get(i));
            JsonNode theirs = python.get("int").get(i);
            assertThat(ours == null ? null : ours.toString()).as("int(%s)", PythonValues.strRepr(intTexts.get(i)))
                    .isEqualTo(theirs.isNull() ? null : theirs.textValue());
        }
    }

    @Test
    void queryValuesAreEncodedAsRecordPyEncodesThem() {
        StringBuilder ours = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            assertThat(QueryStringEncoder.encodeValue(values.get(i), "json")).isEqualTo(python.get("query_json").get(i).textValue());
            assertThat(QueryStringEncoder.encodeValue(values.get(i), "cbor")).isEqualTo(python.get("query_cbor").get(i).textValue());
        }
        ObjectNode query = NODES.objectNode();
        for (int i = 0; i < strings.size(); i++) {
            query.set(strings.get(i), values.get(i));
        }
        ours.append(QueryStringEncoder.encode(query, "json"));
        assertThat(ours.toString()).isEqualTo(python.get("urlencode").textValue());
    }

    @Test
    void imageSniffingMatchesImageInfo() {
        int recognised = 0;
        for (int i = 0; i < images.size(); i++) {
            ImageSniffer.ImageInfo info = ImageSniffer.sniff(images.get(i));
            JsonNode theirs = python.get("image").get(i);
            String ours = info == null ? "null" : "[\"" + info.format() + "\", " + info.width() + ", " + info.height() + "]";
            assertThat(ours).as("image %d (%d bytes)", i, images.get(i).length).isEqualTo(PythonJsonWriter.dumps(theirs));
            recognised += info == null ? 0 : 1;
        }
        assertThat(recognised).isGreaterThan(100);
    }

    @Test
    void cborEncodingMatchesCborDumps() {
        for (int i = 0; i < values.size(); i++) {
            assertThat(HEX.formatHex(CborWriter.encode(values.get(i)))).as("cbor of %s", values.get(i))
                    .isEqualTo(python.get("cbor_dumps").get(i).textValue());
        }
    }

    @Test
    void cborDecodingMatchesCborLoadsAndJsonable() {
        int decoded = 0;
        for (int i = 0; i < cborHex.size(); i++) {
            JsonNode theirs = python.get("cbor_loads").get(i);
            String label = "cbor " + cborHex.get(i);
            try {
                JsonNode ours = CborReader.decode(HEX.parseHex(cborHex.get(i)));
                assertThat(theirs.has("ok")).as(label + " decodes in Python too (Python: " + theirs + ")").isTrue();
                assertThat(PythonJsonWriter.dumps(ours)).as(label).isEqualTo(PythonJsonWriter.dumps(theirs.get("ok")));
                decoded++;
            } catch (CborReader.CborDecodeException e) {
                assertThat(theirs.has("error")).as(label + " fails in Python too: " + e.getMessage()).isTrue();
            }
        }
        assertThat(decoded).isGreaterThan(cborHex.size() / 2);
    }

    @Test
    void cborRoundTripsThroughJackson() throws IOException {
        CBORMapper mapper = new CBORMapper();
        for (JsonNode v : Stream.concat(values.stream(), Stream.of(json.readValid("{\"a\": [1, 2.5, \"x\", null, {\"b\": false}]}"))).toList()) {
            JsonNode back = mapper.readTree(CborWriter.encode(v));
            assertThat(new JsonDiff(true, false, 20).diff(v, back)).as("%s", v).isEmpty();
        }
    }

    @Test
    void pythonTextRules() {
        assertThat(PythonText.strip("\u00a0\u2003 x y\u3000\n")).isEqualTo("x y");
        assertThat(PythonText.lastLine("a\nb\r\nc\u2028d")).isEqualTo("d");
        assertThat(PythonText.lastLine("only")).isEqualTo("only");
        assertThat(PythonText.compareCodePoints("\uffff", "😀")).isNegative();
        assertThat("\uffff".compareTo("😀")).isPositive();
        assertThat(PythonText.head("😀😀😀", 2)).isEqualTo("😀😀");
        assertThat(PythonValues.equal(NODES.numberNode(1), NODES.booleanNode(true))).isTrue();
        assertThat(PythonValues.equal(NODES.numberNode(1), NODES.numberNode(1.0))).isTrue();
        assertThat(PythonValues.equal(NODES.numberNode(new BigInteger("9007199254740993")), NODES.numberNode(9007199254740992.0))).isFalse();
        assertThat(PollCondition.holds(NODES.numberNode(3), ">", NODES.numberNode(0))).isTrue();
        assertThat(PollCondition.holds(NODES.nullNode(), ">", NODES.numberNode(0))).isFalse();
        assertThat(PollCondition.holds(NODES.textNode("a"), ">", NODES.numberNode(0))).isFalse();
        assertThat(PollCondition.holds(json.readValid("[1, 2]"), "len>=", NODES.numberNode(2))).isTrue();
        assertThat(JsonPath.get(json.readValid("{\"a\": [{\"b\": 1}, {\"b\": 2}]}"), "a.-1.b").asInt()).isEqualTo(2);
        assertThat(JsonPath.get(json.readValid("{\"a\": [1]}"), "a.5").isNull()).isTrue();
        assertThat(JsonPath.get(json.readValid("{\"a\": 1}"), "").get("a").asInt()).isEqualTo(1);
    }
}
