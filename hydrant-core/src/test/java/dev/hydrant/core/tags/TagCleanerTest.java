package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples and edge cases of spec section 10.1, one by one. */
class TagCleanerTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            " bikini "                            | bikini
            "blue    eyes"                        | "blue eyes"
            " character : space bounty hunter "   | "character:space bounty hunter"
            ":)"                                  | "::)"
            "10"                                  | 10
            "11"                                  | 11
            "9"                                   | 9
            "system:wew"                          | wew
            "-flower"                             | flower
            " :)"                                 | ")"
            "::D"                                 | "::d"
            ":D"                                  | "::d"
            ":weird:stuff"                        | ":weird:stuff"
            "a:b:c"                               | "a:b:c"
            "Series:Foo"                          | "series:foo"
            "series:-foo"                         | "series:foo"
            "series:system:foo"                   | "series:foo"
            "-system:-x"                          | x
            "--system:system:-x"                  | x
            "- x"                                 | x
            "SYSTEM:inbox"                        | inbox
            "System:inbox"                        | inbox
            "-system:inbox"                       | inbox
            "x-"                                  | x-
            "a-b"                                 | a-b
            "foo:bar: baz"                        | "foo:bar: baz"
            "foo : : bar"                         | "foo:: bar"
            "::"                                  | "::"
            ":::"                                 | ":::"
            ":a:"                                 | ":a:"
            "\u00c0\u00c9\u00ce"                  | "\u00e0\u00e9\u00ee"
            "\u01c5"                              | "\u01c6"
            "\u00df"                              | "\u00df"
            "series:*"                            | "series:*"
            """)
    void cleansLikeHydrus(String input, String expected) {
        assertThat(TagCleaner.clean(unescape(input))).isEqualTo(unescape(expected));
    }

    @Test
    void removesControlCharactersInsteadOfTurningThemIntoSpaces() {
        assertThat(TagCleaner.clean("t\nest")).isEqualTo("test");
        assertThat(TagCleaner.clean("tab\there")).isEqualTo("tabhere");
        assertThat(TagCleaner.clean("a\u0000b\u001fc\u007fd\u0085e\u009ff")).isEqualTo("abcdef");
        assertThat(TagCleaner.clean("a\r\nb")).isEqualTo("ab");
    }

    @Test
    void removesBidiControlsByteOrderMarksPrivateUseAndSurrogates() {
        assertThat(TagCleaner.clean("\ufeffa\u200bb\u200ec\u200fd\u202ae\u202ef\u2066g\u2069h")).isEqualTo("abcdefgh");
        assertThat(TagCleaner.clean("a\ue000b\uf8ffc")).isEqualTo("abc");
        assertThat(TagCleaner.clean("a" + cp(0xF0000) + cp(0xFFFFD) + "b" + cp(0x100000) + cp(0x10FFFD) + "c"))
                .isEqualTo("abc");
        assertThat(TagCleaner.clean("a\ud800b\udc00c")).isEqualTo("abc");
        // just outside the private use ranges: kept
        assertThat(TagCleaner.clean("a" + cp(0xFFFFE) + cp(0x10FFFF))).isEqualTo("a" + cp(0xFFFFE) + cp(0x10FFFF));
        // a real astral character (a surrogate pair) is not a surrogate
        assertThat(TagCleaner.clean("smile\ud83d\ude00")).isEqualTo("smile\ud83d\ude00");
    }

    @Test
    void collapsesPythonWhitespaceToOneSpace() {
        assertThat(TagCleaner.clean("nbsp\u00a0space")).isEqualTo("nbsp space");
        assertThat(TagCleaner.clean("\u3000wide")).isEqualTo("wide");
        assertThat(TagCleaner.clean("a\u1680b\u2000c\u200ad\u2028e\u2029f\u202fg\u205fh\u3000i"))
                .isEqualTo("a b c d e f g h i");
        assertThat(TagCleaner.clean("a \u00a0 \u3000 b")).isEqualTo("a b");
        // U+180E is no longer whitespace in Unicode, and U+200B is removed rather than collapsed
        assertThat(TagCleaner.clean("a\u180eb")).isEqualTo("a\u180eb");
        assertThat(TagCleaner.clean("a\u200b b")).isEqualTo("a b");
    }

    @Test
    void hangulFillerIsKeptOnlyNextToHangul() {
        assertThat(TagCleaner.clean("test\u3164")).isEqualTo("test");
        assertThat(TagCleaner.clean("\ud55c\uae00\u3164")).isEqualTo("\ud55c\uae00\u3164");
        assertThat(TagCleaner.clean("\u1100\u3164")).isEqualTo("\u1100\u3164");
        assertThat(TagCleaner.clean("\u3164")).isEmpty();
        assertThat(TagCleaner.clean("a \u3164 b")).isEqualTo("a b");
        // each part of a namespaced tag is judged on its own
        assertThat(TagCleaner.clean("\ud55c:x\u3164")).isEqualTo("\ud55c:x");
    }

    @Test
    void zeroWidthJoinersGoFromLatinTextButStayInEmoji() {
        assertThat(TagCleaner.clean("blue_eyes\u200c")).isEqualTo("blue_eyes");
        assertThat(TagCleaner.clean("caf\u00e9\u200d")).isEqualTo("caf\u00e9");
        String family = "\ud83d\udc69\u200d\ud83d\udcbb";
        assertThat(TagCleaner.clean(family)).isEqualTo(family);
        assertThat(TagCleaner.clean("\u200c\u200d\u200c")).isEmpty();
        assertThat(TagCleaner.clean("\u0928\u094d\u200d")).isEqualTo("\u0928\u094d\u200d");
    }

    @Test
    void truncatesTo1024CodePointsBeforeLowercasing() {
        assertThat(TagCleaner.clean("x".repeat(1100))).isEqualTo("x".repeat(1024));
        assertThat(TagCleaner.clean("X".repeat(1024))).isEqualTo("x".repeat(1024));
        String smile = "\ud83d\ude00";
        assertThat(TagCleaner.clean(smile.repeat(1100))).isEqualTo(smile.repeat(1024));
        // İ lowers to two code points after the cut, so the result can be longer than 1024
        assertThat(TagCleaner.clean("\u0130".repeat(1100))).isEqualTo("i\u0307".repeat(1024));
        // the cut comes before trimming: trailing text past 1024 never comes back
        assertThat(TagCleaner.clean(" ".repeat(1024) + "abc")).isEmpty();
    }

    @Test
    void lowercasesLikePython() {
        assertThat(TagCleaner.clean("\u0130stanbul")).isEqualTo("i\u0307stanbul");
        assertThat(TagCleaner.clean("\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3"))
                .isEqualTo("\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2");
        assertThat(TagCleaner.clean("\u03a3")).isEqualTo("\u03c3");
        // Python's rule skips only case-ignorables; Java's word-boundary rule would give a final sigma
        assertThat(TagCleaner.clean("a1\u03a3")).isEqualTo("a1\u03c3");
        assertThat(TagCleaner.clean("a.\u03a3")).isEqualTo("a.\u03c2");
        assertThat(TagCleaner.clean("\ud801\udc00")).isEqualTo("\ud801\udc28");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "character:", ":", "system:", "-", "--", "system:system:", "-system:",
            " : ", "series: ", "series:-", "series:system:", "\u200b", "\t\n"})
    void emptySubtagsAreNoTag(String input) {
        assertThat(TagCleaner.cleanNonEmpty(input)).isEmpty();
        assertThat(TagCleaner.cleanTags(List.of(input))).isEmpty();
        assertThat(TagCleaner.cleanSearchTag(input)).isEmpty();
    }

    @Test
    void namespaceWithoutSubtagIsKeptByCleanButDroppedByCleanTags() {
        assertThat(TagCleaner.clean("character:")).isEqualTo("character:");
        assertThat(TagCleaner.hasEmptySubtag("character:")).isTrue();
        assertThat(TagCleaner.hasEmptySubtag(":x")).isFalse();
        // an empty namespace with a subtag is fine
        assertThat(TagCleaner.cleanNonEmpty(" : x")).contains("x");
        // ...but one leading colon (before trimming) makes the rest an unnamespaced subtag with a colon
        assertThat(TagCleaner.cleanNonEmpty(": x")).contains(":: x");
    }

    @Test
    void nullIsAnError() {
        assertThatNullPointerException().isThrownBy(() -> TagCleaner.clean(null));
    }

    @Test
    void cleanTagsOfTheDocExampleGivesTheSortedListOfTheSpec() {
        List<String> input = Arrays.asList(" bikini ", "blue    eyes", " character : space bounty hunter ", ":)",
                "   ", "", "10", "11", "9", "system:wew", "-flower", null);
        Set<String> cleaned = TagCleaner.cleanTags(input);
        assertThat(HumanTextOrder.sorted(cleaned)).containsExactly(
                "9", "10", "11", "::)", "bikini", "blue eyes", "character:space bounty hunter", "flower", "wew");
    }

    @Test
    void cleanTagsRemovesDuplicatesAfterCleaning() {
        assertThat(TagCleaner.cleanTags(List.of("Foo", " foo", "foo ", "-foo", "system:FOO", "bar")))
                .containsExactly("foo", "bar");
    }

    @Test
    void searchTermsAreNegatedByALeadingDashBeforeCleaning() {
        assertThat(TagCleaner.cleanSearchTag("-flower")).contains(new SearchTag("flower", true));
        assertThat(TagCleaner.cleanSearchTag("--flower")).contains(new SearchTag("flower", true));
        assertThat(TagCleaner.cleanSearchTag("flower")).contains(new SearchTag("flower", false));
        assertThat(TagCleaner.cleanSearchTag(" -flower")).contains(new SearchTag("flower", false));
        assertThat(TagCleaner.cleanSearchTag("-system:inbox")).contains(new SearchTag("inbox", true));
        assertThat(TagCleaner.cleanSearchTag("System:inbox")).contains(new SearchTag("inbox", false));
        assertThat(TagCleaner.cleanSearchTag("-Series:-Foo")).contains(new SearchTag("series:foo", true));
        assertThat(TagCleaner.cleanSearchTag("-")).isEmpty();
    }

    @Test
    void wildcardSearchTerms() {
        SearchTag namespace = TagCleaner.cleanSearchTag("Series:*").orElseThrow();
        assertThat(namespace.isNamespaceSearch()).isTrue();
        assertThat(namespace.isWildcardSearch()).isFalse();
        assertThat(namespace.searchedNamespace()).isEqualTo("series");

        SearchTag bare = TagCleaner.cleanSearchTag("*").orElseThrow();
        assertThat(bare.isNamespaceSearch()).isTrue();
        assertThat(bare.searchedNamespace()).isEmpty();

        SearchTag wildcard = TagCleaner.cleanSearchTag("-sam*s").orElseThrow();
        assertThat(wildcard).isEqualTo(new SearchTag("sam*s", true));
        assertThat(wildcard.isWildcardSearch()).isTrue();
        assertThat(wildcard.isNamespaceSearch()).isFalse();
        assertThat(TagCleaner.cleanSearchTag("series:sam*").orElseThrow().isWildcardSearch()).isTrue();
        assertThat(TagCleaner.cleanSearchTag("*:foo").orElseThrow().isWildcardSearch()).isTrue();

        SearchTag plain = TagCleaner.cleanSearchTag("samus").orElseThrow();
        assertThat(plain.isWildcardSearch()).isFalse();
        assertThat(plain.isNamespaceSearch()).isFalse();
    }

    private static String cp(int codePoint) {
        return Character.toString(codePoint);
    }

    /** Expands {@code \\uXXXX} escapes (CSV sources hold them as text). */
    static String unescape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
