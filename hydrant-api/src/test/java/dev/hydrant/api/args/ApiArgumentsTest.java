package dev.hydrant.api.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * hydrus's typed getter ({@code GetValueFromDict}/{@code TestVariableType}): null means "not given", Python's
 * isinstance quirks, and the 400 texts (expected strings printed by python3 with the same format calls).
 */
class ApiArgumentsTest {

    private static ApiArguments args(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return new ApiArguments(map);
    }

    private static void assertBadRequest(Runnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage(message);
    }

    @Test
    void aMissingOrNullRequiredValueIs400() {
        assertBadRequest(() -> args().requireString("name"), "The required parameter \"name\" was missing!");
        assertBadRequest(() -> args("name", null).requireString("name"), "The required parameter \"name\" was missing!");
    }

    @Test
    void nullMeansTheDefault() {
        ApiArguments a = args("simple", null, "file_id", null);
        assertThat(a.getBoolean("simple", true)).isTrue();
        assertThat(a.getLong("file_id", 7)).isEqualTo(7);
        assertThat(a.getString("name")).isEmpty();
        assertThat(a.has("simple")).isFalse();
        assertThat(a.containsKey("simple")).isTrue();
    }

    @Test
    void typeMismatchesQuoteTheValueAsPythonsStrDoes() {
        assertBadRequest(() -> args("path", 123L).requireString("path"),
                "The parameter \"path\", with value \"123\", was not the expected type: string!");
        assertBadRequest(() -> args("tags", "x").getList("tags"),
                "The parameter \"tags\", with value \"x\", was not the expected type: list!");
        assertBadRequest(() -> args("file_id", 1.5).requireLong("file_id"),
                "The parameter \"file_id\", with value \"1.5\", was not the expected type: integer!");
        assertBadRequest(() -> args("simple", 1L).getBoolean("simple", false),
                "The parameter \"simple\", with value \"1\", was not the expected type: boolean!");
        assertBadRequest(() -> args("o", List.of("a")).getMap("o"),
                "The parameter \"o\", with value \"['a']\", was not the expected type: object/dict!");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("a", null);
        assertBadRequest(() -> args("n", withNull).requireString("n"),
                "The parameter \"n\", with value \"{'a': None}\", was not the expected type: string!");
        assertBadRequest(() -> args("s", true).requireString("s"),
                "The parameter \"s\", with value \"True\", was not the expected type: string!");
        assertBadRequest(() -> args("hash", "abcd").requireKey("hash"),
                "The parameter \"hash\", with value \"abcd\", was not the expected type: hex-encoded bytestring!");
    }

    @Test
    void pythonsIsinstanceQuirks() {
        assertThat(args("file_id", true).requireLong("file_id")).as("a bool is an int").isEqualTo(1);
        assertThat(args("seconds", 3L).getDouble("seconds", 0)).as("an int is accepted as a float").isEqualTo(3.0);
        assertThat(args("n", BigInteger.TEN).requireLong("n")).isEqualTo(10);
        assertBadRequest(() -> args("n", BigInteger.TWO.pow(64)).requireLong("n"),
                "The integer \"18446744073709551616\" is too large!");
        assertThat(args("k", ByteKey.fromHex("ab")).requireKey("k")).isEqualTo(ByteKey.fromHex("ab"));
    }

    @Test
    void listItemsOfTheWrongTypeAreNamed() {
        assertBadRequest(() -> args("basic_permissions", List.of("a")).getList("basic_permissions", ArgType.INTEGER),
                "The list parameter \"basic_permissions\" held an item, \"a\" that was <class 'str'> and not the expected type: integer!");
        assertBadRequest(() -> args("file_ids", List.of(1L, 1.5)).getList("file_ids", ArgType.INTEGER),
                "The list parameter \"file_ids\" held an item, \"1.5\" that was <class 'float'> and not the expected type: integer!");
        assertBadRequest(() -> args("tags", Arrays.asList("x", null)).getList("tags", ArgType.STRING),
                "The list parameter \"tags\" held an item, \"None\" that was <class 'NoneType'> and not the expected type: string!");
        assertThat(args("file_ids", List.of(1L, true)).getList("file_ids", ArgType.INTEGER)).contains(List.of(1L, true));
    }
}
