package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every URL system predicate through {@code /get_files/search_files}, following associate_url writes. */
class UrlSearchHttpTest {
    private static final String GELBOORU = "https://gelbooru.com/index.php?id=999&page=post&s=view";

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Four files: A has two URLs (a subdomain of example.com and a gelbooru post), B and C one, D none. */
    private record Library(KeyedApiClient api, String a, String b, String c, String d) {
        List<String> find(String... predicates) throws Exception {
            StringBuilder tags = new StringBuilder("[");
            for (int i = 0; i < predicates.length; i++) {
                tags.append(i == 0 ? "" : ",").append('"').append(predicates[i].replace("\\", "\\\\")).append('"');
            }
            JsonNode json = KeyedApiClient.ok(api.get("/get_files/search_files?return_hashes=true&tags="
                    + q(tags.append(']').toString())));
            List<String> out = new ArrayList<>();
            json.get("hashes").forEach(h -> out.add(h.asText()));
            return out;
        }

        /** The files found, as their letters in alphabetical order (the search's own order is by import time). */
        String letters(String... predicates) throws Exception {
            List<String> found = new ArrayList<>();
            for (String h : find(predicates)) {
                found.add(h.equals(a) ? "A" : h.equals(this.b) ? "B" : h.equals(c) ? "C" : h.equals(d) ? "D" : "?");
            }
            assertThat(found).doesNotHaveDuplicates();
            return String.join("", found.stream().sorted().toList());
        }

        RawHttp.Response raw(String predicate) throws Exception {
            return api.get("/get_files/search_files?tags=" + q("[\"" + predicate + "\"]"));
        }
    }

