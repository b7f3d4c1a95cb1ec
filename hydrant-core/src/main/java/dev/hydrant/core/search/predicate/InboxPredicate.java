package dev.hydrant.core.search.predicate;

/**
 * {@code system:inbox} or {@code system:archive}/{@code system:archived}.
 *
 * @param inbox true for files in the inbox, false for archived files
 */
public record InboxPredicate(boolean inbox) implements SystemPredicate {
}
