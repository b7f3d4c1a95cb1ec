package dev.hydrant.core.urls;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One URL class's matching and normalisation rules, with hydrus's wording of why a URL does not match. */
class UrlClassTest {
    private static final StringMatch NUMBER = StringMatch.of(StringMatch.Kind.NUMERIC);

    private static UrlClass.Builder post(String domain, String example) {
        return UrlClass.builder("test post", UrlType.POST, DomainMask.of(domain), example);
    }

    @Test
    void pathSegmentsAreFixedTextsRegexesOrNumbers() {
        UrlClass c = post("site.com", "https://site.com/post/show/123")
                .path(PathComponent.fixed("post"), PathComponent.required(StringMatch.regex("^(show|view)$")),
                        PathComponent.required(NUMBER)).build();
        assertThat(c.matches("https://site.com/post/show/123")).isTrue();
        assertThat(c.matches("https://site.com/post/view/123/slug")).isTrue();
        assertThatThrownBy(() -> c.test("https://site.com/posts/show/123"))
                .hasMessage("\"posts\" did not exactly match \"post\"");
        assertThatThrownBy(() -> c.test("https://site.com/post/edit/123"))
                .hasMessage("\"edit\" did not match \"^(show|view)$\"");
        assertThatThrownBy(() -> c.test("https://site.com/post/show/12a"))
                .hasMessage("\"12a\" had non-numeric characters");
        assertThatThrownBy(() -> c.test("https://site.com/post/show"))
                .hasMessage("\"/post/show\" has 2 path components, but I was expecting 3!");
        assertThatThrownBy(() -> c.test("https://site.com/post"))
                .hasMessage("\"/post\" has 1 path components, but I was expecting at least 2 and maybe as many as 3!");
    }

    @Test
    void normalisingClipsExtraSegmentsButTheFetchedFormKeepsThem() {
        UrlClass c = post("site.com", "https://site.com/post/123")
                .path(PathComponent.fixed("post"), PathComponent.required(NUMBER)).build();
        assertThat(c.normalise("https://site.com/post/123/some-title")).isEqualTo("https://site.com/post/123");
        assertThat(c.normalise("https://site.com/post/123/some-title", true)).isEqualTo("https://site.com/post/123/some-title");
    }

    @Test
    void pathDefaultsFillShortUrls() {
        UrlClass c = post("site.com", "https://site.com/gallery/1")
                .path(PathComponent.fixed("gallery"), new PathComponent(NUMBER, "1")).build();
        assertThat(c.matches("https://site.com/gallery")).isTrue();
        assertThat(c.normalise("https://site.com/gallery")).isEqualTo("https://site.com/gallery/1");
        assertThat(c.normalise("https://site.com/gallery/7")).isEqualTo("https://site.com/gallery/7");
    }

    @Test
    void noMorePathComponentsRefusesLongerPaths() {
        UrlClass c = post("site.com", "https://site.com/a").path(PathComponent.fixed("a")).noMorePathComponents(true).build();
        assertThat(c.matches("https://site.com/a")).isTrue();
        assertThatThrownBy(() -> c.test("https://site.com/a/b"))
                .hasMessage("\"/a/b\" has 2 path components, but I will not allow more than my defined 1!");
    }

    @Test
    void parametersAreSortedByNameUnknownOnesDroppedAndDefaultsAdded() {
        UrlClass c = post("site.com", "https://site.com/index.php?s=view&id=1")
                .path(PathComponent.fixed("index.php"))
                .parameter(new UrlParameter("s", StringMatch.fixed("view"), null, false))
                .parameter(UrlParameter.required("id", NUMBER))
                .parameter(new UrlParameter("lang", StringMatch.of(StringMatch.Kind.ALPHA), "en", false)).build();
        assertThat(c.normalise("http://site.com/index.php?s=view&tracking=abc&id=5#comments"))
                .isEqualTo("https://site.com/index.php?id=5&lang=en&s=view");
        assertThat(c.normalise("https://site.com/index.php?lang=de&id=5&s=view"))
                .isEqualTo("https://site.com/index.php?id=5&lang=de&s=view");
        assertThatThrownBy(() -> c.test("https://site.com/index.php?s=view"))
                .hasMessage("id not found in s=view");
        assertThatThrownBy(() -> c.test("https://site.com/index.php?s=list&id=5"))
                .hasMessage("Problem with s: \"list\" did not exactly match \"view\"");
    }

