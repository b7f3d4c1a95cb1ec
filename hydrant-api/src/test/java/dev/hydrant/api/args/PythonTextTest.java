package dev.hydrant.api.args;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.ByteKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PythonText} against Python 3's own {@code repr()}/{@code str()}/{@code type()} output (the expected
 * strings were printed by python3 for the same values; more string and container cases are in
 * {@link PythonJsonTest}).
 */
class PythonTextTest {

    /** Doubles given exactly (Java hex-float literals) with Python's {@code repr()} of the same double. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0x1.999999999999ap-4, 0.1",
            "0x1.3333333333334p-2, 0.30000000000000004",
            "0x1.5555555555555p-2, 0.3333333333333333",
            "0x1.4000000000000p+1, 2.5",
            "0x1.9000000000000p+6, 100.0",
            "0x1.c6bf526340000p+49, 1000000000000000.0",
            "0x1.1c37937e08000p+53, 1e+16",
            "0x1.b69b4ba630f35p+56, 1.2345678901234568e+17",
            "0x1.a36e2eb1c432dp-14, 0.0001",
            "0x1.4f8b588e368f1p-17, 1e-05",
            "0x1.02e4b6ce5dc68p-13, 0.00012345",
            "0x0.0000000000001p-1022, 5e-324",
            "0x1.fffffffffffffp+1023, 1.7976931348623157e+308",
            "-0x0.0p+0, -0.0",
            "0x0.0p+0, 0.0",
            "-0x1.8000000000000p+0, -1.5",
            "0x1.921f9f01b866ep+1, 3.14159",
            "0x1.0f0cf064dd592p+73, 1e+22",
            "0x1.0000000000000p+53, 9007199254740992.0",
            "0x1.9999999999999p-1, 0.7999999999999999",
            "0x1.edd2f1a9fbe77p+6, 123.456",
            "0x1.ad7f29abcaf48p-24, 1e-07",
            "0x1.4f9fa8768d835p-66, 1.7767768845891772e-20",
            "-0x1.e7d64333524b0p-693, -4.637113679460874e-209",
            "0x1.b86bb0d483432p+597, 8.923498117297356e+179",
            "-0x1.47b86a95bc040p+858, -2.4603662406386975e+258",
            "0x1.65769ce56c132p+5, 44.68291644321506",
            "0x1.37a6b52de02d2p-968, 4.879699051233809e-292",
    })
    void floatReprIsPythons(String hexFloat, String python) {
        assertThat(PythonText.floatRepr(Double.parseDouble(hexFloat))).isEqualTo(python);
    }

    @Test
    void nonFiniteFloats() {
        assertThat(PythonText.floatRepr(Double.NaN)).isEqualTo("nan");
        assertThat(PythonText.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(PythonText.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void reprOfScalars() {
        assertThat(PythonText.repr(null)).isEqualTo("None");
        assertThat(PythonText.repr(true)).isEqualTo("True");
        assertThat(PythonText.repr(false)).isEqualTo("False");
        assertThat(PythonText.repr(42L)).isEqualTo("42");
        assertThat(PythonText.repr(new BigInteger("-123456789012345678901234567890")))
                .isEqualTo("-123456789012345678901234567890");
        assertThat(PythonText.repr(2.0)).isEqualTo("2.0");
        assertThat(PythonText.repr(ByteKey.fromHex("00ff10"))).isEqualTo("b'00ff10'");
    }

    @Test
    void reprOfStringsChoosesQuotesAndEscapesAsPythonDoes() {
        assertThat(PythonText.repr("plain")).isEqualTo("'plain'");
        assertThat(PythonText.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonText.repr("say \"hi\"")).isEqualTo("'say \"hi\"'");
        assertThat(PythonText.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(PythonText.repr("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(PythonText.repr("\t\n\r")).isEqualTo("'\\t\\n\\r'");
        assertThat(PythonText.repr("\u0000\u001b\u007f")).isEqualTo("'\\x00\\x1b\\x7f'");
        assertThat(PythonText.repr("\u0085\u00a0\u00e9")).isEqualTo("'\\x85\\xa0\u00e9'");
        assertThat(PythonText.repr("\u200b\u2028\u4e2d\ue000")).isEqualTo("'\\u200b\\u2028\u4e2d\\ue000'");
        assertThat(PythonText.repr("\uD83D\uDE00 \uDB80\uDC00")).isEqualTo("'\uD83D\uDE00 \\U000f0000'");
        assertThat(PythonText.repr("\uD800")).isEqualTo("'\\ud800'");
    }

    @Test
    void containersUseReprOfTheirItemsWhileStrOfAStringIsTheStringItself() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("k", Arrays.asList("it's", null, 1.5, List.of()));
        map.put("e", Map.of());
        assertThat(PythonText.repr(map)).isEqualTo("{'k': [\"it's\", None, 1.5, []], 'e': {}}");
        assertThat(PythonText.str(map)).isEqualTo(PythonText.repr(map));
        assertThat(PythonText.str("it's")).isEqualTo("it's");
        assertThat(PythonText.str(List.of("a"))).isEqualTo("['a']");
        assertThat(PythonText.str(null)).isEqualTo("None");
        assertThat(PythonText.str(new ArrayList<>())).isEqualTo("[]");
    }

    @Test
    void typeNamesAreTheClassesPythonWouldHave() {
        assertThat(PythonText.typeOf(null)).isEqualTo("<class 'NoneType'>");
        assertThat(PythonText.typeOf(true)).isEqualTo("<class 'bool'>");
        assertThat(PythonText.typeOf(1L)).isEqualTo("<class 'int'>");
        assertThat(PythonText.typeOf(BigInteger.TEN.pow(30))).isEqualTo("<class 'int'>");
        assertThat(PythonText.typeOf(1.0)).isEqualTo("<class 'float'>");
        assertThat(PythonText.typeOf("s")).isEqualTo("<class 'str'>");
        assertThat(PythonText.typeOf(ByteKey.fromHex("00"))).isEqualTo("<class 'bytes'>");
        assertThat(PythonText.typeOf(List.of())).isEqualTo("<class 'list'>");
        assertThat(PythonText.typeOf(Map.of())).isEqualTo("<class 'dict'>");
    }
}
