package dev.hydrant.core.tags;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The favourite tags use case: cleaned on the way in (empty tags dropped), human-sorted on the way out. */
public final class FavouriteTags {
    private final FavouriteTagStore store;

    public FavouriteTags(FavouriteTagStore store) {
        this.store = store;
    }

    public List<String> list() {
        return HumanTextOrder.sorted(store.load());
    }

    public synchronized List<String> set(Collection<String> tags) {
        store.replace(TagCleaner.cleanTags(tags));
        return list();
    }

    public synchronized List<String> addAndRemove(Collection<String> add, Collection<String> remove) {
        Set<String> tags = new LinkedHashSet<>(store.load());
        tags.addAll(TagCleaner.cleanTags(add));
        tags.removeAll(TagCleaner.cleanTags(remove));
        store.replace(tags);
        return list();
    }
}
