package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * A file has (or does not have) a tag matching a pattern in which {@code *} stands for any run of
 * characters ({@code blue*}, {@code *square}, {@code creator:a*}).
 *
 * @param pattern   the cleaned pattern, with its namespace part if any
 * @param inclusive false for a negated term
 */
public record WildcardPredicate(String pattern, boolean inclusive) implements SearchPredicate {
    public WildcardPredicate {
        Objects.requireNonNull(pattern, "pattern");
    }
}
