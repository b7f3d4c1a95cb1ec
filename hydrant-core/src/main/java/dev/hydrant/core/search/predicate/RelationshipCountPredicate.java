package dev.hydrant.core.search.predicate;

import java.util.Objects;

/** {@code system:number of file relationships = 0 duplicates}. */
public record RelationshipCountPredicate(Operator operator, long count, RelationshipKind kind)
        implements SystemPredicate {
    public RelationshipCountPredicate {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(kind, "kind");
    }
}
