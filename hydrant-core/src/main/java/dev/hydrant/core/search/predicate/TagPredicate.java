package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * A file has (or, when not inclusive, does not have) this exact tag.
 *
 * @param tag       a cleaned tag, never with an empty subtag
 * @param inclusive false for a negated term ({@code -tag})
 */
public record TagPredicate(String tag, boolean inclusive) implements SearchPredicate {
    public TagPredicate {
        Objects.requireNonNull(tag, "tag");
    }
}
