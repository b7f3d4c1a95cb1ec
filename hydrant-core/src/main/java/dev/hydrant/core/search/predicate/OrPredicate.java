package dev.hydrant.core.search.predicate;

import java.util.List;

/**
 * A file matches at least one of these terms (a nested list in the {@code tags} argument). The list
 * may be empty, as hydrus allows; it may itself hold OR groups.
 */
public record OrPredicate(List<SearchPredicate> alternatives) implements SearchPredicate {
    public OrPredicate {
        alternatives = List.copyOf(alternatives);
    }
}
