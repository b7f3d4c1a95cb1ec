package dev.hydrant.core.tags;

import static dev.hydrant.core.tags.TagFilter.Rule.ALLOW;
import static dev.hydrant.core.tags.TagFilter.Rule.BLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link TagFilter#allows} follows hydrus's {@code TagFilter._TagOK} precedence (whole tag, then namespace, then
 * the "all (un)namespaced" slices) and {@link TagFilter#toPermittedString} gives hydrus's
 * {@code ToPermittedString} sentences, quirks included (the "disllowing" typo, the dangling "and").
 */
class TagFilterTest {

    private static TagFilter filter(Object... sliceRulePairs) {
        Map<String, TagFilter.Rule> rules = new LinkedHashMap<>();
        for (int i = 0; i < sliceRulePairs.length; i += 2) {
            rules.put((String) sliceRulePairs[i], (TagFilter.Rule) sliceRulePairs[i + 1]);
        }
        return TagFilter.of(rules);
    }

    @Test
    void anEmptyFilterAllowsEverything() {
        TagFilter f = TagFilter.allowingEverything();
        assertThat(f.allowsEverything()).isTrue();
        assertThat(f.allows("anything")).isTrue();
        assertThat(f.allows("ns:anything")).isTrue();
        assertThat(f.toPermittedString()).isEqualTo("allowing all tags");
    }

    @Test
    void onlyAllowRulesStillAllowEverything() {
        TagFilter f = filter("series:", ALLOW, "safe", ALLOW);
        assertThat(f.allowsEverything()).isTrue();
        assertThat(f.toPermittedString()).isEqualTo("allowing all tags");
    }

    @Test
    void aWhitelistOfOneNamespace() {
        TagFilter f = filter("", BLOCK, ":", BLOCK, "series:", ALLOW);
        assertThat(f.allowsEverything()).isFalse();
        assertThat(f.allows("series:evangelion")).isTrue();
        assertThat(f.allows("character:rei")).isFalse();
        assertThat(f.allows("plain")).isFalse();
        assertThat(f.toPermittedString()).isEqualTo("only allowing 'series' tags");
    }

    @Test
    void aWholeTagRuleBeatsItsNamespaceRule() {
        TagFilter f = filter("rating:", BLOCK, "rating:safe", ALLOW);
        assertThat(f.allows("rating:safe")).isTrue();
        assertThat(f.allows("rating:explicit")).isFalse();
        assertThat(f.allows("other:x")).isTrue();
        assertThat(f.allows("plain")).isTrue();
        assertThat(f.toPermittedString()).isEqualTo("allowing all tags except 'rating' tags while still allowing rating:safe");
    }

    @Test
    void aNamespaceRuleBeatsTheAllNamespacedRule() {
        TagFilter f = filter(":", BLOCK, "series:", ALLOW, "series:spoiler", BLOCK);
        assertThat(f.allows("series:x")).isTrue();
        assertThat(f.allows("series:spoiler")).isFalse();
        assertThat(f.allows("creator:x")).isFalse();
        assertThat(f.allows("plain")).isTrue();
        assertThat(f.toPermittedString())
                .isEqualTo("allowing all unnamespaced tags and 'series' tags while still disallowing series:spoiler");
    }

    @Test
    void aTagWithALeadingColonIsUnnamespaced() {
        // hydrus's SplitTag("::)") is ("", ":)"): the unnamespaced rule applies, not the namespaced one
        TagFilter blockUnnamespaced = filter("", BLOCK);
        assertThat(blockUnnamespaced.allows("::)")).isFalse();
        assertThat(blockUnnamespaced.allows("series:x")).isTrue();
        TagFilter blockNamespaced = filter(":", BLOCK);
        assertThat(blockNamespaced.allows("::)")).isTrue();
        assertThat(blockNamespaced.allows("series:x")).isFalse();
    }

    @Test
    void aTagWithSeveralColonsHasTheNamespaceBeforeTheFirst() {
        TagFilter f = filter("a:", BLOCK);
        assertThat(f.allows("a:b:c")).isFalse();
        assertThat(f.allows("b:a:c")).isTrue();
    }

    @Test
    void permittedStringsOfTheBlockAllCase() {
        assertThat(filter("", BLOCK, ":", BLOCK).toPermittedString()).isEqualTo("not allowing any tags");
        assertThat(filter("", BLOCK, ":", BLOCK, "series:", ALLOW, "character:", ALLOW, "series:evil", BLOCK)
                .toPermittedString())
                .isEqualTo("only allowing 'character' tags, 'series' tags while still disallowing series:evil");
    }

    @Test
    void permittedStringsOfTheBlockOneSideCase() {
        assertThat(filter("", BLOCK).toPermittedString()).isEqualTo("allowing all namespaced tags");
        assertThat(filter(":", BLOCK, "safe", ALLOW).toPermittedString()).isEqualTo("allowing all unnamespaced tags and safe");
        assertThat(filter("", BLOCK, "creator:", BLOCK, "title:x", ALLOW).toPermittedString())
                .isEqualTo("allowing all namespaced tags and title:x while still disallowing 'creator' tags");
        // hydrus appends " and " for a whitelist that only holds the other "all" slice
        assertThat(filter("", BLOCK, ":", ALLOW).toPermittedString()).isEqualTo("allowing all namespaced tags and ");
    }

    @Test
    void permittedStringsOfTheBlockSomeCase() {
        assertThat(filter("rating:explicit", BLOCK, "gore", BLOCK).toPermittedString())
                .isEqualTo("allowing all tags except gore, rating:explicit");
    }

    @Test
    void moreThanTwelveRulesAreCounted() {
        Object[] thirteenBlocks = new Object[26];
        Object[] thirteenAllows = new Object[26];
        for (int i = 0; i < 13; i++) {
            thirteenBlocks[2 * i] = "tag" + i;
            thirteenBlocks[2 * i + 1] = BLOCK;
            thirteenAllows[2 * i] = "ns" + i + ":";
            thirteenAllows[2 * i + 1] = ALLOW;
        }
        assertThat(filter(thirteenBlocks).toPermittedString()).isEqualTo("allowing all tags except on 13 rules");

        Map<String, TagFilter.Rule> onlyMany = new LinkedHashMap<>(filter(thirteenAllows).rules());
        onlyMany.put("", BLOCK);
        onlyMany.put(":", BLOCK);
        assertThat(TagFilter.of(onlyMany).toPermittedString()).isEqualTo("only allowing on 13 rules");

        Map<String, TagFilter.Rule> disallowingMany = new LinkedHashMap<>(filter(thirteenBlocks).rules());
        disallowingMany.put("", BLOCK);
        disallowingMany.put(":", BLOCK);
        disallowingMany.put("a", ALLOW);
        // hydrus's own spelling
        assertThat(TagFilter.of(disallowingMany).toPermittedString()).isEqualTo("only allowing a while still disllowing 13 rules");

        Map<String, TagFilter.Rule> namespacedAndMany = new LinkedHashMap<>(filter(thirteenAllows).rules());
        namespacedAndMany.put("", BLOCK);
        assertThat(TagFilter.of(namespacedAndMany).toPermittedString()).isEqualTo("allowing all namespaced tags and 13 other rules");
    }

    @Test
    void equalityIsByRules() {
        assertThat(filter("a", BLOCK)).isEqualTo(filter("a", BLOCK)).hasSameHashCodeAs(filter("a", BLOCK));
        assertThat(filter("a", BLOCK)).isNotEqualTo(filter("a", ALLOW));
    }
}
