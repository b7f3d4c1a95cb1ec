package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:filesize > 20 kilobytes}.
 *
 * @param bytes  the value in bytes (amount × unit)
 * @param amount the number as written
 * @param unit   the unit as written
 */
public record FileSizePredicate(Operator operator, long bytes, long amount, SizeUnit unit)
        implements SystemPredicate {
    public FileSizePredicate {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(unit, "unit");
    }
}