    @Test
    void parameterOrderIsKeptWhenNotAlphabetising() {
        UrlClass c = post("site.com", "https://site.com/x?b=1&a=2").path(PathComponent.fixed("x"))
                .parameter(UrlParameter.required("b", NUMBER)).parameter(UrlParameter.required("a", NUMBER))
                .parameter(new UrlParameter("c", NUMBER, "0", false))
                .alphabetiseParameters(false).build();
        assertThat(c.normalise("https://site.com/x?b=1&z=9&a=2")).isEqualTo("https://site.com/x?b=1&a=2&c=0");
    }

    @Test
    void noMoreParametersRefusesUnknownOnes() {
        UrlClass c = post("site.com", "https://site.com/x?id=1").path(PathComponent.fixed("x"))
                .parameter(UrlParameter.required("id", NUMBER)).noMoreParameters(true).build();
        assertThat(c.matches("https://site.com/x?id=1")).isTrue();
        assertThatThrownBy(() -> c.test("https://site.com/x?id=1&z=2"))
                .hasMessage("\"This has a \"z\" parameter, but I am set to not allow any unexpected parameters!");
        assertThatThrownBy(() -> c.test("https://site.com/x?id=1&1234"))
                .hasMessage("\"id=1&1234\" has unexpected single-value parameters, but I am set to not allow any unexpected parameters!");
        assertThat(c.keepExtraParametersForServer()).isFalse();
    }

    @Test
    void ephemeralParametersAreKeptOnlyInTheFetchedForm() {
        UrlClass c = UrlClass.builder("cdn file", UrlType.FILE, DomainMask.of("cdn.site.com"),
                        "https://cdn.site.com/f/abc.jpg?token=xyz")
                .path(PathComponent.fixed("f"), PathComponent.required(StringMatch.any()))
                .parameter(new UrlParameter("token", StringMatch.any(), null, true)).build();
        assertThat(c.matches("https://cdn.site.com/f/abc.jpg")).isTrue();
        assertThat(c.normalise("https://cdn.site.com/f/abc.jpg?token=xyz&x=1")).isEqualTo("https://cdn.site.com/f/abc.jpg");
        assertThat(c.normalise("https://cdn.site.com/f/abc.jpg?token=xyz&x=1", true))
                .isEqualTo("https://cdn.site.com/f/abc.jpg?token=xyz");
    }

    @Test
    void galleriesKeepUnknownParametersAndSingleValuesForTheServer() {
        UrlClass c = UrlClass.builder("search", UrlType.GALLERY, DomainMask.of("site.com"), "https://site.com/search?q=a")
                .path(PathComponent.fixed("search")).parameter(UrlParameter.required("q", StringMatch.any())).build();
        assertThat(c.keepExtraParametersForServer()).isTrue();
        assertThat(c.normalise("https://site.com/search?q=a&sort=new&1234")).isEqualTo("https://site.com/search?q=a");
        assertThat(c.normalise("https://site.com/search?q=a&sort=new&1234", true))
                .isEqualTo("https://site.com/search?q=a&sort=new&1234");
    }

    @Test
    void singleValueParametersWhenTheClassExpectsThem() {
        UrlClass c = post("site.com", "https://site.com/img?12345").path(PathComponent.fixed("img"))
                .singleValueParameters(NUMBER).build();
        assertThat(c.normalise("https://site.com/img?12345&x=1")).isEqualTo("https://site.com/img?12345");
        assertThatThrownBy(() -> c.test("https://site.com/img"))
                .hasMessage("Was expecting single-value parameter(s), but this URL did not seem to have any.");
        assertThatThrownBy(() -> c.test("https://site.com/img?abc")).hasMessage("\"abc\" had non-numeric characters");
    }

    @Test
    void theSchemeBecomesThePreferredOne() {
        UrlClass https = post("site.com", "https://site.com/p/1").path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        assertThat(https.normalise("http://site.com/p/1")).isEqualTo("https://site.com/p/1");
        UrlClass http = https.toBuilder().scheme("http").build();
        assertThat(http.normalise("https://site.com/p/1")).isEqualTo("http://site.com/p/1");
    }

    @Test
    void theFragmentGoesUnlessKept() {
        UrlClass c = post("site.com", "https://site.com/p/1").path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        assertThat(c.normalise("https://site.com/p/1#top")).isEqualTo("https://site.com/p/1");
        assertThat(c.toBuilder().keepFragment(true).build().normalise("https://site.com/p/1#top"))
                .isEqualTo("https://site.com/p/1#top");
    }

