package dev.hydrant.core.tags;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TagDisplayRulesTest {
    private static Map.Entry<String, String> p(String a, String b) {
        return Map.entry(a, b);
    }

    @Test
    void chainsCollapseToTheIdealAndParentsApplyToIdeals() {
        TagDisplayRules rules = TagDisplayRules.of(
                List.of(p("a", "b"), p("b", "c"), p("a", "z"), p("c", "a")),
                List.of(p("a", "parent"), p("parent", "grand")));
        assertThat(rules.ideal("a")).isEqualTo("c");
        assertThat(rules.ideal("b")).isEqualTo("c");
        assertThat(rules.ideal("c")).isEqualTo("c");
        assertThat(rules.chain("b")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(rules.ancestors("a")).containsExactly("parent", "grand");
        assertThat(rules.descendants("grand")).containsExactlyInAnyOrder("parent", "c");
        assertThat(rules.display(List.of("a", "other"), true)).containsExactly("c", "parent", "grand", "other");
        assertThat(rules.display(List.of("a"), false)).containsExactly("c");
        assertThat(rules.storageTagsShowing("grand")).containsExactlyInAnyOrder("grand", "parent", "a", "b", "c");
        assertThat(rules.isChained("other")).isFalse();
    }

    @Test
    void parentCyclesDoNotHang() {
        TagDisplayRules rules = TagDisplayRules.of(List.of(), List.of(p("x", "y"), p("y", "x")));
        assertThat(rules.ancestors("x")).containsExactly("y");
    }
}
