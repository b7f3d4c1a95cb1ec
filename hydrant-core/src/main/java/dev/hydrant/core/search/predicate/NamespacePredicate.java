package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * A file has (or does not have) any tag in a namespace: the term {@code series:*}. The bare term
 * {@code *} is the empty namespace, and {@code *:*} the namespace {@code *}, exactly as hydrus splits
 * them; the evaluator gives both their meaning.
 *
 * @param namespace the namespace before {@code :*}
 * @param inclusive false for a negated term
 */
public record NamespacePredicate(String namespace, boolean inclusive) implements SearchPredicate {
    public NamespacePredicate {
        Objects.requireNonNull(namespace, "namespace");
    }
}
