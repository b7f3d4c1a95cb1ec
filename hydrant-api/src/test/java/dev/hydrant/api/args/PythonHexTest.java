package dev.hydrant.api.args;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.ByteKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PythonHex} against Python 3's {@code bytes.fromhex} (expected values printed by python3). */
class PythonHexTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ab|ab", "AB|ab", "aBcD09|abcd09", "ab cd|abcd", "' ab '|ab", "'ab  cd'|abcd", "''|''", "'  '|''",
            "'\tab\n'|ab", "'ab\u000bcd'|abcd", "'ab\u000ccd'|abcd", "'\rab'|ab"})
    void acceptsWhatPythonAccepts(String text, String hex) {
        assertThat(PythonHex.parse(text)).contains(ByteKey.fromHex(hex));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"a", "abc", "a b", "zz", "0x00", "ab\u001ccd", "\uff10\uff11", "a\u00a0b", "ab\u00a0",
            "\u0661\u0662", "g0", "-1"})
    void refusesWhatPythonRefuses(String text) {
        assertThat(PythonHex.parse(text)).isEmpty();
    }
}
