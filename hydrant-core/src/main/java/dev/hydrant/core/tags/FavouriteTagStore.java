package dev.hydrant.core.tags;

import java.util.Collection;
import java.util.Set;

/** Persistent favourite tags (hydrus's client option). */
public interface FavouriteTagStore {
    Set<String> load();

    void replace(Collection<String> tags);
}
