package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory views of tags that reads use instead of SQL: the {@link TagVocabulary}, the {@link MappingIndex},
 * and each tag service's {@link TagDisplayRules}. Built from the store at start-up; writers call the
 * {@code ...Changed} methods after each commit, in commit order.
 */
public final class TagViews {
    private final TagVocabulary vocabulary;
    private final MappingIndex index;
    private volatile Map<ByteKey, TagDisplayRules> rules = Map.of();

    public TagViews(TagVocabulary vocabulary, MappingIndex index) {
        this.vocabulary = vocabulary;
        this.index = index;
    }

    public TagVocabulary vocabulary() {
        return vocabulary;
    }

    public MappingIndex index() {
        return index;
    }

    /** The display rules of a tag service (none for a service without pairs). */
    public TagDisplayRules rules(ByteKey service) {
        return rules.getOrDefault(service, TagDisplayRules.NONE);
    }

    /** The current set of display rules as one object, replaced whenever any rules change (for cache keys). */
    public Object rulesSnapshot() {
        return rules;
    }

    public void tagsInterned(Map<String, Integer> tagIds) {
        tagIds.forEach((tag, id) -> vocabulary.add(id, tag));
    }

    public void mappingsChanged(Collection<MappingChange> changes) {
        if (!changes.isEmpty()) {
            index.apply(changes);
        }
    }

    /** Rebuilds every service's display rules from the stored pairs (start-up, and after any pair changes). */
    public synchronized void relationsChanged(TagRelationStore relations) {
        Map<ByteKey, List<Map.Entry<String, String>>> siblings = applied(relations.all(TagRelationStore.Kind.SIBLING));
        Map<ByteKey, List<Map.Entry<String, String>>> parents = applied(relations.all(TagRelationStore.Kind.PARENT));
        Map<ByteKey, TagDisplayRules> built = new HashMap<>();
        for (ByteKey service : union(siblings.keySet(), parents.keySet())) {
            built.put(service, TagDisplayRules.of(siblings.getOrDefault(service, List.of()),
                    parents.getOrDefault(service, List.of())));
        }
        rules = Map.copyOf(built);
    }

    /** The pairs that apply to display: current ones first, then pending ones (hydrus shows pending pairs too). */
    private static Map<ByteKey, List<Map.Entry<String, String>>> applied(List<TagRelationStore.Relation> all) {
        Map<ByteKey, List<Map.Entry<String, String>>> out = new HashMap<>();
        for (TagStatus status : new TagStatus[]{TagStatus.CURRENT, TagStatus.PENDING}) {
            for (TagRelationStore.Relation r : all) {
                if (r.status() == status) {
                    out.computeIfAbsent(r.service(), k -> new ArrayList<>())
                            .add(new AbstractMap.SimpleImmutableEntry<>(r.from(), r.to()));
                }
            }
        }
        return out;
    }

    private static List<ByteKey> union(Collection<ByteKey> a, Collection<ByteKey> b) {
        List<ByteKey> out = new ArrayList<>(a);
        for (ByteKey k : b) {
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
