package dev.hydrant.core.urls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conversions of API/redirect converters, with Python's slicing and re.sub replacement syntax. */
class StringConverterTest {
    @Test
    void slicesCountCharactersAsPythonDoes() {
        assertThat(new StringConverter.RemoveFromStart(2).apply("a😀bc")).isEqualTo("bc");
        assertThat(new StringConverter.RemoveFromEnd(1).apply("abc")).isEqualTo("ab");
        assertThat(new StringConverter.RemoveFromEnd(0).apply("abc")).as("s[:-0]").isEmpty();
        assertThat(new StringConverter.KeepStart(5).apply("abc")).isEqualTo("abc");
        assertThat(new StringConverter.KeepEnd(2).apply("a😀bc")).isEqualTo("bc");
        assertThat(new StringConverter.KeepEnd(0).apply("abc")).as("s[-0:]").isEqualTo("abc");
        assertThat(new StringConverter.Reverse().apply("a😀b")).isEqualTo("b😀a");
    }

    @Test
    void regexSubstitutionUsesPythonSyntax() {
        assertThat(new StringConverter.RegexSubstitution("/post/(\\d+)", "/api/\\1.json").apply("x/post/12"))
                .isEqualTo("x/api/12.json");
        assertThat(new StringConverter.RegexSubstitution("(?P<id>\\d+)", "[\\g<id>]\\g<1>0$").apply("a7"))
                .isEqualTo("a[7]70$");
        assertThatThrownBy(() -> new StringConverter.RegexSubstitution("(a)", "\\10"))
                .hasMessage("invalid group reference 10 in \"\\10\"");
        assertThatThrownBy(() -> new StringConverter.RegexSubstitution("(a)", "\\g<x>"))
                .hasMessage("unknown group name x in \"\\g<x>\"");
        assertThatThrownBy(() -> new StringConverter.RegexSubstitution("(a)", "\\d"))
                .hasMessage("bad escape \\d in \"\\d\"");
    }

    @Test
    void encodingsAndOtherSteps() {
        assertThat(new StringConverter.Encode(StringConverter.Encoding.URL_PERCENT).apply("a b/c")).isEqualTo("a%20b%2Fc");
        assertThat(new StringConverter.Decode(StringConverter.Encoding.URL_PERCENT).apply("a%20b")).isEqualTo("a b");
        assertThat(new StringConverter.Encode(StringConverter.Encoding.HEX).apply("hi")).isEqualTo("6869");
        assertThat(new StringConverter.Decode(StringConverter.Encoding.BASE64).apply("aGk=")).isEqualTo("hi");
        assertThat(new StringConverter.Encode(StringConverter.Encoding.HTML_ENTITIES).apply("<a&'>")).isEqualTo("&lt;a&amp;&#x27;&gt;");
        assertThat(new StringConverter.AddInteger(-2).apply("10")).isEqualTo("8");
        assertThat(new StringConverter.Hash("md5").apply("a")).isEqualTo("0cc175b9c0f1b6a831c399e269772661");
        assertThat(StringConverter.of(new StringConverter.Prepend("<"), new StringConverter.Append(">")).convert("x")).isEqualTo("<x>");
    }

    @Test
    void aFailingStepIsAUrlClassErrorNamingTheStep() {
        assertThatThrownBy(() -> StringConverter.of(new StringConverter.AddInteger(1)).convert("abc"))
                .isInstanceOf(UrlClassException.class)
                .hasMessageStartingWith("ERROR: Could not apply \"integer addition: add 1\" to string \"abc\": ");
    }
}
