package dev.hydrant.core.urls;

import java.util.Objects;
import java.util.Optional;

/**
 * One path segment a URL class expects, with the value normalisation fills in when a URL stops short of it (a
 * segment with no default is required).
 *
 * @param defaultValue the segment used when the URL has none, already percent-encoded; null when required
 */
public record PathComponent(StringMatch match, String defaultValue) {
    public PathComponent {
        Objects.requireNonNull(match);
    }

    public static PathComponent required(StringMatch match) {
        return new PathComponent(match, null);
    }

    public static PathComponent fixed(String segment) {
        return new PathComponent(StringMatch.fixed(segment), null);
    }

    public Optional<String> defaultOption() {
        return Optional.ofNullable(defaultValue);
    }
}
