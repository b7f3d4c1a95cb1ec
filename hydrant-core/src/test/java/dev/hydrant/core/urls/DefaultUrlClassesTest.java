package dev.hydrant.core.urls;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped default URL classes: each is reachable, consistent, and normalises the common URL shapes of its site. */
class DefaultUrlClassesTest {
    private static final UrlNormaliser URLS = DefaultClasses.normaliser();

    @TestFactory
    Stream<DynamicTest> everyClassOwnsItsExampleAndResolvesItsRequestUrl() {
        return DefaultClasses.classes().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String example = c.exampleUrl();
            assertThat(URLS.catalog().classFor(example)).as("class of the example").contains(c);
            UrlInfo info = URLS.info(example);
            assertThat(info.matchName()).isEqualTo(c.name());
            assertThat(info.type()).isEqualTo(c.type());
            assertThat(info.canParse()).isFalse();
            assertThat(info.cannotParseReason()).matches("Could not find a parser for .+ URL Class!");
            assertThat(URLS.normalise(info.normalisedUrl())).as("idempotent").isEqualTo(info.normalisedUrl());
            assertThat(URLS.catalog().classFor(info.normalisedUrl())).as("class of the normalised URL").contains(c);
            if (c.usesApiUrl()) {
                UrlClass api = URLS.catalog().classFor(info.requestUrl()).orElseThrow();
                assertThat(api.type()).as("API target of " + c.name()).isEqualTo(UrlType.API);
                assertThat(info.cannotParseReason()).isEqualTo("Could not find a parser for " + api.name() + " URL Class!");
            } else {
                assertThat(info.cannotParseReason()).isEqualTo("Could not find a parser for " + c.name() + " URL Class!");
            }
        }));
    }

    @Test
    void theDefaultsCoverTheCommonSitesWithEveryKindOfUrl() {
        assertThat(DefaultClasses.classes()).hasSizeGreaterThanOrEqualTo(50);
        Set<UrlType> types = new HashSet<>();
        DefaultClasses.classes().forEach(c -> types.add(c.type()));
        assertThat(types).containsExactlyInAnyOrder(UrlType.POST, UrlType.API, UrlType.FILE, UrlType.GALLERY, UrlType.WATCHABLE);
        assertThat(DefaultClasses.classes()).allSatisfy(c -> assertThat(c.parser()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // danbooru
            "http://danbooru.donmai.us/posts/123456?q=blue#comments|danbooru file page|0|https://danbooru.donmai.us/posts/123456|https://danbooru.donmai.us/posts/123456",
            "https://danbooru.donmai.us/posts?page=3&tags=blue_sky|danbooru gallery page|3|https://danbooru.donmai.us/posts?page=3&tags=blue_sky|https://danbooru.donmai.us/posts?page=3&tags=blue_sky",
            "https://danbooru.donmai.us/posts?tags=blue_sky&z=1|danbooru gallery page|3|https://danbooru.donmai.us/posts?page=1&tags=blue_sky|https://danbooru.donmai.us/posts?page=1&tags=blue_sky",
            "https://cdn.donmai.us/original/d3/4e/d34e4cf0a437a5d65f8e82b7bcd02606.png|danbooru file|2|https://cdn.donmai.us/original/d3/4e/d34e4cf0a437a5d65f8e82b7bcd02606.png|https://cdn.donmai.us/original/d3/4e/d34e4cf0a437a5d65f8e82b7bcd02606.png",
            // gelbooru-style
            "https://gelbooru.com/index.php?page=post&s=view&id=999|gelbooru file page|0|https://gelbooru.com/index.php?id=999&page=post&s=view|https://gelbooru.com/index.php?id=999&page=post&s=view",
            "https://www.gelbooru.com/index.php?id=999&tags=x&s=view&page=post|gelbooru file page|0|https://gelbooru.com/index.php?id=999&page=post&s=view|https://gelbooru.com/index.php?id=999&page=post&s=view",
            "https://gelbooru.com/index.php?page=post&s=list&tags=blue|gelbooru gallery page|3|https://gelbooru.com/index.php?page=post&pid=0&s=list&tags=blue|https://gelbooru.com/index.php?page=post&pid=0&s=list&tags=blue",
            "https://img3.gelbooru.com/images/5a/4b/5a4b6c5d8e9f0a1b2c3d4e5f6a7b8c9d.jpg|gelbooru file|2|https://img3.gelbooru.com/images/5a/4b/5a4b6c5d8e9f0a1b2c3d4e5f6a7b8c9d.jpg|https://img3.gelbooru.com/images/5a/4b/5a4b6c5d8e9f0a1b2c3d4e5f6a7b8c9d.jpg",
            "https://safebooru.org/index.php?page=post&s=view&id=123|safebooru file page|0|https://safebooru.org/index.php?id=123&page=post&s=view|https://safebooru.org/index.php?id=123&page=post&s=view",
            "https://safebooru.org/index.php?page=post&s=list&tags=blue|safebooru gallery page|3|https://safebooru.org/index.php?page=post&pid=0&s=list&tags=blue|https://safebooru.org/index.php?page=post&pid=0&s=list&tags=blue",
            "https://safebooru.org/images/4135/4c1a2b3c4d5e6f708192a3b4c5d6e7f8.jpg?4300000|safebooru file|2|https://safebooru.org/images/4135/4c1a2b3c4d5e6f708192a3b4c5d6e7f8.jpg|https://safebooru.org/images/4135/4c1a2b3c4d5e6f708192a3b4c5d6e7f8.jpg",
            "https://rule34.xxx/index.php?page=post&s=view&id=42|rule34.xxx file page|0|https://rule34.xxx/index.php?id=42&page=post&s=view|https://rule34.xxx/index.php?id=42&page=post&s=view",
            "https://tbib.org/index.php?page=post&s=view&id=42|gelbooru-style booru file page|0|https://tbib.org/index.php?id=42&page=post&s=view|https://tbib.org/index.php?id=42&page=post&s=view",
            "https://xbooru.com/index.php?page=post&s=list&tags=a&pid=42|gelbooru-style booru gallery page|3|https://xbooru.com/index.php?page=post&pid=42&s=list&tags=a|https://xbooru.com/index.php?page=post&pid=42&s=list&tags=a",
            "https://api-cdn.rule34.xxx/images/1234/abcdef0123456789abcdef0123456789.png|rule34.xxx file|2|https://api-cdn.rule34.xxx/images/1234/abcdef0123456789abcdef0123456789.png|https://api-cdn.rule34.xxx/images/1234/abcdef0123456789abcdef0123456789.png",
            // e621
            "https://e621.net/posts/1|e621 file page|0|https://e621.net/posts/1|https://e621.net/posts/1.json",
            "https://e621.net/post/show/1/blue-sky|e621 file page (old format)|0|https://e621.net/post/show/1|https://e621.net/posts/1.json",
            "https://e621.net/posts/1.json|e621 file page api|1|https://e621.net/posts/1.json|https://e621.net/posts/1.json",
            "https://e621.net/posts?tags=wolf|e621 gallery page|3|https://e621.net/posts?page=1&tags=wolf|https://e621.net/posts?page=1&tags=wolf",
            "https://static1.e621.net/data/ab/cd/abcd0123456789abcdef0123456789ab.webm|e621 file|2|https://static1.e621.net/data/ab/cd/abcd0123456789abcdef0123456789ab.webm|https://static1.e621.net/data/ab/cd/abcd0123456789abcdef0123456789ab.webm",
            // moebooru
            "https://yande.re/post/show/123456/landscape|yande.re file page|0|https://yande.re/post/show/123456|https://yande.re/post/show/123456",
            "https://yande.re/post?tags=landscape|yande.re gallery page|3|https://yande.re/post?page=1&tags=landscape|https://yande.re/post?page=1&tags=landscape",
            "https://files.yande.re/jpeg/0123456789abcdef0123456789abcdef/yande.re%20123.jpg|yande.re file|2|https://files.yande.re/jpeg/0123456789abcdef0123456789abcdef/yande.re%20123.jpg|https://files.yande.re/jpeg/0123456789abcdef0123456789abcdef/yande.re%20123.jpg",
            "http://konachan.net/post/show/77|konachan file page|0|https://konachan.net/post/show/77|https://konachan.net/post/show/77",
            "https://www.konachan.com/post?page=2&tags=sky|konachan gallery page|3|https://konachan.com/post?page=2&tags=sky|https://konachan.com/post?page=2&tags=sky",
            // sankaku
            "https://chan.sankakucomplex.com/posts/Ej1bX2LqVrn|sankaku chan file page|0|https://chan.sankakucomplex.com/posts/Ej1bX2LqVrn|https://chan.sankakucomplex.com/posts/Ej1bX2LqVrn",
            "https://chan.sankakucomplex.com/post/show/1234567|sankaku chan file page (old format)|0|https://chan.sankakucomplex.com/post/show/1234567|https://chan.sankakucomplex.com/post/show/1234567",
            "https://chan.sankakucomplex.com/posts?tags=blue_sky|sankaku chan gallery page|3|https://chan.sankakucomplex.com/posts?tags=blue_sky|https://chan.sankakucomplex.com/posts?tags=blue_sky",
            "https://v.sankakucomplex.com/data/ab/cd/abcd0123456789abcdef0123456789ab.jpg?token=t&e=1|sankaku chan file|2|https://v.sankakucomplex.com/data/ab/cd/abcd0123456789abcdef0123456789ab.jpg|https://v.sankakucomplex.com/data/ab/cd/abcd0123456789abcdef0123456789ab.jpg",
            // pixiv
            "https://www.pixiv.net/artworks/12345|pixiv file page|0|https://www.pixiv.net/artworks/12345|https://www.pixiv.net/ajax/illust/12345",
            "https://www.pixiv.net/en/artworks/12345|pixiv file page (language prefix)|0|https://www.pixiv.net/en/artworks/12345|https://www.pixiv.net/ajax/illust/12345",
            "https://www.pixiv.net/member_illust.php?mode=medium&illust_id=12345|pixiv file page (old format)|0|https://www.pixiv.net/member_illust.php?illust_id=12345&mode=medium|https://www.pixiv.net/ajax/illust/12345",
            "https://www.pixiv.net/users/1234567/illustrations|pixiv artist page|3|https://www.pixiv.net/users/1234567|https://www.pixiv.net/users/1234567",
            "https://www.pixiv.net/tags/%E9%9D%92%E7%A9%BA/artworks?s_mode=s_tag|pixiv tag search gallery page|3|https://www.pixiv.net/tags/%E9%9D%92%E7%A9%BA|https://www.pixiv.net/tags/%E9%9D%92%E7%A9%BA",
            "https://i.pximg.net/img-original/img/2020/01/02/03/04/05/12345_p1.jpg|pixiv file|2|https://i.pximg.net/img-original/img/2020/01/02/03/04/05/12345_p1.jpg|https://i.pximg.net/img-original/img/2020/01/02/03/04/05/12345_p1.jpg",
            // twitter / x
            "https://twitter.com/user/status/123|twitter tweet|0|https://twitter.com/user/status/123|https://twitter.com/user/status/123",
            "http://mobile.twitter.com/user/status/123/photo/1?s=20|twitter tweet|0|https://twitter.com/user/status/123|https://twitter.com/user/status/123",
            "https://x.com/user/status/123|x post|0|https://x.com/user/status/123|https://x.com/user/status/123",
            "https://pbs.twimg.com/media/FAbCdEfGhIjKlMn.jpg?name=orig|twitter image|2|https://pbs.twimg.com/media/FAbCdEfGhIjKlMn.jpg|https://pbs.twimg.com/media/FAbCdEfGhIjKlMn.jpg",
            "https://pbs.twimg.com/media/FAbCdEfGhIjKlMn?name=large&format=png|twitter image (format parameter)|2|https://pbs.twimg.com/media/FAbCdEfGhIjKlMn?format=png|https://pbs.twimg.com/media/FAbCdEfGhIjKlMn?format=png",
            // imageboards
            "https://boards.4chan.org/a/thread/123456|4chan thread|4|https://boards.4chan.org/a/thread/123456|https://a.4cdn.org/a/thread/123456.json",
            "https://boards.4channel.org/vg/thread/1/subject#p2|4chan thread|4|https://boards.4channel.org/vg/thread/1|https://a.4cdn.org/vg/thread/1.json",
            "https://i.4cdn.org/a/1700000000123s.jpg|4chan file|2|https://i.4cdn.org/a/1700000000123s.jpg|https://i.4cdn.org/a/1700000000123s.jpg",
            "https://8chan.se/v/res/999.json|8chan.moe thread json api|1|https://8chan.se/v/res/999.json|https://8chan.se/v/res/999.json",
            "https://8chan.moe/v/res/999.html#q1000|8chan.moe thread|4|https://8chan.moe/v/res/999.html|https://8chan.moe/v/res/999.json",
            // deviantart
            "https://www.deviantart.com/artist/art/Title-Words-123456789|deviant art file page|0|https://www.deviantart.com/artist/art/Title-Words-123456789|https://www.deviantart.com/artist/art/Title-Words-123456789",
            "https://www.deviantart.com/artist/gallery/all|deviant art artist gallery page|3|https://www.deviantart.com/artist/gallery|https://www.deviantart.com/artist/gallery",
            "https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com/f/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d/d1-2.png?token=a.b|deviant art file|2|https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com/f/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d/d1-2.png|https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com/f/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d/d1-2.png",
            // artstation
            "https://www.artstation.com/artwork/AbC123|artstation file page|0|https://www.artstation.com/artwork/AbC123|https://www.artstation.com/projects/AbC123.json",
            "https://www.artstation.com/someartist|artstation artist gallery page|3|https://www.artstation.com/someartist|https://www.artstation.com/someartist",
            "https://cdnb.artstation.com/p/assets/images/images/012/345/678/4k/pic.jpg?1700000000|artstation file|2|https://cdnb.artstation.com/p/assets/images/images/012/345/678/4k/pic.jpg|https://cdnb.artstation.com/p/assets/images/images/012/345/678/4k/pic.jpg",
    })
    void normalisesTheCommonShapes(String url, String className, int type, String normalised, String request) {
        // as in hydrus, the request URL is fetched for the normalised URL, so dropped parameters stay dropped
        UrlInfo info = URLS.info(url);
        assertThat(info.matchName()).isEqualTo(className);
        assertThat(info.type().code()).isEqualTo(type);
        assertThat(info.normalisedUrl()).isEqualTo(normalised);
        assertThat(info.requestUrl()).isEqualTo(request);
    }

    @ParameterizedTest
    @CsvSource({
            "https://danbooru.donmai.us/posts/abc",
            "https://gelbooru.com/index.php?page=post&s=view",
            "https://twitter.com/i/web/status/123",
            "https://evil-danbooru.donmai.us.example.com/posts/1",
            "https://DANBOORU.donmai.us/posts/1",
            "https://danbooru.donmai.us:443/posts/1",
            "https://www.artstation.com/artwork",
            "https://example.com/post/1",
    })
    void otherUrlsOnOrNearTheseSitesStayUnknown(String url) {
        assertThat(URLS.catalog().classFor(url)).as(url).isEmpty();
    }

    @Test
    void aUrlGetsTheMostSpecificOfSeveralMatchingClasses() {
        // e621 gallery page (posts + tags) would also take posts/1 if file pages were not more specific
        assertThat(URLS.info("https://e621.net/posts/1?tags=x").matchName()).isEqualTo("e621 file page");
        // the with-extension twitter image and the format-parameter one share a domain and path length
        assertThat(URLS.info("https://pbs.twimg.com/media/X?format=jpg").matchName()).isEqualTo("twitter image (format parameter)");
        assertThat(URLS.info("https://pbs.twimg.com/media/X.jpg").matchName()).isEqualTo("twitter image");
    }

    @Test
    void downloadTokensStayInTheFetchedFormOnly() {
        String url = "https://v.sankakucomplex.com/data/ab/cd/abcd0123456789abcdef0123456789ab.jpg?token=t&e=1&junk=2";
        assertThat(URLS.normalise(url)).isEqualTo("https://v.sankakucomplex.com/data/ab/cd/abcd0123456789abcdef0123456789ab.jpg");
        assertThat(URLS.normalise(url, true))
                .isEqualTo("https://v.sankakucomplex.com/data/ab/cd/abcd0123456789abcdef0123456789ab.jpg?e=1&token=t");
        assertThat(URLS.normalise("https://danbooru.donmai.us/posts?tags=a&z=1", true))
                .isEqualTo("https://danbooru.donmai.us/posts?page=1&tags=a&z=1");
    }
}
