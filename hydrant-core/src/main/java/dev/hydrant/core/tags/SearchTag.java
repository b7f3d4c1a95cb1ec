package dev.hydrant.core.tags;

import java.util.Objects;

/**
 * One cleaned tag term of a search, as the Client API reads a {@code tags} search list: a leading
 * {@code -} on the raw text (checked before cleaning) makes it negated.
 *
 * @param tag     the cleaned tag, never with an empty subtag
 * @param negated whether the raw term started with {@code -}
 */
public record SearchTag(String tag, boolean negated) {

    public SearchTag {
        Objects.requireNonNull(tag, "tag");
    }

    /**
     * Whether this term matches a whole namespace: its subtag is exactly {@code *}. {@code series:*}
     * stands for namespace {@code series}, a bare {@code *} for the empty namespace.
     */
    public boolean isNamespaceSearch() {
        return Tag.parse(tag).subtag().equals("*");
    }

    /** Whether this term is a wildcard pattern: it contains {@code *} and is not a namespace search. */
    public boolean isWildcardSearch() {
        return tag.indexOf('*') >= 0 && !isNamespaceSearch();
    }

    /** The namespace a {@linkplain #isNamespaceSearch() namespace search} stands for. */
    public String searchedNamespace() {
        return Tag.parse(tag).namespace();
    }
}
