package dev.hydrant.core.search;

import dev.hydrant.core.search.predicate.SearchPredicate;
import dev.hydrant.core.search.predicate.TagPredicate;
import java.util.List;

/**
 * The predicates of one search, in the order hydrus builds them: OR groups, then system predicates in
 * the order given, then tags, then negated tags (each tag once). A file matches when it matches all.
 */
public record SearchTerms(List<SearchPredicate> predicates) {

    public SearchTerms {
        predicates = List.copyOf(predicates);
    }

    /** An empty search: hydrus answers it with no files, without looking. */
    public boolean isEmpty() {
        return predicates.isEmpty();
    }

    /**
     * Whether a plain, non-negated tag is among the top-level terms (wildcards, namespaces and OR groups
     * do not count). Without one, hydrus requires permission to see all files.
     */
    public boolean hasInclusiveTag() {
        return predicates.stream().anyMatch(p -> p instanceof TagPredicate tag && tag.inclusive());
    }
}
