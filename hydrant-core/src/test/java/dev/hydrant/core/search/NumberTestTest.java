package dev.hydrant.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hydrus's number-test semantics, including how a missing number (null) is treated. The ≈ bounds are
 * computed in floating point as hydrus computes them: 100 × 1.15 is just under 115.
 */
class NumberTestTest {

    @ParameterizedTest(name = "{0} {1} against {2} → {3}")
    @CsvSource(nullValues = "none", value = {
        "LESS,5,4,true", "LESS,5,5,false", "LESS,5,none,true", "LESS,0,none,false",
        "LESS_OR_EQUAL,5,5,true", "LESS_OR_EQUAL,0,none,true", "LESS_OR_EQUAL,-1,none,false",
        "GREATER,0,1,true", "GREATER,0,0,false", "GREATER,0,none,false", "GREATER,-1,none,true",
        "GREATER_OR_EQUAL,5,5,true", "GREATER_OR_EQUAL,0,none,true", "GREATER_OR_EQUAL,1,none,false",
        "EQUAL,0,none,true", "EQUAL,0,0,true", "EQUAL,3,none,false", "EQUAL,3,3,true",
        "NOT_EQUAL,0,none,false", "NOT_EQUAL,0,2,true", "NOT_EQUAL,3,none,true", "NOT_EQUAL,3,3,false",
        "APPROX,100,85,true", "APPROX,100,114,true", "APPROX,100,115,false", "APPROX,100,84,false", "APPROX,100,116,false",
        "APPROX,100,none,false", "APPROX,0,none,true", "APPROX,0,0,true", "APPROX,0,1,false"})
    void test(Operator op, long value, Long number, boolean passes) {
        assertThat(new NumberTest(op, value).test(number)).isEqualTo(passes);
    }
}
