package dev.hydrant.index;

import dev.hydrant.core.tags.TagTextPattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The word index must find exactly what the reference matcher ({@link TagTextPattern#matches}) accepts. */
class TagWordIndexTest {
    private static final String[] PARTS = {"a", "b", "ab", "blue", "blu", "e", " ", "_", "-", ":", "(", "x", "é", "1"};
    private static final String[] NAMESPACES = {"", "", "series", "creator", "s"};

    private static String text(SplittableRandom r, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(PARTS[r.nextInt(PARTS.length)]);
        }
        return b.toString().strip();
    }

    @Test
    void agreesWithTheReferenceMatcherAcrossTailMerges() {
        SplittableRandom r = new SplittableRandom(7);
        TagWordIndex index = new TagWordIndex();
        List<String> tags = new ArrayList<>();
        for (int i = 1; i <= 6000; i++) {
            String subtag = text(r, 5);
            if (subtag.isEmpty() || subtag.startsWith(":")) {
                continue;
            }
            String ns = NAMESPACES[r.nextInt(NAMESPACES.length)];
            String tag = ns.isEmpty() ? subtag : ns + ":" + subtag;
            if (!tags.contains(tag)) {
                tags.add(tag);
                index.add(tags.size(), tag);
            }
        }
        for (int q = 0; q < 400; q++) {
            String typed = text(r, 3).replace(":", "");
            if (typed.isEmpty()) {
                continue;
            }
            String ns = r.nextInt(3) == 0 ? NAMESPACES[r.nextInt(NAMESPACES.length)] : "";
            String search = (ns.isEmpty() ? "" : ns + ":") + typed + (r.nextInt(4) == 0 ? "*b*" : "*");
            TagTextPattern pattern = TagTextPattern.of(search);
            TreeSet<Integer> expected = new TreeSet<>();
            for (int i = 0; i < tags.size(); i++) {
                if (pattern.matches(tags.get(i))) {
                    expected.add(i + 1);
                }
            }
            TreeSet<Integer> found = new TreeSet<>();
            index.matching(pattern, found::add);
            assertThat(found).as(search).isEqualTo(expected);
        }
    }

    @Test
    void idsAndTexts() {
        TagWordIndex index = new TagWordIndex();
        index.add(5, "series:blue moon");
        assertThat(index.text(5)).isEqualTo("series:blue moon");
        assertThat(index.idOf("series:blue moon")).hasValue(5);
        assertThat(index.idOf("nope")).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }
}
