package dev.hydrant.core.search.predicate;

import java.util.Objects;
import java.util.Set;

/**
 * File viewing statistics: {@code system:views in media ~= 3}, {@code system:media views > 2},
 * {@code system:viewtime in media > 10 seconds}, {@code system:all viewtime < 1 minute}.
 *
 * @param canvases where the views are counted, summed; empty means "the user's interesting canvas
 *                 types" (hydrus's option), which the evaluator supplies
 * @param value    a number of views, or a viewing time in seconds
 */
public record ViewingPredicate(ViewingMeasure measure, Set<ViewCanvas> canvases, Operator operator, long value)
        implements SystemPredicate {
    public ViewingPredicate {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(operator, "operator");
        canvases = Set.copyOf(canvases);
    }
}
