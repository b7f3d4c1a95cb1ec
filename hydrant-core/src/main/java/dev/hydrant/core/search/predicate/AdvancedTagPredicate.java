package dev.hydrant.core.search.predicate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code system:has tag in "my tags", ignoring siblings/parents, with status in current, pending: "tag"}
 * and {@code system:does not have tag ...}.
 *
 * @param service      the tag service; empty for all known tags
 * @param storageTags  true when siblings and parents are ignored (storage tags), false for display tags
 * @param statuses     never empty (current and pending unless the text names others)
 * @param tag          the cleaned tag; hydrus's literal {@code invalid tag} when the text gave an empty one
 * @param inclusive    false for {@code does not have tag}
 */
public record AdvancedTagPredicate(Optional<ServiceRef> service, boolean storageTags, Set<TagStatus> statuses,
                                   String tag, boolean inclusive) implements SystemPredicate {
    public AdvancedTagPredicate {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(tag, "tag");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("no statuses");
        }
        statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
    }
}
