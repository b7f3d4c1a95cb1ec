package dev.hydrant.core.urls;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link UrlParts} against what CPython 3.11's urllib.parse answered for the same inputs. */
class UrlPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "https://example.com/post/1|https|example.com|/post/1|||",
            "HTTPS://Example.com/Post/2?b=2&a=1|https|Example.com|/Post/2||b=2&a=1|",
            "https://example.com/post/3#frag|https|example.com|/post/3|||frag",
            "not a url|||not a url|||",
            "example.com/no-scheme|||example.com/no-scheme|||",
            "ftp://example.com/x|ftp|example.com|/x|||",
            "http://[::1]:80/x|http|[::1]:80|/x|||",
            "https://a.com/x;p=1/y;q=2?z#f|https|a.com|/x;p=1/y|q=2|z|f",
            "mailto:foo@bar.com|mailto||foo@bar.com|||",
            "https://a.com|https|a.com||||",
            "https://a.com?x=1|https|a.com|||x=1|",
            "//a.com/x||a.com|/x|||",
            "a:b|a||b|||",
            "1http://x|||1http://x|||",
            "h+t.tp://x/y|h+t.tp|x|/y|||",
            "https://user:pw@Host.COM:8080/p?q#f#g|https|user:pw@Host.COM:8080|/p||q|f#g",
            "https://a.com/p?a=1;b=2|https|a.com|/p||a=1;b=2|",
            "tel:123;x|tel||123|x||",
            "https:/a.com|https||/a.com|||",
            "foo://bar/baz;a|foo|bar|/baz;a|||",
            "http://[v1.fe]/|http|[v1.fe]|/|||",
            "http://[fe80::1%eth0]/x|http|[fe80::1%eth0]|/x|||",
            "http://x[::1]/|http|x[::1]|/|||",
    })
    void splitsAsPythonDoes(String url, String scheme, String netloc, String path, String params, String query,
                            String fragment) {
        UrlParts p = UrlParts.parse(url);
        assertThat(p).isEqualTo(new UrlParts(n(scheme), n(netloc), n(path), n(params), n(query), n(fragment)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Example.com/Post/2?b=2&a=1|https://Example.com/Post/2?b=2&a=1",
            "https://a.com/x;p=1/y;q=2?z#f|https://a.com/x;p=1/y;q=2?z#f",
            "https:/a.com|https:///a.com",
            "https://a.com|https://a.com",
            "tel:123;x|tel:123;x",
    })
    void joinsAsPythonDoes(String url, String joined) {
        assertThat(UrlParts.parse(url).unparse()).isEqualTo(joined);
    }

    @Test
    void tabsAndNewlinesAreRemovedAndLeadingControlsStripped() {
        assertThat(UrlParts.parse("https://a.com/\t x\n").path()).isEqualTo("/ x");
        assertThat(UrlParts.parse("\u0001https://a.com").netloc()).isEqualTo("a.com");
    }

    @Test
    void badBracketedHostsAreRefusedAsPythonRefusesThem() {
        assertThatThrownBy(() -> UrlParts.parse("http://[::1/x")).isInstanceOf(UrlClassException.class);
        assertThatThrownBy(() -> UrlParts.parse("http://a]b/")).isInstanceOf(UrlClassException.class);
        assertThatThrownBy(() -> UrlParts.parse("http://[1.2.3.4]/")).isInstanceOf(UrlClassException.class);
        assertThatThrownBy(() -> UrlParts.parse("http://[nothex::1]/")).isInstanceOf(UrlClassException.class);
        assertThatThrownBy(() -> UrlParts.parse("http://exa\uff0fmple.com/")).isInstanceOf(UrlClassException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a b|a%20b|a%20b|a%20b",
            "ä/é|%C3%A4%2F%C3%A9|%C3%A4/%C3%A9|%C3%A4%2F%C3%A9",
            "100%|100%25|100%25|100%25",
            "x~y_z.-|x~y_z.-|x~y_z.-|x~y_z.-",
            "`!$&'()*+,;=@:/?`|`!$&'()*+,;=@:%2F%3F`|`!$&'()*+,;=@:/?`|`%21%24%26%27%28%29%2A%2B%2C%3B%3D%40%3A%2F%3F`",
            "😀|%F0%9F%98%80|%F0%9F%98%80|%F0%9F%98%80",
    })
    void quotesAsPythonDoes(String text, String path, String param, String nothingSafe) {
        assertThat(UrlText.quote(text, UrlText.PATH_SAFE)).isEqualTo(path);
        assertThat(UrlText.quote(text, UrlText.PARAM_SAFE)).isEqualTo(param);
        assertThat(UrlText.quote(text, "")).isEqualTo(nothingSafe);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "%41|A", "%e2%82%ac|€", "%e2%82|\ufffd", "a%zzb|a%zzb", "%|%", "%C3x%A9|\ufffdx\ufffd", "%f0%9f%98%80|😀",
    })
    void unquotesAsPythonDoes(String text, String decoded) {
        assertThat(UrlText.unquote(text)).isEqualTo(decoded);
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
