package dev.hydrant.core.urls;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which class a URL gets when several match: hydrus's precedence. */
class UrlClassCatalogTest {
    private static final StringMatch NUMBER = StringMatch.of(StringMatch.Kind.NUMERIC);
    private static final StringMatch ANY = StringMatch.any();

    private static UrlClass cls(String name, DomainMask mask, String example, PathComponent... path) {
        return UrlClass.builder(name, UrlType.POST, mask, example).path(path).build();
    }

    private static String winner(UrlClassCatalog catalog, String url) {
        return catalog.classFor(url).map(UrlClass::name).orElse("none");
    }

    @Test
    void moreRequiredPathSegmentsWin() {
        UrlClass broad = cls("broad", DomainMask.of("s.com"), "https://s.com/a", PathComponent.required(ANY));
        UrlClass narrow = cls("narrow", DomainMask.of("s.com"), "https://s.com/a/1",
                PathComponent.required(ANY), PathComponent.required(NUMBER));
        UrlClassCatalog catalog = new UrlClassCatalog(List.of(broad, narrow), Set.of());
        assertThat(winner(catalog, "https://s.com/post/1")).isEqualTo("narrow");
        assertThat(winner(catalog, "https://s.com/post/x")).isEqualTo("broad");
    }

    @Test
    void thenMoreRequiredParametersWin() {
        UrlClass one = UrlClass.builder("one", UrlType.GALLERY, DomainMask.of("s.com"), "https://s.com/i?a=1")
                .path(PathComponent.fixed("i")).parameter(UrlParameter.required("a", ANY)).build();
        UrlClass two = UrlClass.builder("two", UrlType.POST, DomainMask.of("s.com"), "https://s.com/i?a=1&b=2")
                .path(PathComponent.fixed("i")).parameter(UrlParameter.required("a", ANY))
                .parameter(UrlParameter.required("b", ANY)).build();
        UrlClassCatalog catalog = new UrlClassCatalog(List.of(one, two), Set.of());
        assertThat(winner(catalog, "https://s.com/i?b=2&a=1")).isEqualTo("two");
        assertThat(winner(catalog, "https://s.com/i?a=1")).isEqualTo("one");
    }

    @Test
    void theLongerDomainMaskIsTriedFirst() {
        DomainMask wide = new DomainMask(List.of("site.com"), List.of(), true, true);
        UrlClass general = cls("general", wide, "https://site.com/x/1", PathComponent.required(ANY), PathComponent.required(ANY),
                PathComponent.required(ANY));
        UrlClass api = cls("api", DomainMask.of("api.site.com"), "https://api.site.com/x", PathComponent.required(ANY));
        UrlClassCatalog catalog = new UrlClassCatalog(List.of(general, api), Set.of());
        // the api class has fewer path segments, but its domain is the more specific one
        assertThat(winner(catalog, "https://api.site.com/a/b/c")).isEqualTo("api");
        assertThat(winner(catalog, "https://cdn.site.com/a/b/c")).isEqualTo("general");
    }

    @Test
    void aLongerExampleBreaksTiesThenTheGivenOrder() {
        UrlClass shortEx = cls("short", DomainMask.of("s.com"), "https://s.com/a", PathComponent.required(ANY));
        UrlClass longEx = cls("long", DomainMask.of("s.com"), "https://s.com/aaaaaa", PathComponent.required(ANY));
        assertThat(winner(new UrlClassCatalog(List.of(shortEx, longEx), Set.of()), "https://s.com/z")).isEqualTo("long");
        UrlClass twin = cls("twin", DomainMask.of("s.com"), "https://s.com/b", PathComponent.required(ANY));
        assertThat(winner(new UrlClassCatalog(List.of(shortEx, twin), Set.of()), "https://s.com/z")).isEqualTo("short");
        assertThat(winner(new UrlClassCatalog(List.of(twin, shortEx), Set.of()), "https://s.com/z")).isEqualTo("twin");
    }

    @Test
    void textsThatAreNotFullUrlsMatchNothing() {
        UrlClassCatalog catalog = new UrlClassCatalog(List.of(cls("c", DomainMask.of("s.com"), "https://s.com/a",
                PathComponent.required(ANY))), Set.of());
        assertThat(catalog.classFor("s.com/a")).isEmpty();
        assertThat(catalog.classFor("not a url")).isEmpty();
        assertThat(catalog.classFor("https://other.com/a")).isEmpty();
    }

    @Test
    void namesAreUniqueAndLookedUpCaseInsensitively() {
        UrlClass a = cls("Some Site post", DomainMask.of("s.com"), "https://s.com/a", PathComponent.required(ANY));
        UrlClassCatalog catalog = new UrlClassCatalog(List.of(a), Set.of());
        assertThat(catalog.byName("some site POST")).contains(a);
        assertThat(catalog.byName("other")).isEmpty();
        UrlClass b = cls("some site post", DomainMask.of("t.com"), "https://t.com/a", PathComponent.required(ANY));
        assertThatThrownBy(() -> new UrlClassCatalog(List.of(a, b), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
