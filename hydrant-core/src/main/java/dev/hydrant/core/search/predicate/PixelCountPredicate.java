package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:num pixels ~= 19 kilopixels}.
 *
 * @param pixels the value in pixels (amount × unit)
 * @param amount the number as written
 * @param unit   the unit as written
 */
public record PixelCountPredicate(Operator operator, long pixels, long amount, PixelUnit unit)
        implements SystemPredicate {
    public PixelCountPredicate {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(unit, "unit");
    }
}
