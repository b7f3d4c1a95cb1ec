package dev.hydrant.core.urls;

import java.util.Objects;
import java.util.Optional;

/**
 * One query parameter a URL class knows by name. Without a default and not ephemeral it must be in the URL; with a
 * default, normalisation adds it when missing; an ephemeral one (a download token, an expiry stamp) may be missing,
 * and is dropped from the normalised URL but kept in the URL that is fetched.
 *
 * @param name         the parameter name, percent-encoded as it appears in URLs
 * @param defaultValue the value normalisation fills in, percent-encoded; null for none
 */
public record UrlParameter(String name, StringMatch match, String defaultValue, boolean ephemeral) {
    public UrlParameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(match);
    }

    public static UrlParameter required(String name, StringMatch match) {
        return new UrlParameter(name, match, null, false);
    }

    public Optional<String> defaultOption() {
        return Optional.ofNullable(defaultValue);
    }

    /** Whether a URL must carry it to match: no default and not ephemeral. */
    public boolean mustBeInUrl() {
        return defaultValue == null && !ephemeral;
    }
}
