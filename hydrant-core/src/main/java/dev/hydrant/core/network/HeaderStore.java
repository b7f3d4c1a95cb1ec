package dev.hydrant.core.network;

import java.util.List;

/** Persistent custom headers per network context ({@code ""} is the global context, otherwise a domain). */
public interface HeaderStore {
    /** In the order they were first set. */
    List<HeaderRule> headers(String context);

    /** Applies all changes in one transaction: puts replace by name (keeping position); deletes remove by name. */
    void apply(String context, List<HeaderRule> puts, List<String> deletes);
}
