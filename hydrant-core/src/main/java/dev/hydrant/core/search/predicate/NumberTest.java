package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * Hydrus's {@code NumberTest}: an operator and a value, tested against a file's number, which may be
 * missing. A missing number counts as zero for the tests that zero would pass, which is why
 * {@code system:duration < 5 seconds} also finds images.
 *
 * <p>{@link Operator#APPROX} is hydrus's "approximate percent" test: within {@value #APPROX_FRACTION}
 * of the value either way.
 *
 * @param operator the comparison
 * @param value    the number compared with, in the unit of the property (pixels, milliseconds...)
 */
public record NumberTest(Operator operator, long value) {

    /** The tolerance of {@link Operator#APPROX}: 15% of the value. */
    public static final double APPROX_FRACTION = 0.15;

    public NumberTest {
        Objects.requireNonNull(operator, "operator");
    }

    /** {@code > 0}, what {@code system:has ...} means. */
    public static NumberTest present() {
        return new NumberTest(Operator.GREATER, 0);
    }

    /** {@code = 0}, what {@code system:no ...} means. */
    public static NumberTest absent() {
        return new NumberTest(Operator.EQUAL, 0);
    }

    /**
     * Whether a file's number passes, as hydrus decides it.
     *
     * @param number the file's number, or null when the file has none
     */
    public boolean test(Long number) {
        return switch (operator) {
            case LESS -> number == null ? value > 0 : number < value;
            case LESS_OR_EQUAL -> number == null ? value >= 0 : number <= value;
            case GREATER -> number == null ? value < 0 : number > value;
            case GREATER_OR_EQUAL -> number == null ? value <= 0 : number >= value;
            case EQUAL -> number == null ? value == 0 : number == value;
            case NOT_EQUAL -> number == null ? value != 0 : number != value;
            case APPROX -> {
                double lower = value * (1 - APPROX_FRACTION);
                double upper = value * (1 + APPROX_FRACTION);
                if (lower <= 0) {
                    yield number == null || number <= upper;
                }
                yield number != null && lower <= number && number <= upper;
            }
        };
    }
}
