package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.search.SearchQuery;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.Tag;
import dev.hydrant.core.tags.TagDisplayRules;
import dev.hydrant.core.tags.TagStatus;
import dev.hydrant.core.tags.TagTextPattern;
import dev.hydrant.core.tags.TagViews;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The file sets that tag terms stand for, read from the postings: one tag (with its siblings and the chains of its
 * descendants when searching display tags), wildcards, namespaces, "any tag", and per-file tag counts. Bitmaps it
 * returns may be stored postings or cached unions: callers never modify them.
 *
 * <p>Unions over many tags (namespaces, any tag, counts) are cached and thrown away when the postings'
 * {@link PostingMappingIndex#version()} moves or display rules change.
 */
final class TagSets {
    private final PostingMappingIndex postings;
    private final TagViews views;
    private final ServiceCatalog services;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private volatile long cachedVersion = -1;

    TagSets(PostingMappingIndex postings, TagViews views, ServiceCatalog services) {
        this.postings = postings;
        this.views = views;
        this.services = services;
    }

    /** Which postings a query reads: the real tag services and statuses. */
    record Context(List<ByteKey> services, Set<TagStatus> statuses, boolean display) {
        String key() {
            return services + "|" + statuses + "|" + display;
        }
    }

    Context context(SearchQuery q) {
        return context(q.tagService(), statuses(q.current(), q.pending()), q.display());
    }

    Context context(ByteKey tagService, Set<TagStatus> statuses, boolean display) {
        List<ByteKey> keys = new ArrayList<>();
        if (tagService.equals(DefaultServices.ALL_KNOWN_TAGS)) {
            for (Service s : services.ofType(ServiceType.REAL_TAG_SERVICES)) {
                keys.add(s.key());
            }
        } else {
            keys.add(tagService);
        }
        return new Context(keys, statuses, display);
    }

    static Set<TagStatus> statuses(boolean current, boolean pending) {
        Set<TagStatus> s = EnumSet.noneOf(TagStatus.class);
        if (current) {
            s.add(TagStatus.CURRENT);
        }
        if (pending) {
            s.add(TagStatus.PENDING);
        }
        return s;
    }

    /** The files whose tags (display or storage, per the context) include {@code tag}. */
    RoaringBitmap tag(String tag, Context c) {
        List<RoaringBitmap> parts = new ArrayList<>();
        for (ByteKey service : c.services()) {
            Set<String> storage = c.display() ? views.rules(service).storageTagsShowing(tag) : Set.of(tag);
            for (String t : storage) {
                addPostings(parts, service, t, c);
            }
        }
        return union(parts);
    }

    /** How many files {@link #tag} would give, cheaply when no union is needed. */
    private void addPostings(List<RoaringBitmap> parts, ByteKey service, String tag, Context c) {
        OptionalInt id = views.vocabulary().idOf(tag);
        if (id.isEmpty()) {
            return;
        }
        for (TagStatus status : c.statuses()) {
            if (postings.size(service, status, id.getAsInt()) > 0) {
                parts.add(postings.bitmap(service, status, id.getAsInt()));
            }
        }
    }

    private static RoaringBitmap union(List<RoaringBitmap> parts) {
        if (parts.isEmpty()) {
            return new RoaringBitmap();
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return FastAggregation.or(parts.iterator());
    }

    /**
     * A wildcard term: {@code blue*}, {@code *square}, {@code creator:a*}. Without a namespace it matches
     * unnamespaced tags only; {@code *} stands for any run of characters in either part.
     */
    RoaringBitmap wildcard(String pattern, Context c) {
        Tag parts = Tag.parse(pattern);
        Pattern ns = glob(parts.namespace());
        Pattern sub = glob(parts.subtag());
        Predicate<String> matches = text -> {
            Tag t = Tag.parse(text);
            return ns.matcher(t.namespace()).matches() && sub.matcher(t.subtag()).matches();
        };
        String candidates = parts.namespace().isEmpty() ? parts.subtag() : pattern;
        return cached("wildcard|" + pattern + "|" + c.key(), () -> matching(candidates, matches, c));
    }

    /** A namespace term: {@code series:*}; the empty namespace and {@code *} mean any tag at all. */
    RoaringBitmap namespace(String namespace, Context c) {
        if (namespace.isEmpty() || namespace.equals("*")) {
            return anyTag(c);
        }
        return cached("namespace|" + namespace + "|" + c.key(), () -> matching(namespace + ":*",
                text -> Tag.parse(text).namespace().equals(namespace), c));
    }

    /** Files with any tag at all in the context. */
    RoaringBitmap anyTag(Context c) {
        return cached("any|" + c.key(), () -> {
            List<RoaringBitmap> parts = new ArrayList<>();
            for (ByteKey service : c.services()) {
                for (TagStatus status : c.statuses()) {
                    postings.forEachPosting(service, status, (tagId, size, files) -> parts.add(files.get()));
                }
            }
            return parts.isEmpty() ? new RoaringBitmap() : FastAggregation.or(parts.iterator());
        });
    }

    /**
     * Per-file number of distinct tags in the context (storage tags; a tag both current and pending, or on two
     * services, counts once, as hydrus's union of mapping tables does), optionally only in one namespace
     * ({@code ""} for unnamespaced).
     */
    int[] counts(Context c, String namespaceOrNull, int capacity) {
        int[] counts = cached("counts|" + namespaceOrNull + "|" + c.key(), () -> {
            int[] out = new int[capacity];
            java.util.function.IntPredicate wanted = namespaceOrNull == null ? id -> true
                    : id -> Tag.parse(views.vocabulary().text(id)).namespace().equals(namespaceOrNull);
            if (c.services().size() == 1 && c.statuses().size() == 1) {
                postings.forEachMapping(c.services().get(0), c.statuses().iterator().next(), (tagId, ids) -> {
                    if (wanted.test(tagId)) {
                        for (int id : ids) {
                            bump(out, id);
                        }
                    }
                }, (tagId, bitmap) -> {
                    if (wanted.test(tagId)) {
                        bitmap.forEach((int id) -> bump(out, id));
                    }
                });
                return out;
            }
            java.util.Set<Integer> tagIds = new java.util.HashSet<>();
            for (ByteKey service : c.services()) {
                for (TagStatus status : c.statuses()) {
                    postings.forEachPosting(service, status, (tagId, size, files) -> tagIds.add(tagId));
                }
            }
            for (int tagId : tagIds) {
                if (!wanted.test(tagId)) {
                    continue;
                }
                List<RoaringBitmap> parts = new ArrayList<>();
                for (ByteKey service : c.services()) {
                    for (TagStatus status : c.statuses()) {
                        if (postings.size(service, status, tagId) > 0) {
                            parts.add(postings.bitmap(service, status, tagId));
                        }
                    }
                }
                union(parts).forEach((int id) -> bump(out, id));
            }
            return out;
        });
        return counts.length >= capacity ? counts : java.util.Arrays.copyOf(counts, capacity);
    }

    private static void bump(int[] out, int id) {
        if (id < out.length) {
            out[id]++;
        }
    }

    /** Files with a tag in {@code namespace} (null for any) whose subtag is an integer passing {@code test}. */
    RoaringBitmap tagAsNumber(String namespaceOrNull, java.util.function.LongPredicate test, Context c) {
        String candidates = namespaceOrNull == null || namespaceOrNull.isEmpty() ? "*" : namespaceOrNull + ":*";
        return matching(candidates, text -> {
            Tag t = Tag.parse(text);
            if (namespaceOrNull != null && !t.namespace().equals(namespaceOrNull)) {
                return false;
            }
            String s = t.subtag();
            if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-')
                    || s.lastIndexOf('-') > 0) {
                return false;
            }
            try {
                return test.test(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return false;
            }
        }, c);
    }

    /** The union over the tags the vocabulary offers for {@code candidates} that {@code matches} accepts. */
    private RoaringBitmap matching(String candidates, Predicate<String> matches, Context c) {
        List<String> tags = new ArrayList<>();
        views.vocabulary().matching(TagTextPattern.of(candidates), id -> {
            String text = views.vocabulary().text(id);
            if (text != null && matches.test(text)) {
                tags.add(text);
            }
        });
        List<RoaringBitmap> parts = new ArrayList<>();
        for (ByteKey service : c.services()) {
            TagDisplayRules rules = views.rules(service);
            for (String t : tags) {
                if (c.display() && !rules.isEmpty()) {
                    for (String s : rules.storageTagsShowing(t)) {
                        addPostings(parts, service, s, c);
                    }
                } else {
                    addPostings(parts, service, t, c);
                }
            }
        }
        return union(parts);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> build) {
        long version = postings.version() * 31 + System.identityHashCode(views.rulesSnapshot());
        if (version != cachedVersion) {
            cache.clear();
            cachedVersion = version;
        }
        Object hit = cache.get(key);
        if (hit == null) {
            hit = build.get();
            if (cache.size() > 256) {
                cache.clear();
            }
            cache.put(key, hit);
        }
        return (T) hit;
    }

    /** A {@code *} glob over a whole text. */
    static Pattern glob(String text) {
        StringBuilder re = new StringBuilder();
        String[] parts = text.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append(".*");
            }
            if (!parts[i].isEmpty()) {
                re.append(Pattern.quote(parts[i]));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