    @Test
    void wwwPrefixesMatchAndAreClippedUnlessSubdomainsAreKept() {
        UrlClass c = post("site.com", "https://site.com/p/1").path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        assertThat(c.normalise("https://www.site.com/p/1")).isEqualTo("https://site.com/p/1");
        assertThat(c.normalise("https://www2.site.com/p/1")).isEqualTo("https://site.com/p/1");
        assertThat(c.matches("https://img.site.com/p/1")).isFalse();
        assertThatThrownBy(() -> c.test("https://img.site.com/p/1")).hasMessage("img.site.com did not match URL Domain Mask: site.com");
        UrlClass kept = UrlClass.builder("k", UrlType.POST, new DomainMask(List.of("site.com"), List.of(), false, true),
                "https://site.com/p/1").path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        assertThat(kept.normalise("https://www.site.com/p/1")).isEqualTo("https://www.site.com/p/1");
    }

    @Test
    void subdomainsMatchWhenAskedAndAreClippedOrKept() {
        DomainMask clip = new DomainMask(List.of("site.com"), List.of(), true, false);
        DomainMask keep = new DomainMask(List.of("site.com"), List.of(), true, true);
        UrlClass clipped = UrlClass.builder("c", UrlType.POST, clip, "https://site.com/p/1")
                .path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        UrlClass kept = UrlClass.builder("k", UrlType.POST, keep, "https://site.com/p/1")
                .path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        assertThat(clipped.normalise("https://mobile.site.com/p/1")).isEqualTo("https://site.com/p/1");
        assertThat(kept.normalise("https://img3.cdn.site.com/p/1")).isEqualTo("https://img3.cdn.site.com/p/1");
        assertThat(clipped.matches("https://othersite.com/p/1")).isFalse();
        assertThat(clipped.matches("https://site.com.evil.org/p/1")).isFalse();
        assertThatThrownBy(() -> clipped.test("https://x.org/p/1"))
                .hasMessage("x.org (potentially excluding subdomains) did not match URL Domain Mask: site.com");
    }

    @Test
    void domainRegexesMatchAndClipToTheMatchedPart() {
        DomainMask mask = new DomainMask(List.of(), List.of("img[0-9]+\\.host\\.net"), false, false);
        UrlClass c = UrlClass.builder("r", UrlType.FILE, mask, "https://img1.host.net/a.jpg")
                .path(PathComponent.required(StringMatch.any())).build();
        assertThat(c.matches("https://img42.host.net/a.jpg")).isTrue();
        assertThat(c.matches("https://imgx.host.net/a.jpg")).isFalse();
        assertThat(c.normalise("https://www.img42.host.net/a.jpg")).isEqualTo("https://img42.host.net/a.jpg");
    }

    @Test
    void urlsAreComparedInEncodedForm() {
        UrlClass c = post("site.com", "https://site.com/tag/blue%20sky").path(PathComponent.fixed("tag"),
                PathComponent.required(StringMatch.regex("^[a-z%0-9]+$"))).build();
        assertThat(c.matches("https://site.com/tag/blue sky")).isTrue();
        // as hydrus, normalisation itself works on the text as given
        assertThat(c.normalise("https://site.com/tag/blue sky")).isEqualTo("https://site.com/tag/blue sky");
    }

    @Test
    void theApiUrlIsTheConverterAppliedToTheFetchedForm() {
        UrlClass c = post("site.com", "https://site.com/p/1")
                .path(PathComponent.fixed("p"), PathComponent.required(NUMBER))
                .apiConverter(StringConverter.of(new StringConverter.RegexSubstitution("/p/(\\d+)$", "/api/\\1"),
                        new StringConverter.Append(".json"))).build();
        assertThat(c.usesApiUrl()).isTrue();
        assertThat(c.apiUrl("http://site.com/p/7/title?x=1")).isEqualTo("https://site.com/api/7.json");
        assertThat(c.keepExtraParametersForServer()).isFalse();
    }

    @Test
    void typesOutsideUrlClassesAreRefused() {
        assertThatThrownBy(() -> UrlClass.builder("x", UrlType.UNKNOWN, DomainMask.of("a.com"), "https://a.com/").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> post("a.com", "https://a.com/").parameter(UrlParameter.required("a", NUMBER))
                .parameter(UrlParameter.required("a", NUMBER)).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void associationDefaultsFollowTheType() {
        assertThat(post("a.com", "https://a.com/").build().associateWithFiles()).isTrue();
        assertThat(UrlClass.builder("g", UrlType.GALLERY, DomainMask.of("a.com"), "https://a.com/").build()
                .associateWithFiles()).isFalse();
    }
}
