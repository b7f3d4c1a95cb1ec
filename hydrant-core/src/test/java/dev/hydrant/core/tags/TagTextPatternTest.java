package dev.hydrant.core.tags;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hydrus's autocomplete matching, as the transcripts and hydrus's search code show it. */
class TagTextPatternTest {
    @Test
    void wordStarts() {
        TagTextPattern blu = TagTextPattern.of("blu*");
        assertThat(blu.matches("blue square")).isTrue();
        assertThat(blu.matches("dark blue")).isTrue();
        assertThat(blu.matches("colour:blue")).isTrue();
        assertThat(blu.matches("x.blue")).isFalse();
        assertThat(blu.matches("a:b:blueish")).isTrue();
        assertThat(TagTextPattern.of("eyes*").matches("blue_eyes")).isTrue();
        assertThat(TagTextPattern.of("page*").matches("page:1")).isFalse();
        assertThat(TagTextPattern.of("some*").matches("creator:someone")).isTrue();
    }

    @Test
    void namespaces() {
        assertThat(TagTextPattern.of("creator:so*").matches("creator:someone")).isTrue();
        assertThat(TagTextPattern.of("creator:so*").matches("series:someone")).isFalse();
        assertThat(TagTextPattern.of("page:1*").matches("page:10")).isTrue();
        assertThat(TagTextPattern.of("s:b*").matches("s:a:b")).isFalse();
        assertThat(TagTextPattern.of("cr*:so*").matches("creator:someone")).isTrue();
    }

    @Test
    void wildcards() {
        assertThat(TagTextPattern.of("*square*").matches("blue square")).isTrue();
        assertThat(TagTextPattern.of("*quar*").matches("blue square")).isTrue();
        assertThat(TagTextPattern.of("b*e*").matches("blue")).isTrue();
        assertThat(TagTextPattern.of("b*e*").matches("dark blue")).isFalse();
        assertThat(TagTextPattern.of("!!*").subtagRule()).isEqualTo(TagTextPattern.SubtagRule.WILDCARD);
    }

    @Test
    void searchableText() {
        assertThat(SearchableText.subtag("blue_eyes (x)")).isEqualTo("blue eyes x");
        assertThat(SearchableText.collapseWildcards("a**b***")).isEqualTo("a*b*");
        assertThat(TagAutocomplete.acceptable("page:", "page:")).isFalse();
        assertThat(TagAutocomplete.acceptable("*", "*")).isFalse();
        assertThat(TagAutocomplete.acceptable("creator:*", "creator:*")).isFalse();
        assertThat(TagAutocomplete.acceptable("system:inbox", "inbox")).isFalse();
        assertThat(TagAutocomplete.acceptable("blu", "blu")).isTrue();
    }
}
