package dev.hydrant.core.urls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** hydrus's washing of URLs no class matches, and its idea of a "full URL". */
class UrlTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // not full URLs: unchanged
            "not a url|not a url",
            "example.com/no-scheme|example.com/no-scheme",
            "mailto:someone@example.com|mailto:someone@example.com",
            // scheme lower-cased, domain case and parameter order kept
            "HTTPS://Example.com/Post/2?b=2&a=1|https://Example.com/Post/2?b=2&a=1",
            "ftp://example.com/x|ftp://example.com/x",
            // the fragment goes
            "https://example.com/post/3#frag|https://example.com/post/3",
            // encoding where needed, never twice
            "https://example.com/not normalised?z=1&a=2|https://example.com/not%20normalised?z=1&a=2",
            "https://example.com/a%20b?q=c%20d|https://example.com/a%20b?q=c%20d",
            "https://example.com/100%/x?p=50%|https://example.com/100%25/x?p=50%25",
            "https://example.com/ä?tag=blå|https://example.com/%C3%A4?tag=bl%C3%A5",
            "https://example.com/a:b@c?x=a/b?c|https://example.com/a:b@c?x=a/b?c",
            // an empty path becomes /, an empty query goes
            "https://example.com|https://example.com/",
            "https://example.com/x?|https://example.com/x",
            // repeated names: last value, first position; valueless items kept in place
            "https://example.com/x?a=1&b=2&a=3|https://example.com/x?a=3&b=2&a=3",
            "https://example.com/x?1234&a=1&&b|https://example.com/x?1234&a=1&b",
            // ;params kept, surrounding whitespace trimmed
            "  https://example.com/x;v=1 |https://example.com/x;v=1",
    })
    void washesUnknownUrls(String url, String washed) {
        assertThat(UrlText.ensureEncoded(url, false)).isEqualTo(washed);
        assertThat(UrlText.ensureEncoded(washed, false)).as("idempotent").isEqualTo(washed);
    }

    @Test
    void keepsTheFragmentWhenAsked() {
        assertThat(UrlText.ensureEncoded("https://example.com/x y#top part", true))
                .isEqualTo("https://example.com/x%20y#top part");
    }

    @Test
    void aQuestionMarkRightAfterTheDomainBecomesPartOfTheDomain() {
        // hydrus replaces ? and # in the text between :// and the first / (its look-alike domain guard)
        assertThat(UrlText.ensureEncoded("https://example.com?a=1", false)).isEqualTo("https://example.com_a=1/");
        assertThat(UrlText.domain("https://example.com#x")).isEqualTo("example.com_x");
    }

    @Test
    void domainsAreNfkcNormalised() {
        assertThat(UrlText.domain("https://ｅｘａｍｐｌｅ.com/x")).isEqualTo("example.com");
    }

    @Test
    void onlyTextsWithSchemeAndDomainAreFullUrls() {
        assertThat(UrlText.looksLikeFullUrl("https://example.com")).isTrue();
        assertThat(UrlText.looksLikeFullUrl("ftp://example.com/x")).isTrue();
        assertThat(UrlText.looksLikeFullUrl("example.com/x")).isFalse();
        assertThat(UrlText.looksLikeFullUrl("https:/example.com")).isFalse();
        assertThat(UrlText.looksLikeFullUrl("http://[::1/")).isFalse();
        assertThatThrownBy(() -> UrlText.checkLooksLikeFullUrl("not a url"))
                .isInstanceOf(UrlClassException.class).hasMessage("Could not parse \"not a url\" at all!");
    }

    @Test
    void pathSegmentsDropOneLeadingSlash() {
        assertThat(UrlText.pathSegments("")).containsExactly("");
        assertThat(UrlText.pathSegments("/")).containsExactly("");
        assertThat(UrlText.pathSegments("/posts/1")).containsExactly("posts", "1");
        assertThat(UrlText.pathSegments("//images/x")).isEqualTo(List.of("", "images", "x"));
        assertThat(UrlText.pathSegments("/a/")).containsExactly("a", "");
    }
}
