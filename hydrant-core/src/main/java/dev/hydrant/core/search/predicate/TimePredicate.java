package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:import time < 1 day}, {@code system:modified date > 2011-06-04},
 * {@code system:archived time since 3 days ago}.
 *
 * <p>The operator compares the value as hydrus does: for a {@link TimeValue.CalendarDate} {@code <}
 * means earlier than the date; for a {@link TimeValue.Age} {@code <} means "less than that long ago",
 * that is more recent. An age never has {@code =} (hydrus turns it into {@link Operator#APPROX}).
 */
public record TimePredicate(TimeField field, Operator operator, TimeValue value) implements SystemPredicate {
    public TimePredicate {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }
}
