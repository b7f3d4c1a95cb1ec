package dev.hydrant.core.network;

import dev.hydrant.core.error.ApiException;

/** Hydrus's domain rules for network contexts. */
public final class Domains {
    private Domains() {
    }

    /** 400 "The value "X" does not seem to be a domain!" unless the text contains a dot. */
    public static String requireDomain(String domain) {
        if (!domain.contains(".")) {
            throw ApiException.badRequest("The value \"" + domain + "\" does not seem to be a domain!");
        }
        return domain;
    }

    /**
     * The domain cookies are grouped under: the last two labels ({@code sub.example.com} → {@code example.com}),
     * without a leading dot; hydrus uses no public-suffix list.
     */
    public static String secondLevel(String domain) {
        String d = domain.startsWith(".") ? domain.substring(1) : domain;
        String[] labels = d.split("\\.");
        if (labels.length <= 2) {
            return d;
        }
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
