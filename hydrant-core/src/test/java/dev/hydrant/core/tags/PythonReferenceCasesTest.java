package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random tags full of awkward characters, cleaned, and random pairs of texts, human-
 * compared, by the Python restatement of the rules in {@code make_tag_expectations.py}, where Python
 * itself supplies lower, casefold, whitespace, isdecimal and int.
 */
class PythonReferenceCasesTest {

    @Test
    void cleanTagMatchesPython() {
        List<JsonNode> cases = PythonExpectations.jsonLines("python-clean-tag-cases.jsonl");
        assertThat(cases).hasSizeGreaterThan(4000);
        List<String> mismatches = new ArrayList<>();
        for (JsonNode row : cases) {
            String input = row.get("in").asText();
            String want = row.get("out").asText();
            String got = TagCleaner.clean(input);
            if (!want.equals(got)) {
                mismatches.add(PythonExpectations.describe(input) + ": want " + PythonExpectations.describe(want)
                        + " got " + PythonExpectations.describe(got));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void humanOrderMatchesPython() {
        List<JsonNode> cases = PythonExpectations.jsonLines("python-human-order-cases.jsonl");
        assertThat(cases).hasSize(4000);
        List<String> mismatches = new ArrayList<>();
        for (JsonNode row : cases) {
            String a = row.get("a").asText();
            String b = row.get("b").asText();
            int want = row.get("cmp").asInt();
            int got = Integer.signum(HumanTextOrder.INSTANCE.compare(a, b));
            if (want != got) {
                mismatches.add(PythonExpectations.describe(a) + " vs " + PythonExpectations.describe(b)
                        + ": want " + want + " got " + got + " keys " + HumanSortKey.of(a) + " / " + HumanSortKey.of(b));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
