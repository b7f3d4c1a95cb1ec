package dev.hydrant.api.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET query decoding as hydrus does it on Twisted ({@code ParseTwistedRequestGETArgs}): Twisted's split, {@code +}
 * and percent-decoding, then per-name types from the whitelist, with hydrus's 400 texts.
 */
class QueryArgumentParserTest {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
    private final QueryArgumentParser parser = new QueryArgumentParser();

    private static String cbor(Object value) throws Exception {
        return Base64.getUrlEncoder().encodeToString(CBOR.writeValueAsBytes(value));
    }

    private static void assertBadRequest(ThrowableAssertRunnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.exceptionType()).isEqualTo("BadRequestException");
                })
                .hasMessage(message);
    }

    @FunctionalInterface
    private interface ThrowableAssertRunnable {
        void run() throws Exception;
    }

    // --- Twisted's layer -------------------------------------------------------------------------------------

    @Test
    void pairsAreSplitOnAmpersandsAndSemicolons() {
        assertThat(QueryArgumentParser.rawPairs("a=1&b=2;c=3")).containsExactly(
                Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
    }

    @Test
    void piecesWithoutAnEqualsSignAreSkippedButBlankValuesAreKept() {
        assertThat(QueryArgumentParser.rawPairs("cbor&x=&&y=1=2")).containsExactly(
                Map.entry("x", ""), Map.entry("y", "1=2"));
        assertThat(QueryArgumentParser.rawPairs(null)).isEmpty();
        assertThat(QueryArgumentParser.rawPairs("")).isEmpty();
    }

    @Test
    void plusIsASpaceAndPercentEscapesAreDecodedOnce() {
        assertThat(QueryArgumentParser.rawPairs("n+a%6De=a+b%2Bc%25d%zz%")).containsExactly(Map.entry("n ame", "a b+c%d%zz%"));
    }

    @Test
    void theFirstValueOfANameWins() {
        assertThat(QueryArgumentParser.rawPairs("a=1&a=2").get("a")).isEqualTo("1");
        assertThat(parser.parse("tags=%5B%22first%22%5D&tags=%5B%5D").raw("tags")).isEqualTo(List.of("first"));
    }

    @Test
    void aFirstValueThatIsNotUtf8HidesTheName() {
        // hydrus decodes only the first value and skips the name when that fails
        ApiArguments args = parser.parse("name=%FF&name=fine&url=%C3%A9");
        assertThat(args.containsKey("name")).isFalse();
        assertThat(args.raw("url")).isEqualTo("\u00e9");
        assertThat(parser.parse("%FF=1&name=x").asMap()).containsOnlyKeys("name");
    }

    @Test
    void namesOffTheWhitelistAreDroppedWithoutLookingAtTheirValues() {
        ApiArguments args = parser.parse("made_up_param=%5Bnot%20json&permit_everything=true&FILE_ID=x&name=n");
        assertThat(args.asMap()).containsOnlyKeys("name");
    }

    // --- strings ---------------------------------------------------------------------------------------------

    @Test
    void stringParametersArePercentDecodedTwice() {
        assertThat(parser.parse("name=a%2520b").raw("name")).isEqualTo("a b");
        assertThat(parser.parse("name=a+b").raw("name")).isEqualTo("a b");
        assertThat(parser.parse("name=a%2Bb").raw("name")).as("the second decoding keeps +").isEqualTo("a+b");
        assertThat(parser.parse("name=100%2525").raw("name")).isEqualTo("100%");
        assertThat(parser.parse("name=50%25").raw("name")).as("a lone % survives").isEqualTo("50%");
        assertThat(parser.parse("service_name=").raw("service_name")).isEqualTo("");
    }

    @Test
    void aSecondDecodingThatMakesBadUtf8GivesReplacementCharacters() {
        assertThat(parser.parse("name=%25FF").raw("name")).isEqualTo("\uFFFD");
    }

    // --- integers --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "file_id={0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12|12", "+12+|12", "%0912%0A|12", "-5|-5", "%2B7|7", "1_000|1000", "007|7",
            "%C2%A012|12", "%D9%A3|3", "%EF%BC%91%EF%BC%92|12",
            "123456789012345678901234567890|123456789012345678901234567890"})
    void integersAreReadAsPythonsIntReadsThem(String raw, String expected) {
        Object value = parser.parse("file_id=" + raw).raw("file_id");
        assertThat(value.toString()).isEqualTo(expected);
        assertThat(value).isInstanceOfAny(Long.class, BigInteger.class);
    }

    @ParameterizedTest(name = "file_id={0}")
    @ValueSource(strings = {"", "abc", "1.0", "1__0", "_1", "1_", "0x10", "1e3", "%1C12", "12%E2%80%8B", "-+1", "-%201"})
    void anythingElseIsA400NamingTheParameter(String raw) {
        assertBadRequest(() -> parser.parse("file_id=" + raw),
                "I was expecting to parse 'file_id' as an integer, but it failed.");
    }

    @Test
    void smallIntegersAreLongs() {
        assertThat(parser.parse("width=640").raw("width")).isEqualTo(640L);
    }

    // --- hex -------------------------------------------------------------------------------------------------

    @Test
    void hexParametersBecomeBytes() {
        assertThat(parser.parse("service_key=6C6f63616c2074616773").raw("service_key"))
                .isEqualTo(ByteKey.ofAscii("local tags"));
        assertThat(parser.parse("Hydrus-Client-API-Access-Key=00ff").raw("Hydrus-Client-API-Access-Key"))
                .isEqualTo(ByteKey.fromHex("00ff"));
        assertThat(parser.parse("page_key=ab+cd").raw("page_key")).as("spaces between bytes").isEqualTo(ByteKey.fromHex("abcd"));
        assertThat(((ByteKey) parser.parse("hash=").raw("hash")).length()).isZero();
    }

    @Test
    void onlyHashLosesATypePrefix() {
        assertThat(parser.parse("hash=sha256:abcd").raw("hash")).isEqualTo(ByteKey.fromHex("abcd"));
        assertThat(parser.parse("hash=sha256%3Aabcd").raw("hash")).isEqualTo(ByteKey.fromHex("abcd"));
        // split at the first colon only, so "b:abcd" is left and is not hex
        assertBadRequest(() -> parser.parse("hash=a:b:abcd"),
                "I was expecting to parse 'hash' as a hex string, but it failed.");
        assertBadRequest(() -> parser.parse("service_key=sha256:abcd"),
                "I was expecting to parse 'service_key' as a hex string, but it failed.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz", "abc", "a+b", "%EF%BC%90%EF%BC%91"})
    void badHexIsA400(String raw) {
        assertBadRequest(() -> parser.parse("tag_service_key=" + raw),
                "I was expecting to parse 'tag_service_key' as a hex string, but it failed.");
    }

    // --- JSON ------------------------------------------------------------------------------------------------

    @Test
    void jsonParametersAreDecodedTwiceThenParsed() {
        assertThat(parser.parse("tags=%5B%22a%22%2C%20%22b%22%5D").raw("tags")).isEqualTo(List.of("a", "b"));
        assertThat(parser.parse("tags=%255B%2522x%2522%255D").raw("tags")).isEqualTo(List.of("x"));
        assertThat(parser.parse("tags=[\"system:everything\"]").raw("tags")).isEqualTo(List.of("system:everything"));
        assertThat(parser.parse("tags=%5B%22a+b%22%5D").raw("tags")).isEqualTo(List.of("a b"));
        assertThat(parser.parse("tags=%5B%22a%2525b%22%5D").raw("tags")).isEqualTo(List.of("a%b"));
        assertThat(parser.parse("file_ids=%5B1%2C2%5D").raw("file_ids")).isEqualTo(List.of(1L, 2L));
        assertThat(parser.parse("permits_everything=true").raw("permits_everything")).isEqualTo(true);
        assertThat(parser.parse("basic_permissions=%5B0%2C%201%5D").raw("basic_permissions")).isEqualTo(List.of(0L, 1L));
    }

    @Test
    void jsonNullIsPresentButCountsAsNotGiven() {
        ApiArguments args = parser.parse("simple=null");
        assertThat(args.containsKey("simple")).isTrue();
        assertThat(args.has("simple")).isFalse();
        assertThat(args.getBoolean("simple", true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"True", "", "%5B", "%5B1%2C%5D", "'x'", "nan", "1%202"})
    void badJsonIsA400(String raw) {
        assertBadRequest(() -> parser.parse("download=" + raw),
                "I was expecting to parse 'download' as a json-encoded string, but it failed.");
    }

    @Test
    void hexListsAreJsonListsOfHexStrings() {
        assertThat(parser.parse("hashes=%5B%22ab%22%2C%22CD%22%5D").raw("hashes"))
                .isEqualTo(List.of(ByteKey.fromHex("ab"), ByteKey.fromHex("cd")));
        assertThat(parser.parse("file_service_keys=%5B%5D").raw("file_service_keys")).isEqualTo(List.of());
        for (String bad : new String[]{"%5B%22zz%22%5D", "%5B1%5D", "%22ab%22", "%5Bnull%5D", "notjson"}) {
            assertBadRequest(() -> parser.parse("deleted_file_service_keys=" + bad),
                    "I was expecting to parse 'deleted_file_service_keys' as a json-encoded hex strings, but it failed.");
        }
    }

    // --- CBOR ------------------------------------------------------------------------------------------------

    @Test
    void aCborParameterSwitchesJsonValuesToBase64UrlCbor() throws Exception {
        ApiArguments args = parser.parse("cbor=1&tags=" + cbor(List.of("cbor tag")) + "&return_hashes=9Q%3D%3D"
                + "&file_id=5&name=x%2520y&hashes=" + cbor(List.of("abcd")));
        assertThat(args.raw("tags")).isEqualTo(List.of("cbor tag"));
        assertThat(args.raw("return_hashes")).isEqualTo(true);
        assertThat(args.raw("file_id")).as("integers stay text").isEqualTo(5L);
        assertThat(args.raw("name")).as("strings stay percent-encoded text").isEqualTo("x y");
        assertThat(args.raw("hashes")).isEqualTo(List.of(ByteKey.fromHex("abcd")));
        assertThat(args.asMap()).doesNotContainKey("cbor");
    }

    @Test
    void theCborParameterCountsWithAnyValueButNotWithoutAnEqualsSign() throws Exception {
        String tags = cbor(List.of("t"));
        assertThat(parser.parse("cbor=&tags=" + tags).raw("tags")).isEqualTo(List.of("t"));
        assertThat(parser.parse("cbor=no&tags=" + tags).raw("tags")).isEqualTo(List.of("t"));
        assertBadRequest(() -> parser.parse("cbor&tags=" + tags),
                "I was expecting to parse 'tags' as a json-encoded string, but it failed.");
    }

    @Test
    void base64IsReadAsPythonReadsIt() throws Exception {
        byte[] bytes = CBOR.writeValueAsBytes(List.of("\u00ff\u00fe\u00fd\u00fc\u00fb"));
        String standard = Base64.getEncoder().encodeToString(bytes);
        assertThat(standard).as("the test needs both + or / and padding").containsAnyOf("+", "/");
        // a client using the standard alphabet (with + percent-encoded) is understood, as by Python
        String sent = standard.replace("+", "%2B").replace("=", "%3D");
        assertThat(parser.parse("cbor=1&tags=" + sent).raw("tags")).isEqualTo(List.of("\u00ff\u00fe\u00fd\u00fc\u00fb"));
        // padding after a complete quantum ends the data; junk characters are skipped
        assertThat(QueryArgumentParser.urlsafeBase64("YQ==YQ==")).containsExactly('a');
        assertThat(QueryArgumentParser.urlsafeBase64("Y!W.Jj")).containsExactly('a', 'b', 'c');
        assertThat(QueryArgumentParser.urlsafeBase64("=YW=Jj")).containsExactly('a', 'b', 'c');
        assertThat(QueryArgumentParser.urlsafeBase64("YR==")).containsExactly('a');
        assertThat(QueryArgumentParser.urlsafeBase64("")).isEmpty();
        assertThat(QueryArgumentParser.urlsafeBase64("YQ")).as("Incorrect padding").isNull();
        assertThat(QueryArgumentParser.urlsafeBase64("YWJjA")).as("one char too many").isNull();
        assertThat(QueryArgumentParser.urlsafeBase64("YWJj\u00e9")).as("not ASCII").isNull();
    }

    @Test
    void undecodableCborIsA400() {
        for (String bad : new String[]{"not%20base64%21", "", "_w%3D%3D", "YQ"}) {
            assertBadRequest(() -> parser.parse("cbor=1&tags=" + bad),
                    "I was expecting to parse 'tags' as a json-encoded string, but it failed.");
        }
    }
}