    private static Library library(TestServer server) throws Exception {
        KeyedApiClient api = new KeyedApiClient(server);
        List<String> h = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            h.add(KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(6 + i, 5, i))).get("hash").asText());
        }
        KeyedApiClient.ok(api.post("/add_urls/associate_url", Map.of("hash", h.get(0), "urls_to_add",
                List.of("https://img3.example.com/images/1.png", "http://www.gelbooru.com/index.php?page=post&s=view&id=999"))));
        KeyedApiClient.ok(api.post("/add_urls/associate_url", Map.of("hash", h.get(1),
                "url_to_add", "https://www.example.com/Page")));
        KeyedApiClient.ok(api.post("/add_urls/associate_url", Map.of("hash", h.get(2),
                "url_to_add", "https://example.community/post/7")));
        return new Library(api, h.get(0), h.get(1), h.get(2), h.get(3));
    }

    @Test
    void exactUrlsMatchTheStoredTextAfterHydrusLowerCasesThePredicate() throws Exception {
        try (TestServer server = TestServer.start()) {
            Library lib = library(server);
            assertThat(lib.letters("system:has url " + GELBOORU)).isEqualTo("A");
            assertThat(lib.letters("system:has url: https://img3.example.com/images/1.png")).isEqualTo("A");
            assertThat(lib.letters("system:does not have url " + GELBOORU)).isEqualTo("BCD");
            // B's URL was stored with a capital; the predicate text is lower-cased, as in hydrus
            assertThat(lib.letters("system:has url https://www.example.com/Page")).isEmpty();
            assertThat(lib.letters("system:has url https://example.com/nothing")).isEmpty();
        }
    }

    @Test
    void domainsMatchThemselvesAndTheirSubdomains() throws Exception {
        try (TestServer server = TestServer.start()) {
            Library lib = library(server);
            assertThat(lib.letters("system:has domain example.com")).isEqualTo("AB");
            assertThat(lib.letters("system:has a url with domain www.example.com")).isEqualTo("AB");
            assertThat(lib.letters("system:has domain img3.example.com")).isEqualTo("A");
            assertThat(lib.letters("system:has domain example.community")).isEqualTo("C");
            assertThat(lib.letters("system:has domain ample.com")).isEmpty();
            assertThat(lib.letters("system:does not have domain example.com")).isEqualTo("CD");
            assertThat(lib.letters("system:doesn't have a url with domain gelbooru.com")).isEqualTo("BCD");
        }
    }

    @Test
    void regexesSearchEveryUrlAndRunawayOrBrokenOnesAreRefused() throws Exception {
        try (TestServer server = TestServer.start()) {
            Library lib = library(server);
            assertThat(lib.letters("system:has url matching regex example")).isEqualTo("ABC");
            assertThat(lib.letters("system:has a url matching regex \\.png$")).isEqualTo("A");
            assertThat(lib.letters("system:has url matching regex ^https://[^/]*example\\.com(/|$)")).isEqualTo("AB");
            assertThat(lib.letters("system:does not have a url matching regex id=\\d+")).isEqualTo("BCD");
            assertThat(lib.letters("system:doesn't have a url matching regex .")).isEqualTo("D");

            RawHttp.Response broken = lib.raw("system:has url matching regex (unclosed");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(broken).get("error").asText()).isEqualTo(
                    "Problem when trying to parse this system predicate: \"system:has url matching regex (unclosed\"!");

            KeyedApiClient.ok(lib.api().post("/add_urls/associate_url", Map.of("hash", lib.d(),
                    "url_to_add", "https://example.net/" + "a".repeat(40))));
            // polynomial backtracking (about 40^5 steps on that URL): stopped by the read budget
            RawHttp.Response runaway = lib.raw("system:has url matching regex a*a*a*a*a*b");
            assertThat(runaway.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(runaway).get("error").asText()).contains("needs too much work");
            assertThat(lib.letters("system:has url matching regex a{40}")).isEqualTo("D");
        }
    }

    @Test
    void urlClassesMatchTheUrlsTheyWouldMatch() throws Exception {
        try (TestServer server = TestServer.start()) {
            Library lib = library(server);
            assertThat(lib.letters("system:has a url with class gelbooru file page")).isEqualTo("A");
            assertThat(lib.letters("system:has url with class Gelbooru File Page")).isEqualTo("A");
            assertThat(lib.letters("system:does not have a url with class gelbooru file page")).isEqualTo("BCD");
            assertThat(lib.letters("system:has a url with class danbooru file page")).isEmpty();
            RawHttp.Response unknown = lib.raw("system:has a url with class no such class");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(KeyedApiClient.json(unknown).get("error").asText())
                    .isEqualTo("Could not parse system predicate \"system:has a url with class no such class\"!");
        }
    }

    @Test
    void urlCountsFollowEveryWrite() throws Exception {
        try (TestServer server = TestServer.start()) {
            Library lib = library(server);
            assertThat(lib.letters("system:has urls")).isEqualTo("ABC");
            assertThat(lib.letters("system:no urls")).isEqualTo("D");
            assertThat(lib.letters("system:number of urls = 2")).isEqualTo("A");
            assertThat(lib.letters("system:number of urls > 1")).isEqualTo("A");
            assertThat(lib.letters("system:number of urls < 2")).isEqualTo("BCD");
            assertThat(lib.letters("system:num urls = 0")).isEqualTo("D");
            assertThat(lib.letters("system:has urls", "system:has domain example.com")).isEqualTo("AB");

            // a second file for the same URL, then removals: counts, domains and classes follow
            KeyedApiClient.ok(lib.api().post("/add_urls/associate_url", Map.of("hashes", List.of(lib.b(), lib.d()),
                    "url_to_add", GELBOORU)));
            assertThat(lib.letters("system:has a url with class gelbooru file page")).isEqualTo("ABD");
            assertThat(lib.letters("system:number of urls = 2")).isEqualTo("AB");
            KeyedApiClient.ok(lib.api().post("/add_urls/associate_url", Map.of("hashes", List.of(lib.a(), lib.d()),
                    "url_to_delete", GELBOORU)));
            assertThat(lib.letters("system:has a url with class gelbooru file page")).isEqualTo("B");
            assertThat(lib.letters("system:has url " + GELBOORU)).isEqualTo("B");
            assertThat(lib.letters("system:no urls")).isEqualTo("D");
            assertThat(lib.letters("system:number of urls = 1")).isEqualTo("AC");

            // a trashed file leaves the default domain, whatever its URLs
            KeyedApiClient.ok(lib.api().post("/add_files/delete_files", Map.of("hash", lib.a())));
            assertThat(lib.letters("system:has domain example.com")).isEqualTo("B");
        }
    }
}
