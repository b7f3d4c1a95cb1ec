package dev.hydrant.core.urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The URL classes a library knows and which one a URL belongs to, with hydrus's precedence: the classes are grouped
 * by domain mask; of the masks that cover the URL's domain the longest (most specific) is tried first; within a mask
 * the most specific class ({@link UrlClass#sortingKey()}) first; ties keep the order the classes were given in. The
 * first class whose rules the URL meets wins.
 *
 * <p>Immutable and thread-safe (the per-domain cache of covering masks is a concurrent map).
 */
public final class UrlClassCatalog {
    private static final int DOMAIN_CACHE_LIMIT = 1024;

    private final List<UrlClass> classes;
    private final Set<String> parsers;
    private final Map<Object, DomainMask> masks = new LinkedHashMap<>();
    private final Map<Object, List<UrlClass>> classesByMask = new LinkedHashMap<>();
    private final Map<String, List<Object>> masksByDomain = new ConcurrentHashMap<>();

    /**
     * @param classes the URL classes, names unique (case-insensitively)
     * @param parsers the names of the parsers that exist; a class linked to another name cannot parse
     */
    public UrlClassCatalog(List<UrlClass> classes, Set<String> parsers) {
        this.classes = List.copyOf(classes);
        this.parsers = Set.copyOf(parsers);
        Map<String, String> seen = new LinkedHashMap<>();
        for (UrlClass c : this.classes) {
            String folded = fold(c.name());
            if (seen.put(folded, c.name()) != null) {
                throw new IllegalArgumentException("two URL classes are called \"" + c.name() + "\"");
            }
            Object key = c.domainMask().groupKey();
            masks.putIfAbsent(key, c.domainMask());
            classesByMask.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        classesByMask.values().forEach(list -> list.sort(UrlClass.MOST_SPECIFIC_FIRST));
    }

    public static UrlClassCatalog empty() {
        return new UrlClassCatalog(List.of(), Set.of());
    }

    /** The classes in the order they were given. */
    public List<UrlClass> classes() {
        return classes;
    }

    /** The class a URL belongs to; empty for unknown URLs and for texts that are not full URLs. */
    public Optional<UrlClass> classFor(String url) {
        String domain;
        try {
            domain = UrlText.domain(url);
        } catch (UrlClassException e) {
            return Optional.empty();
        }
        List<Object> covering = masksCovering(domain);
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        UrlParts parts;
        try {
            parts = UrlClass.encodedParts(url);
        } catch (UrlClassException e) {
            return Optional.empty();
        }
        for (Object key : covering) {
            for (UrlClass c : classesByMask.get(key)) {
                if (c.failure(parts) == null) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** A class by name, compared case-insensitively, as hydrus's URL class predicates do. */
    public Optional<UrlClass> byName(String name) {
        String folded = fold(name);
        return classes.stream().filter(c -> fold(c.name()).equals(folded)).findFirst();
    }

    /** Close to Python's {@code str.casefold()} for names: {@code ß} and {@code ss} are equal, as are cases. */
    private static String fold(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether a parser of this name exists. */
    public boolean hasParser(String name) {
        return parsers.contains(name);
    }

    private List<Object> masksCovering(String domain) {
        List<Object> cached = masksByDomain.get(domain);
        if (cached != null) {
            return cached;
        }
        List<Object> covering = new ArrayList<>();
        for (Map.Entry<Object, DomainMask> e : masks.entrySet()) {
            if (e.getValue().matches(domain)) {
                covering.add(e.getKey());
            }
        }
        covering.sort((a, b) -> Integer.compare(masks.get(b).sortingComplexity(), masks.get(a).sortingComplexity()));
        List<Object> result = List.copyOf(covering);
        if (masksByDomain.size() >= DOMAIN_CACHE_LIMIT) {
            masksByDomain.clear();
        }
        masksByDomain.put(domain, result);
        return result;
    }
}
