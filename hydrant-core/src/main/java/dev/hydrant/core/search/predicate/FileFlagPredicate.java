package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:has audio}, {@code system:no exif}, {@code system:has forced filetype}...
 *
 * @param has false for the {@code no ...} forms
 */
public record FileFlagPredicate(FileFlag flag, boolean has) implements SystemPredicate {
    public FileFlagPredicate {
        Objects.requireNonNull(flag, "flag");
    }
}
