package dev.hydrant.core.tags;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one tag service displays its tags: sibling chains collapse to their ideal tag (the end of the chain), and
 * parents add their ancestors. Parent pairs apply to ideal tags (a pair on a worse sibling acts on its ideal).
 * Immutable: a change of pairs builds new rules.
 *
 * <p>Conflicts are resolved as hydrus does in effect: a bad tag keeps the first good tag it was given, and a pair
 * that would close a loop is ignored.
 */
public final class TagDisplayRules {
    public static final TagDisplayRules NONE = new TagDisplayRules(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, String> ideals;
    private final Map<String, Set<String>> chains;
    private final Map<String, Set<String>> parents;
    private final Map<String, Set<String>> children;

    private TagDisplayRules(Map<String, String> ideals, Map<String, Set<String>> chains,
                            Map<String, Set<String>> parents, Map<String, Set<String>> children) {
        this.ideals = ideals;
        this.chains = chains;
        this.parents = parents;
        this.children = children;
    }

    /**
     * @param siblings (bad, good) pairs in priority order
     * @param parentPairs (child, parent) pairs
     */
    public static TagDisplayRules of(List<Map.Entry<String, String>> siblings,
                                     List<Map.Entry<String, String>> parentPairs) {
        if (siblings.isEmpty() && parentPairs.isEmpty()) {
            return NONE;
        }
        Map<String, String> next = new HashMap<>();
        for (Map.Entry<String, String> pair : siblings) {
            String bad = pair.getKey();
            String good = pair.getValue();
            if (bad.equals(good) || next.containsKey(bad)) {
                continue;
            }
            if (!reaches(next, good, bad)) {
                next.put(bad, good);
            }
        }
        Map<String, String> ideals = new HashMap<>();
        Map<String, Set<String>> chains = new HashMap<>();
        for (String bad : next.keySet()) {
            String ideal = follow(next, bad);
            ideals.put(bad, ideal);
            chains.computeIfAbsent(ideal, k -> new LinkedHashSet<>(List.of(k))).add(bad);
        }
        Map<String, Set<String>> up = new HashMap<>();
        Map<String, Set<String>> down = new HashMap<>();
        for (Map.Entry<String, String> pair : parentPairs) {
            String child = ideals.getOrDefault(pair.getKey(), pair.getKey());
            String parent = ideals.getOrDefault(pair.getValue(), pair.getValue());
            if (child.equals(parent)) {
                continue;
            }
            up.computeIfAbsent(child, k -> new LinkedHashSet<>()).add(parent);
            down.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(child);
        }
        return new TagDisplayRules(ideals, chains, up, down);
    }

    private static boolean reaches(Map<String, String> next, String from, String target) {
        Set<String> seen = new HashSet<>();
        String at = from;
        while (at != null && seen.add(at)) {
            if (at.equals(target)) {
                return true;
            }
            at = next.get(at);
        }
        return false;
    }

    private static String follow(Map<String, String> next, String from) {
        Set<String> seen = new HashSet<>();
        String at = from;
        while (next.containsKey(at) && seen.add(at)) {
            at = next.get(at);
        }
        return at;
    }

    public boolean isEmpty() {
        return this == NONE || (ideals.isEmpty() && parents.isEmpty());
    }

    /** The tag this one displays as (itself when it has no better sibling). */
    public String ideal(String tag) {
        return ideals.getOrDefault(tag, tag);
    }

    /** Every tag of the sibling chain of {@code tag}, its ideal first (just the tag when it has no siblings). */
    public Set<String> chain(String tag) {
        Set<String> chain = chains.get(ideal(tag));
        return chain == null ? Set.of(tag) : Collections.unmodifiableSet(chain);
    }

    /** The ancestors of the ideal of {@code tag} (not itself). */
    public Set<String> ancestors(String tag) {
        return closure(parents, ideal(tag));
    }

    /** The descendants of the ideal of {@code tag} (not itself). */
    public Set<String> descendants(String tag) {
        return closure(children, ideal(tag));
    }

    /** Whether {@code tag} takes part in any sibling or parent pair. */
    public boolean isChained(String tag) {
        String ideal = ideal(tag);
        return ideals.containsKey(tag) || chains.containsKey(ideal) || parents.containsKey(ideal)
                || children.containsKey(ideal);
    }

    /**
     * The display form of a set of storage tags: each becomes its ideal; with {@code withParents}, the ancestors of
     * each ideal are added.
     */
    public Set<String> display(Collection<String> storage, boolean withParents) {
        if (isEmpty()) {
            return new LinkedHashSet<>(storage);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String tag : storage) {
            String ideal = ideal(tag);
            out.add(ideal);
            if (withParents) {
                out.addAll(closure(parents, ideal));
            }
        }
        return out;
    }

    /** The storage tags whose display includes {@code displayTag}: its chain, and the chains of its descendants. */
    public Set<String> storageTagsShowing(String displayTag) {
        String ideal = ideal(displayTag);
        Set<String> out = new LinkedHashSet<>(chain(ideal));
        for (String d : closure(children, ideal)) {
            out.addAll(chain(d));
        }
        return out;
    }

    private static Set<String> closure(Map<String, Set<String>> graph, String start) {
        Set<String> first = graph.get(start);
        if (first == null) {
            return Set.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(first);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!t.equals(start) && seen.add(t)) {
                todo.addAll(graph.getOrDefault(t, Set.of()));
            }
        }
        return seen;
    }
}
