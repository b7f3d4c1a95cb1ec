package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the human order, checked on many generated texts. */
class HumanTextOrderPropertiesTest {

    private static int sign(String a, String b) {
        return Integer.signum(HumanTextOrder.INSTANCE.compare(a, b));
    }

    private static List<String> sample(long seed, int count) {
        RandomTexts texts = new RandomTexts(seed);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sample.add(texts.next(6));
        }
        // near neighbours: the same texts with digits and case changed
        for (int i = 0; i < count / 4; i++) {
            String text = sample.get(i);
            sample.add(text.toUpperCase(java.util.Locale.ROOT));
            sample.add(text + "0" + i);
            sample.add("0" + text);
        }
        return sample;
    }

    @Test
    void comparisonIsAntisymmetricAndZeroExactlyForEqualKeys() {
        List<String> texts = sample(11, 600);
        for (String a : texts) {
            HumanSortKey keyA = HumanSortKey.of(a);
            for (String b : texts) {
                HumanSortKey keyB = HumanSortKey.of(b);
                int ab = keyA.compareTo(keyB);
                assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(keyB.compareTo(keyA)));
                assertThat(ab == 0).isEqualTo(keyA.equals(keyB));
                if (ab == 0) {
                    assertThat(keyA.hashCode()).isEqualTo(keyB.hashCode());
                }
            }
        }
    }

    @Test
    void sortingGivesATotalOrder() {
        for (long seed = 20; seed < 30; seed++) {
            List<String> sorted = HumanTextOrder.sorted(sample(seed, 400));
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    assertThat(sign(sorted.get(i), sorted.get(j))).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void numberRunsCompareNumerically() {
        RandomTexts texts = new RandomTexts(31);
        for (int i = 0; i < 20_000; i++) {
            BigInteger m = new BigInteger(1 + texts.nextInt(120), texts.random());
            BigInteger n = texts.nextInt(4) == 0 ? m : new BigInteger(1 + texts.nextInt(120), texts.random());
            String zerosM = "0".repeat(texts.nextInt(3));
            String zerosN = "0".repeat(texts.nextInt(3));
            String prefix = texts.nextInt(2) == 0 ? "page " : "";
            String a = prefix + zerosM + m + "x";
            String b = prefix + zerosN + n + "x";
            assertThat(sign(a, b)).as("%s vs %s", a, b).isEqualTo(m.compareTo(n));
        }
    }

    @Test
    void digitFreeLowercaseTextFollowsCodePointOrder() {
        RandomTexts texts = new RandomTexts(41);
        for (int i = 0; i < 20_000; i++) {
            String a = lowercaseLettersOrAstral(texts);
            String b = lowercaseLettersOrAstral(texts);
            assertThat(sign(a, b)).isEqualTo(Integer.signum(CodePointOrder.INSTANCE.compare(a, b)));
        }
    }

    private static String lowercaseLettersOrAstral(RandomTexts texts) {
        String[] pieces = {"a", "b", "z", " ", ":", "\ue000", "\uffee", "\ud83d\ude00", "\u4e00"};
        StringBuilder text = new StringBuilder();
        int length = texts.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.append(pieces[texts.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
