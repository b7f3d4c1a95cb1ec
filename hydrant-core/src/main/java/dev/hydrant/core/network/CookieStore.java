package dev.hydrant.core.network;

import java.util.List;

/** Persistent cookies, grouped by second-level domain. */
public interface CookieStore {
    /** The cookies of one second-level domain, ordered by domain, path, name. */
    List<Cookie> forSecondLevelDomain(String secondLevelDomain);

    /** Applies all changes in one transaction: puts replace by (domain, path, name); deletes remove. */
    void apply(List<Cookie> puts, List<Cookie> deletes);
}
