package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Python string semantics the tag rules lean on, code point by code point, against tables
 * Python wrote: {@code str.lower}, {@code str.casefold}, {@code str.isspace}, {@code str.isdecimal} with
 * {@code int}, and the Final_Sigma context of {@code lower}. Only code points assigned in Python's
 * Unicode version are checked; later additions may legitimately differ.
 */
class PythonUnicodeTablesTest {

    /**
     * Code points whose properties changed between Python's Unicode version and the running JDK's:
     * U+1171E AHOM CONSONANT SIGN MEDIAL RA went from Mn (case-ignorable) to Mc in Unicode 15.1.
     */
    private static final Set<Integer> CHANGED_SINCE_PYTHONS_UNICODE = Set.of(0x1171E);

    private static JsonNode tables;
    private static BitSet assigned;

    @BeforeAll
    static void load() {
        tables = PythonExpectations.unicodeTables();
        assigned = PythonExpectations.ranges(tables.get("assigned"));
    }

    @Test
    void tablesCoverTheWholeAssignedRange() {
        assertThat(assigned.cardinality()).isGreaterThan(140_000);
        assertThat(tables.get("unicode").asText()).isNotBlank();
    }

    @Test
    void lowerMatchesPythonForEveryAssignedCodePoint() {
        assertSameMapping(mapping("lower"), PythonCase::lower);
    }

    @Test
    void casefoldMatchesPythonForEveryAssignedCodePoint() {
        assertSameMapping(mapping("casefold"), PythonCase::casefold);
    }

    @Test
    void whitespaceIsPythonsIsspace() {
        BitSet expected = new BitSet();
        tables.get("space").forEach(cp -> expected.set(cp.asInt()));
        List<String> mismatches = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            if (UnicodeProperties.isSpace(cp) != expected.get(cp)) {
                mismatches.add(Integer.toHexString(cp));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void decimalDigitsAndTheirValuesArePythons() {
        BitSet expected = new BitSet();
        Map<Integer, Integer> values = new HashMap<>();
        for (JsonNode range : tables.get("decimal")) {
            int first = range.get(0).asInt();
            for (int cp = first; cp <= range.get(1).asInt(); cp++) {
                expected.set(cp);
                values.put(cp, range.get(2).asInt() + cp - first);
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (int cp = assigned.nextSetBit(0); cp >= 0; cp = assigned.nextSetBit(cp + 1)) {
            boolean decimal = UnicodeProperties.isDecimal(cp);
            if (decimal != expected.get(cp) || decimal && UnicodeProperties.decimalValue(cp) != values.get(cp)) {
                mismatches.add(Integer.toHexString(cp));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * For each code point c, whether Python lowers the Σ of "A c Σ", "1 c Σ" and "A Σ c" to the final
     * form: together these pin down Case_Ignorable and Cased as Python's Final_Sigma rule sees them.
     */
    @Test
    void finalSigmaContextIsPythons() {
        BitSet afterLetter = PythonExpectations.ranges(tables.get("sigma_final_after_letter"));
        BitSet afterDigit = PythonExpectations.ranges(tables.get("sigma_final_after_digit"));
        BitSet before = PythonExpectations.ranges(tables.get("sigma_final_before"));
        List<String> mismatches = new ArrayList<>();
        for (int cp = assigned.nextSetBit(0); cp >= 0; cp = assigned.nextSetBit(cp + 1)) {
            String c = Character.toString(cp);
            if (endsWithFinalSigma(PythonCase.lower("A" + c + "\u03a3")) != afterLetter.get(cp)
                    || endsWithFinalSigma(PythonCase.lower("1" + c + "\u03a3")) != afterDigit.get(cp)
                    || (PythonCase.lower("A\u03a3" + c).charAt(1) == '\u03c2') != before.get(cp)) {
                if (!CHANGED_SINCE_PYTHONS_UNICODE.contains(cp)) {
                    mismatches.add(Integer.toHexString(cp));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static boolean endsWithFinalSigma(String text) {
        return text.charAt(text.length() - 1) == '\u03c2';
    }

    private static Map<Integer, String> mapping(String name) {
        Map<Integer, String> mapping = new HashMap<>();
        for (JsonNode entry : tables.get(name)) {
            mapping.put(entry.get(0).asInt(), PythonExpectations.codePoints(entry.get(1)));
        }
        return mapping;
    }

    private static void assertSameMapping(Map<Integer, String> expected, java.util.function.UnaryOperator<String> actual) {
        List<String> mismatches = new ArrayList<>();
        for (int cp = assigned.nextSetBit(0); cp >= 0; cp = assigned.nextSetBit(cp + 1)) {
            String c = Character.toString(cp);
            String want = expected.getOrDefault(cp, c);
            String got = actual.apply(c);
            if (!want.equals(got)) {
                mismatches.add(Integer.toHexString(cp) + ": want " + PythonExpectations.describe(want)
                        + " got " + PythonExpectations.describe(got));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
