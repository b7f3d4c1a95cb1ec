package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOrderTest {

    private static int sign(String a, String b) {
        return Integer.signum(CodePointOrder.INSTANCE.compare(a, b));
    }

    @Test
    void astralCharactersComeAfterTheEndOfTheBmp() {
        assertThat(sign("\uffff", "\ud800\udc00")).isNegative();
        assertThat(sign("a\ue000", "a\ud83d\ude00")).isNegative();
        assertThat(sign("\ud83d\ude00", "\ud83d\ude01")).isNegative();
        assertThat(sign("\ud83d\ude00", "\ud83e\udd14")).isNegative();
    }

    @Test
    void loneSurrogatesAreTheirOwnValue() {
        assertThat(sign("\ud800", "\ue000")).isNegative();
        assertThat(sign("\ud800x", "\ud800\udc00")).isNegative();
        assertThat(sign("\udc00", "\ud800\udc00")).isNegative();
    }

    @Test
    void prefixAndEquality() {
        assertThat(sign("", "")).isZero();
        assertThat(sign("ab", "abc")).isNegative();
        assertThat(sign("abc", "ab")).isPositive();
        assertThat(sign("\ud83d\ude00", "\ud83d\ude00")).isZero();
    }

    @Test
    void agreesWithComparingCodePointArrays() {
        Random random = new Random(95);
        int[] pool = {'a', 'b', 0x7f, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0xd800, 0xdc00};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(5);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            texts.add(text.toString());
        }
        for (String a : texts) {
            for (String b : texts) {
                int expected = Integer.signum(java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
                assertThat(sign(a, b)).as("%s vs %s", escape(a), escape(b)).isEqualTo(expected);
            }
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
