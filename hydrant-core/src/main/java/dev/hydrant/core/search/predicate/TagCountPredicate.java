package dev.hydrant.core.search.predicate;

import java.util.Objects;
import java.util.Optional;

/**
 * The number of tags a file has: {@code system:number of tags > 3}, {@code system:has tags}
 * ({@code > 0}), {@code system:untagged} ({@code = 0}), or counted in one namespace:
 * {@code system:number of creator tags > 0}, {@code system:number of unnamespaced tags = 1}.
 *
 * @param namespace empty to count every tag; {@code ""} for unnamespaced tags only; else a namespace
 */
public record TagCountPredicate(Optional<String> namespace, Operator operator, long count)
        implements SystemPredicate {
    public TagCountPredicate {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(operator, "operator");
    }
}
