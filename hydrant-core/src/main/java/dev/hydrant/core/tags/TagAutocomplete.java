package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.FileDomainMembership;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
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
        Map<String, int[]> merged = new HashMap<>();
        for (Service leaf : leaves) {
            countLeaf(leaf.key(), matched, display, filter, merged);
        }
        List<TagCount> out = new ArrayList<>();
        merged.forEach((tag, counts) -> {
            if (allowed == null || allowed.allows(tag)) {
                out.add(new TagCount(tag, counts[0] + counts[1]));
            }
        });
        out.sort(Comparator.comparingInt((TagCount t) -> -t.count())
                .thenComparing(TagCount::value, CodePointOrder.INSTANCE));
        return new Result(text, inclusive, out);
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
                           Map<String, int[]> merged) {
        TagDisplayRules rules = views.rules(service);
        TagVocabulary vocabulary = views.vocabulary();
        MappingIndex index = views.index();
        BitSet candidates = matched;
        if (!rules.isEmpty()) {
            candidates = (BitSet) matched.clone();
            for (int id = matched.nextSetBit(0); id >= 0; id = matched.nextSetBit(id + 1)) {
                String tag = vocabulary.text(id);
                if (rules.isChained(tag)) {
                    for (String sibling : rules.chain(tag)) {
                        vocabulary.idOf(sibling).ifPresent(candidates::set);
                    }
                }
            }
        }
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            String tag = vocabulary.text(id);
            int current;
            int pending;
            if (!display || !rules.isChained(tag)) {
                current = index.count(service, id, TagStatus.CURRENT, filter);
                pending = index.count(service, id, TagStatus.PENDING, filter);
            } else {
                if (!rules.ideal(tag).equals(tag)) {
                    continue;
                }
                current = displayCount(service, rules.storageTagsShowing(tag), TagStatus.CURRENT, filter);
                pending = displayCount(service, rules.storageTagsShowing(tag), TagStatus.PENDING, filter);
            }
            if (current + pending > 0) {
                int[] counts = merged.computeIfAbsent(tag, k -> new int[2]);
                counts[0] = Math.max(counts[0], current);
                counts[1] = Math.max(counts[1], pending);
            }
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
