package dev.hydrant.core.urls;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Normalisation, request URLs through API/redirect chains, parse capability and search variants. */
class UrlNormaliserTest {
    private static final StringMatch NUMBER = StringMatch.of(StringMatch.Kind.NUMERIC);

    private static UrlClass.Builder page(String name, UrlType type, String first, String example) {
        return UrlClass.builder(name, type, DomainMask.of("s.com"), example)
                .path(PathComponent.fixed(first), PathComponent.required(NUMBER));
    }

    private static StringConverter to(String first) {
        return StringConverter.of(new StringConverter.RegexSubstitution("/[a-z]+/(\\d+)$", "/" + first + "/\\1"));
    }

    @Test
    void aPageFetchedThroughItsApiReportsTheApiAndItsMissingParser() {
        UrlClass post = page("s post", UrlType.POST, "p", "https://s.com/p/1").apiConverter(to("api")).build();
        UrlClass api = page("s post api", UrlType.API, "api", "https://s.com/api/1").build();
        UrlNormaliser n = new UrlNormaliser(new UrlClassCatalog(List.of(post, api), Set.of()));
        UrlInfo info = n.info("http://www.s.com/p/5/title#c");
        assertThat(info).isEqualTo(new UrlInfo("https://s.com/p/5", UrlType.POST, "s post", false,
                "Could not find a parser for s post api URL Class!", "https://s.com/api/5"));
        assertThat(n.info("https://s.com/api/5").type()).isEqualTo(UrlType.API);
        assertThat(n.info("https://s.com/api/5").typeText()).isEqualTo("api/redirect url");
    }

    @Test
    void aLinkedParserThatExistsMeansTheUrlCanBeParsed() {
        UrlClass post = page("s post", UrlType.POST, "p", "https://s.com/p/1").apiConverter(to("api")).build();
        UrlClass api = page("s post api", UrlType.API, "api", "https://s.com/api/1").parser("s api parser").build();
        UrlNormaliser parsing = new UrlNormaliser(new UrlClassCatalog(List.of(post, api), Set.of("s api parser")));
        UrlInfo info = parsing.info("https://s.com/p/5");
        assertThat(info.canParse()).isTrue();
        assertThat(info.cannotParseReason()).isEmpty();
        UrlNormaliser without = new UrlNormaliser(new UrlClassCatalog(List.of(post, api), Set.of()));
        assertThat(without.info("https://s.com/p/5").cannotParseReason())
                .isEqualTo("Could not find a parser for s post api URL Class!");
    }

    @Test
    void anApiUrlNoClassMatchesIsAnError() {
        UrlClass post = page("s post", UrlType.POST, "p", "https://s.com/p/1").apiConverter(to("nowhere")).build();
        UrlNormaliser n = new UrlNormaliser(new UrlClassCatalog(List.of(post), Set.of()));
        assertThatThrownBy(() -> n.info("https://s.com/p/5")).isInstanceOf(UrlClassException.class)
                .hasMessage("Could not find a URL class for https://s.com/p/5!\n\nCould not find an API/Redirect URL Class for "
                        + "https://s.com/nowhere/5 URL, which originally came from https://s.com/p/5!");
        assertThat(n.knownUrlInfo("https://s.com/p/5").orElseThrow().cannotParseReason())
                .startsWith("Could not find a URL class for https://s.com/p/5!");
    }

    @Test
    void apiLoopsAreReported() {
        UrlClass self = page("self", UrlType.POST, "p", "https://s.com/p/1").apiConverter(to("p")).build();
        assertThatThrownBy(() -> new UrlNormaliser(new UrlClassCatalog(List.of(self), Set.of())).requestUrl("https://s.com/p/1"))
                .hasMessageEndingWith("Could not find an API/Redirect URL Class for https://s.com/p/1 as the url class API-linked to itself!");
        UrlClass a = page("a", UrlType.POST, "a", "https://s.com/a/1").apiConverter(to("b")).build();
        UrlClass b = page("b", UrlType.API, "b", "https://s.com/b/1").apiConverter(to("a")).build();
        assertThatThrownBy(() -> new UrlNormaliser(new UrlClassCatalog(List.of(a, b), Set.of())).requestUrl("https://s.com/a/1"))
                .hasMessageEndingWith("as the url class and its API url class API-linked to each other!");
        UrlClass c = page("c", UrlType.API, "c", "https://s.com/c/1").apiConverter(to("a")).build();
        UrlClass b2 = page("b", UrlType.API, "b", "https://s.com/b/1").apiConverter(to("c")).build();
        assertThatThrownBy(() -> new UrlNormaliser(new UrlClassCatalog(List.of(a, b2, c), Set.of())).requestUrl("https://s.com/a/1"))
                .hasMessageEndingWith("as it and its API url classes linked in a loop of size 3!");
    }

    @Test
    void unknownUrlsAreTheirOwnRequestUrl() {
        UrlNormaliser n = new UrlNormaliser(UrlClassCatalog.empty());
        assertThat(n.info("not a url")).isEqualTo(new UrlInfo("not a url", UrlType.UNKNOWN, "unknown url", false,
                "unknown url class", "not a url"));
        assertThat(n.requestUrl("https://x.com/a b")).isEqualTo("https://x.com/a b");
    }

    @Test
    void normaliseAllSkipsFailuresAndDuplicates() {
        UrlClass strict = UrlClass.builder("strict", UrlType.POST, DomainMask.of("s.com"), "https://s.com/p/1")
                .path(PathComponent.fixed("p"), PathComponent.required(NUMBER)).build();
        UrlNormaliser n = new UrlNormaliser(new UrlClassCatalog(List.of(strict), Set.of()));
        assertThat(n.normaliseAll(List.of("http://s.com/p/1", "https://s.com/p/1#x", "not a url", "https://o.com/a b")))
                .containsExactly("https://s.com/p/1", "not a url", "https://o.com/a%20b");
    }

    @Test
    void searchVariantsCoverSchemeWwwAndTrailingSlash() {
        UrlNormaliser n = new UrlNormaliser(UrlClassCatalog.empty());
        assertThat(n.searchVariants("https://example.com/post/1")).contains(
                "https://example.com/post/1", "http://example.com/post/1", "https://www.example.com/post/1",
                "http://www.example.com/post/1", "https://example.com/post/1/", "http://www.example.com/post/1/");
        assertThat(n.searchVariants("https://www.example.com//images/1")).contains("https://example.com//images/1",
                "https://www.example.com/images/1");
    }
}
