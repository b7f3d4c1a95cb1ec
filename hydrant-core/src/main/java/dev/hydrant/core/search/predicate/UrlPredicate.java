package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * A test on a file's known URLs. The text is lower-cased with the rest of the predicate, as hydrus
 * lower-cases it (so a regex cannot ask for capitals).
 *
 * @param include false for the {@code does not have}/{@code doesn't have} forms
 * @param value   the URL, domain, regex, or URL class name
 */
public record UrlPredicate(boolean include, UrlRule rule, String value) implements SystemPredicate {
    public UrlPredicate {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
    }
}
