package dev.hydrant.index;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.urls.DomainMask;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.known.UrlMapping;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory URL data against a straightforward model, through thousands of random adds and removes. */
class UrlSearchIndexTest {
    private static final List<String> DOMAINS = List.of("example.com", "www.example.com", "img3.example.com",
            "example.community", "Example.com", "example.com:8080", "gelbooru.com", "unknown.com", "ex-ample.com");

    /** What the index should hold: URL → files, and the domain recorded for each URL. */
    private static final class Model {
        final Map<String, Set<Integer>> files = new HashMap<>();
        final Map<String, String> domains = new HashMap<>();

        RoaringBitmap filesWhere(java.util.function.Predicate<String> urlTest) {
            RoaringBitmap out = new RoaringBitmap();
            files.forEach((url, f) -> {
                if (urlTest.test(url)) {
                    f.forEach(out::add);
                }
            });
            return out;
        }

        int count(int file) {
            return (int) files.values().stream().filter(f -> f.contains(file)).count();
        }
    }

    private static String url(Random random, String domain) {
        return (random.nextBoolean() ? "https://" : "http://") + domain + "/post/" + random.nextInt(3000)
                + (random.nextInt(4) == 0 ? "/ünïcode" : "");
    }

    @Test
    void randomWritesKeepEveryQueryEqualToTheModel() {
        Random random = new Random(42);
        UrlSearchIndex index = new UrlSearchIndex(UrlClassCatalog.empty());
        Model model = new Model();
        List<String> known = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            // one commit: its rows were inserted, then others deleted (the order FileUrls writes in)
            List<UrlMapping> added = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                boolean reuse = !known.isEmpty() && random.nextInt(3) == 0;
                String url = reuse ? known.get(random.nextInt(known.size()))
                        : url(random, DOMAINS.get(random.nextInt(DOMAINS.size())));
                String domain = model.domains.computeIfAbsent(url, u -> DOMAINS.stream()
                        .filter(d -> u.contains("://" + d + "/")).findFirst().orElseThrow());
                int file = random.nextInt(random.nextBoolean() ? 40 : 5000);
                if (model.files.computeIfAbsent(url, u -> new java.util.HashSet<>()).add(file)) {
                    added.add(new UrlMapping(file, 0, url, domain));
                    known.add(url);
                }
            }
            List<UrlMapping> removed = new ArrayList<>();
            for (int i = 0; round > 0 && i < 60; i++) {
                String url = known.get(random.nextInt(known.size()));
                List<Integer> files = new ArrayList<>(model.files.get(url));
                if (!files.isEmpty()) {
                    int file = files.get(random.nextInt(files.size()));
                    model.files.get(url).remove(file);
                    removed.add(new UrlMapping(file, 0, url, model.domains.get(url)));
                }
            }
            if (round == 0) {
                added.forEach(index::load);
            } else {
                index.changed(added, removed);
            }
            check(index, model, known, random);
        }
        assertThat(index.urlCount()).isEqualTo(model.files.size());
    }

    private static void check(UrlSearchIndex index, Model model, List<String> known, Random random) {
        for (int i = 0; i < 20; i++) {
            String url = known.get(random.nextInt(known.size()));
            RoaringBitmap expected = new RoaringBitmap();
            model.files.get(url).forEach(expected::add);
            assertThat(index.filesWithUrl(url)).as(url).isEqualTo(expected);
        }
        assertThat(index.filesWithUrl("https://nowhere.example.org/")).isEqualTo(new RoaringBitmap());
        for (String domain : List.of("example.com", "www.example.com", "img3.example.com", "ample.com",
                "example.community", "Example.com", "unknown.com")) {
            DomainMask mask = DomainMask.withSubdomains(domain);
            Set<String> covered = new java.util.HashSet<>(DOMAINS.stream().filter(mask::matches).toList());
            assertThat(index.filesWithDomain(domain)).as(domain)
                    .isEqualTo(model.filesWhere(u -> covered.contains(model.domains.get(u))));
        }
        Pattern pattern = Pattern.compile("post/1\\d*/ü");
        assertThat(index.filesMatching("post/1\\d*/ü")).isEqualTo(model.filesWhere(u -> pattern.matcher(u).find()));
        Map<Integer, Integer> expected = new HashMap<>();
        model.files.values().forEach(files -> files.forEach(f -> expected.merge(f, 1, Integer::sum)));
        int[] counts = index.urlCounts();
        int[] actual = new int[5000];
        int[] wanted = new int[5000];
        for (int file = 0; file < 5000; file++) {
            actual[file] = file < counts.length ? counts[file] : 0;
            wanted[file] = expected.getOrDefault(file, 0);
        }
        assertThat(actual).isEqualTo(wanted);
    }

    @Test
    void subdomainMatchingFollowsHydrusDomainRules() {
        UrlSearchIndex index = new UrlSearchIndex(UrlClassCatalog.empty());
        String[] domains = {"example.com", "www.example.com", "img3.example.com", "example.community", "Example.com",
                "example.com:8080", "notexample.com"};
        List<UrlMapping> rows = new ArrayList<>();
        for (int i = 0; i < domains.length; i++) {
            rows.add(new UrlMapping(i, i, "https://" + domains[i] + "/x", domains[i]));
        }
        index.changed(rows, List.of());
        // the netloc is compared as recorded: another case or a port is another domain
        assertThat(ids(index.filesWithDomain("example.com"))).containsExactly(0, 1, 2);
        assertThat(ids(index.filesWithDomain("www.example.com"))).containsExactly(0, 1, 2);
        assertThat(ids(index.filesWithDomain("img3.example.com"))).containsExactly(2);
        assertThat(ids(index.filesWithDomain("example.com:8080"))).containsExactly(5);
        assertThat(ids(index.filesWithDomain("com"))).containsExactly(0, 1, 2, 4, 6);
    }

    private static int[] ids(RoaringBitmap b) {
        return b.toArray();
    }

    @Test
    void regexesThatBacktrackWithoutEndAreStoppedByTheirReadBudget() {
        BoundedRegex runaway = new BoundedRegex(Pattern.compile("a*a*a*a*a*b"), BoundedRegex.READS_PER_TEXT);
        assertThatThrownBy(() -> runaway.find("https://example.net/" + "a".repeat(40)))
                .isInstanceOf(BoundedRegex.TooExpensive.class);
        assertThat(runaway.find("https://example.net/aab")).isTrue();
        BoundedRegex plain = new BoundedRegex(Pattern.compile("example\\.net/a+$"), BoundedRegex.READS_PER_TEXT);
        assertThat(plain.find("https://example.net/" + "a".repeat(100_000))).isTrue();

        UrlSearchIndex index = new UrlSearchIndex(UrlClassCatalog.empty());
        index.changed(List.of(new UrlMapping(1, 1, "https://example.net/" + "a".repeat(40), "example.net")), List.of());
        assertThatThrownBy(() -> index.filesMatching("a*a*a*a*a*b")).isInstanceOf(ApiException.class)
                .hasMessageContaining("needs too much work");
    }
}
