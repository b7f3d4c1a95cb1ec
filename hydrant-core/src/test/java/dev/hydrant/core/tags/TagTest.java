package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" = (\"{1}\", \"{2}\")")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "blue eyes"             | ""          | "blue eyes"
            "character:samus aran"  | character   | "samus aran"
            "a:b:c"                 | a           | "b:c"
            "::d"                   | ""          | ":d"
            ":weird:stuff"          | ""          | "weird:stuff"
            "character:"            | character   | ""
            ":"                     | ""          | ""
            ""                      | ""          | ""
            """)
    void splitsAtTheFirstColonAndJoinsBack(String tag, String namespace, String subtag) {
        String text = tag == null ? "" : tag;
        Tag parsed = Tag.parse(text);
        assertThat(parsed).isEqualTo(new Tag(nullToEmpty(namespace), nullToEmpty(subtag)));
        if (!text.equals(":")) {
            assertThat(parsed.toString()).isEqualTo(text);
        }
    }

    @Test
    void combineMarksUnnamespacedSubtagsThatHoldAColon() {
        assertThat(Tag.combine("", ":d")).isEqualTo("::d");
        assertThat(Tag.combine("", "weird:stuff")).isEqualTo(":weird:stuff");
        assertThat(Tag.combine("", "plain")).isEqualTo("plain");
        assertThat(Tag.combine("series", "a:b")).isEqualTo("series:a:b");
        assertThat(Tag.combine("", "")).isEmpty();
    }

    @Test
    void namespaced() {
        assertThat(Tag.isNamespaced("series:foo")).isTrue();
        assertThat(Tag.isNamespaced("foo")).isFalse();
        assertThat(Tag.isNamespaced("::d")).isFalse();
        assertThat(Tag.isNamespaced(":weird:stuff")).isFalse();
        assertThat(Tag.parse("series:foo").isNamespaced()).isTrue();
        assertThat(Tag.parse(":weird:stuff").isNamespaced()).isFalse();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
