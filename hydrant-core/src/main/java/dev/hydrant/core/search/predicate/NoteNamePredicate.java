package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:has note with name comment}, {@code system:no note with name "source"}.
 *
 * @param has  false for the {@code no}/{@code does not have} forms
 * @param name the note name, lower-cased, without surrounding quotes
 */
public record NoteNamePredicate(boolean has, String name) implements SystemPredicate {
    public NoteNamePredicate {
        Objects.requireNonNull(name, "name");
    }
}
