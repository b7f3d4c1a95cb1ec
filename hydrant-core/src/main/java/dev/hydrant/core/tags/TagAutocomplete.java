package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.FileDomainMembership;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * The {@code /add_tags/search_tags} use case: tags matching what a user typed, with how many files of a file domain
 * have each, most first. Matching follows hydrus's rules (see {@link TagTextPattern}); siblings of matched tags are
 * candidates too. Storage counts come from the {@link MappingIndex}; display counts count the files whose display
 * tags include the tag (its sibling chain and its descendants' chains). On "all known tags" the services are merged
 * as hydrus merges them: the larger current count and the larger pending count. Everything runs in memory.
 */
public final class TagAutocomplete {
    /** One result: the tag and its count (current plus pending). */
    public record TagCount(String value, int count) {
    }

    /** The text as hydrus understood it, and the results. */
    public record Result(String searchText, boolean inclusive, List<TagCount> tags) {
    }

    private final TagViews views;
    private final FileDomainMembership domains;
    private final ServiceCatalog services;

    public TagAutocomplete(TagViews views, FileDomainMembership domains, ServiceCatalog services) {
        this.views = views;
        this.domains = domains;
        this.services = services;
    }

    /**
     * @param raw        what was typed; a leading {@code -} makes the search exclusive
     * @param tagService a tag service key (all known tags included), already checked
     * @param display    display tags (siblings and parents applied) rather than storage tags
     * @param domain     the file domain, read only when the text is searchable (as hydrus parses it)
     * @param allowed    the caller's search tag filter, or null when it allows everything
     */
    public Result search(String raw, ByteKey tagService, boolean display, Supplier<FileDomain> domain,
                         TagFilter allowed) {
        boolean inclusive = !raw.startsWith("-");
        String text = SearchableText.collapseWildcards(TagCleaner.clean(raw));
        Tag typed = Tag.parse(text);
        if (typed.namespace().equals("*")) {
            text = typed.subtag();
        }
        text = text.isEmpty() ? text : SearchableText.tag(text);
        if (!acceptable(raw, text)) {
            return new Result(text, inclusive, List.of());
        }
        Tag parts = Tag.parse(text);
        String autocompleting = parts.subtag().endsWith("*") ? text : text + "*";
        FileDomain files = domain.get();
        boolean allKnownFiles = files.deleted().isEmpty() && files.current().size() == 1
                && files.current().contains(DefaultServices.ALL_KNOWN_FILES);
        if (tagService.equals(DefaultServices.ALL_KNOWN_TAGS) && allKnownFiles) {
            return new Result(text, inclusive, List.of());
        }
        TagTextPattern pattern = TagTextPattern.of(autocompleting);
        BitSet matched = new BitSet();
        views.vocabulary().matching(pattern, matched::set);
        IntPredicate filter = domains.filter(files, services);
        List<Service> leaves = tagService.equals(DefaultServices.ALL_KNOWN_TAGS)
                ? services.ofType(ServiceType.REAL_TAG_SERVICES)
                : services.find(tagService).map(List::of).orElse(List.of());
        TagCountTable merged = new TagCountTable(matched.cardinality());
        for (Service leaf : leaves) {
            countLeaf(leaf.key(), matched, display, filter, merged);
        }
        return new Result(text, inclusive, ordered(merged, allowed));
    }

    /** The tags the caller may see, most files first, then by code point. */
    private List<TagCount> ordered(TagCountTable merged, TagFilter allowed) {
        TagVocabulary vocabulary = views.vocabulary();
        TagCount[] found = new TagCount[merged.size()];
        int[] n = {0};
        merged.forEach((tagId, current, pending) -> {
            String tag = vocabulary.text(tagId);
            if (allowed == null || allowed.allows(tag)) {
                found[n[0]++] = new TagCount(tag, current + pending);
            }
        });
        // counts descending by a primitive sort of (count, position) keys, then each run of equal counts by text
        long[] keys = new long[n[0]];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) (Integer.MAX_VALUE - found[i].count()) << 32) | i;
        }
        Arrays.sort(keys);
        TagCount[] out = new TagCount[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = found[(int) keys[i]];
        }
        for (int from = 0; from < out.length; ) {
            int to = from + 1;
            while (to < out.length && out[to].count() == out[from].count()) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(out, from, to, anySurrogate(out, from, to) ? BY_CODE_POINTS : BY_UTF16);
            }
            from = to;
        }
        return Arrays.asList(out);
    }

    /** Code point order, for texts with astral characters (stored as surrogate pairs). */
    private static final Comparator<TagCount> BY_CODE_POINTS =
            (a, b) -> CodePointOrder.compareStrings(a.value(), b.value());
    /** {@link String#compareTo}: the same order when no text has a surrogate, and much faster. */
    private static final Comparator<TagCount> BY_UTF16 = (a, b) -> a.value().compareTo(b.value());

    private static boolean anySurrogate(TagCount[] tags, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = tags[i].value();
            for (int k = 0; k < text.length(); k++) {
                if (Character.isSurrogate(text.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Hydrus's {@code IsAcceptableForTagSearches} with default autocomplete options (no fetch-all searches). */
    static boolean acceptable(String raw, String text) {
        if (raw.startsWith("system:") || text.isEmpty()) {
            return false;
        }
        Tag parts = Tag.parse(text);
        boolean anyNamespace = parts.namespace().isEmpty() || parts.namespace().equals("*");
        if (!anyNamespace && parts.subtag().isEmpty()) {
            return false;
        }
        return !parts.subtag().equals("*");
    }

    private void countLeaf(ByteKey service, BitSet matched, boolean display, IntPredicate filter,
                           TagCountTable merged) {
        TagDisplayRules rules = views.rules(service);
        TagVocabulary vocabulary = views.vocabulary();
        MappingIndex index = views.index();
        if (rules.isEmpty()) {
            // no siblings or parents: storage and display counts are the postings' counts, no text needed
            IntUnaryOperator current = index.counter(service, TagStatus.CURRENT, filter);
            IntUnaryOperator pending = index.counter(service, TagStatus.PENDING, filter);
            for (int id = matched.nextSetBit(0); id >= 0; id = matched.nextSetBit(id + 1)) {
                record(merged, id, current.applyAsInt(id), pending.applyAsInt(id));
            }
            return;
        }
        BitSet candidates = (BitSet) matched.clone();
        for (int id = matched.nextSetBit(0); id >= 0; id = matched.nextSetBit(id + 1)) {
            String tag = vocabulary.text(id);
            if (rules.isChained(tag)) {
                for (String sibling : rules.chain(tag)) {
                    vocabulary.idOf(sibling).ifPresent(candidates::set);
                }
            }
        }
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            String tag = vocabulary.text(id);
            if (!display || !rules.isChained(tag)) {
                record(merged, id, index.count(service, id, TagStatus.CURRENT, filter),
                        index.count(service, id, TagStatus.PENDING, filter));
            } else if (rules.ideal(tag).equals(tag)) {
                java.util.Set<String> showing = rules.storageTagsShowing(tag);
                record(merged, id, displayCount(service, showing, TagStatus.CURRENT, filter),
                        displayCount(service, showing, TagStatus.PENDING, filter));
            }
        }
    }

    private static void record(TagCountTable merged, int tagId, int current, int pending) {
        if (current + pending > 0) {
            merged.max(tagId, current, pending);
        }
    }

    private int displayCount(ByteKey service, Iterable<String> storageTags, TagStatus status, IntPredicate filter) {
        BitSet files = new BitSet();
        for (String tag : storageTags) {
            OptionalInt id = views.vocabulary().idOf(tag);
            if (id.isPresent()) {
                views.index().forEachFile(service, id.getAsInt(), status, f -> {
                    if (filter == null || filter.test(f)) {
                        files.set(f);
                    }
                });
            }
        }
        return files.cardinality();
    }
}
