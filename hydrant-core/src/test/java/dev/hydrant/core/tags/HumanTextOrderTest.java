package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec section 10.2 and its consequences. */
class HumanTextOrderTest {

    private static int sign(String a, String b) {
        return Integer.signum(HumanTextOrder.INSTANCE.compare(a, b));
    }

    @Test
    void numberRunsCompareByValue() {
        assertThat(HumanTextOrder.sorted(List.of("11", "10", "9", "100", "2")))
                .containsExactly("2", "9", "10", "11", "100");
        assertThat(HumanTextOrder.sorted(List.of("page 21.jpg", "page 200.jpg", "page 19.jpg", "page 3.jpg")))
                .containsExactly("page 3.jpg", "page 19.jpg", "page 21.jpg", "page 200.jpg");
        assertThat(HumanTextOrder.sorted(List.of("a10", "a9", "a2"))).containsExactly("a2", "a9", "a10");
    }

    @Test
    void numbersBeyondLongCompareByValue() {
        String big = "1" + "0".repeat(40);
        String bigger = "2" + "0".repeat(40);
        assertThat(sign("x" + big, "x" + bigger)).isNegative();
        assertThat(sign("x" + "9".repeat(39), "x" + big)).isNegative();
        assertThat(sign("x" + "0".repeat(50) + "7", "x7")).isZero();
        assertThat(sign("x" + "0".repeat(50) + "8", "x7")).isPositive();
    }

    @Test
    void aLeadingNumberSortsBeforeText() {
        assertThat(sign("9", "a")).isNegative();
        assertThat(sign("999999", "!")).isNegative();
        assertThat(sign("", "0")).isNegative();
        assertThat(sign("", "a")).isNegative();
    }

    @Test
    void aPrefixSortsFirst() {
        assertThat(sign("abc", "abc1")).isNegative();
        assertThat(sign("abc", "abcd")).isNegative();
        assertThat(sign("a", "a0")).isNegative();
    }

    @Test
    void leadingZerosGiveEqualKeys() {
        assertThat(sign("a9", "a09")).isZero();
        assertThat(HumanSortKey.of("a9")).isEqualTo(HumanSortKey.of("a09"));
        assertThat(HumanSortKey.of("a9")).hasSameHashCodeAs(HumanSortKey.of("a09"));
        assertThat(sign("0", "000")).isZero();
    }

    @Test
    void casefoldNotLowercase() {
        assertThat(sign("\u00df", "ss")).isZero();
        assertThat(sign("STRASSE", "stra\u00dfe")).isZero();
        assertThat(sign("\u1e9e", "ss")).isZero();
        assertThat(sign("\u03c2", "\u03c3")).isZero();
        assertThat(sign("\u03a3", "\u03c3")).isZero();
        assertThat(sign("\ufb00", "ff")).isZero();
        assertThat(sign("\u017f", "s")).isZero();
        assertThat(sign("\u00b5", "\u03bc")).isZero();
        assertThat(sign("\u0130", "i\u0307")).isZero();
        // Cherokee folds to the capitals, so small and capital are equal
        assertThat(sign("\uab70", "\u13a0")).isZero();
        assertThat(sign("ABC", "abc")).isZero();
        assertThat(sign("\u01c4", "\u01c6")).isZero();
    }

    @Test
    void theSpecEdgeCaseListSortsAsHydrusAnswered() {
        List<String> cleaned = List.of("\ud55c\uae00\u3164", "abc1", "::d", "series:foo", "a10", "tabhere", "\u00df",
                "test", ":weird:stuff", "wide", "x", "a2", "\u00e0\u00e9\u00ee", "a9", "a:b:c", "\u01c6", "::)",
                "abc", "blue_eyes", "nbsp space");
        assertThat(HumanTextOrder.sorted(cleaned)).containsExactly("::)", "::d", ":weird:stuff", "a2", "a9", "a10",
                "a:b:c", "abc", "abc1", "blue_eyes", "nbsp space", "series:foo", "\u00df", "tabhere", "test",
                "wide", "x", "\u00e0\u00e9\u00ee", "\u01c6", "\ud55c\uae00\u3164");
    }

    @Test
    void nonAsciiDecimalPiecesAreNumbers() {
        // "٣" (Arabic-Indic three) is not split off (the split knows only ASCII digits), but the whole
        // piece is decimal, so its key is the single pair ("", 3)
        assertThat(HumanSortKey.of("\u0663")).hasToString("(('', 3),)");
        assertThat(sign("\uff13", "\u0663")).isZero();
        assertThat(sign("\u0661\u0660", "\u0669")).isPositive();
        assertThat(sign("\u0663", "a")).isNegative();
        // quirk: an ASCII number's key starts with the empty text piece ("", 0), so "٣" > "10"
        assertThat(sign("\u0663", "10")).isPositive();
        assertThat(sign("\u0663", "3")).isPositive();
        // mixed with other text it stays text
        assertThat(sign("x\u0663", "x3")).isPositive();
        // superscript two is a digit but not decimal: text
        assertThat(sign("\u00b2", "2")).isPositive();
    }

    @Test
    void textComparesByCodePointNotUtf16() {
        String astral = "\ud83d\ude00";
        assertThat(sign("\uffff", astral)).isNegative();
        assertThat(sign("\ue000", astral)).isNegative();
        assertThat("\ue000".compareTo(astral)).isPositive();
    }

    @Test
    void keysPrintLikePythonTuples() {
        assertThat(HumanSortKey.of("a1b22")).hasToString("(('a', 0), ('', 1), ('b', 0), ('', 22), ('', 0))");
        assertThat(HumanSortKey.of("abc")).hasToString("(('abc', 0),)");
        assertThat(HumanSortKey.of("")).hasToString("(('', 0),)");
        assertThat(HumanSortKey.of("007")).hasToString("(('', 0), ('', 7), ('', 0))");
    }

    @Test
    void sortedIsStableForEqualKeys() {
        assertThat(HumanTextOrder.sorted(List.of("a09", "b", "a9"))).containsExactly("a09", "a9", "b");
        assertThat(HumanTextOrder.sorted(List.of("a9", "b", "a09"))).containsExactly("a9", "a09", "b");
    }
}
