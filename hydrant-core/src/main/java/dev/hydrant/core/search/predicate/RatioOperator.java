package dev.hydrant.core.search.predicate;

/** The comparisons of {@code system:ratio}. */
public enum RatioOperator {
    /** {@code =}, {@code is}, and the word {@code square} (1:1). */
    EQUAL,
    /** {@code ~=}/{@code ≈}. */
    APPROX,
    /** {@code wider than}, and the word {@code landscape} (wider than 1:1). */
    WIDER_THAN,
    /** {@code taller than}, and the word {@code portrait} (taller than 1:1). */
    TALLER_THAN
}
