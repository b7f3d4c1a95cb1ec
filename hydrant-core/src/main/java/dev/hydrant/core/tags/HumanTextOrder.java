package dev.hydrant.core.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Hydrus's human sort of texts: compares their {@link HumanSortKey}s. Two texts with equal keys
 * ({@code a9} and {@code a09}, {@code ß} and {@code ss}) compare as equal, so this order is not
 * consistent with {@link String#equals}; a stable sort keeps such texts in their input order.
 */
public final class HumanTextOrder implements Comparator<String> {

    /** The one instance; it holds no state. */
    public static final HumanTextOrder INSTANCE = new HumanTextOrder();

    private HumanTextOrder() {
    }

    @Override
    public int compare(String a, String b) {
        return HumanSortKey.of(a).compareTo(HumanSortKey.of(b));
    }

    /**
     * A new list of {@code texts} in human order, each key computed once. The sort is stable: texts with
     * equal keys keep the order the collection gave them.
     */
    public static List<String> sorted(Collection<String> texts) {
        List<Keyed> keyed = new ArrayList<>(texts.size());
        for (String text : texts) {
            keyed.add(new Keyed(text, HumanSortKey.of(text)));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        List<String> result = new ArrayList<>(keyed.size());
        for (Keyed entry : keyed) {
            result.add(entry.text());
        }
        return result;
    }

    private record Keyed(String text, HumanSortKey key) {
    }
}
