package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tags of files as {@code file_metadata} shows them (digest §8): per tag service, including "all known tags",
 * the storage tags and the display tags of each status, human-sorted. Display tags: each storage tag as its ideal
 * sibling; current and pending ones also bring their parents. "All known tags" is the union over the real services.
 * One store query per status table for the whole batch.
 */
public final class FileTags {
    /** One service's tags of one file: status → sorted tags; statuses without tags are absent. */
    public record ServiceTags(Map<TagStatus, List<String>> storage, Map<TagStatus, List<String>> display) {
        static final ServiceTags EMPTY = new ServiceTags(Map.of(), Map.of());

        public boolean isEmpty() {
            return storage.isEmpty();
        }
    }

    private final TagMappingStore mappings;
    private final TagViews views;
    private final ServiceCatalog services;

    public FileTags(TagMappingStore mappings, TagViews views, ServiceCatalog services) {
        this.mappings = mappings;
        this.views = views;
        this.services = services;
    }

    /** file id → tag service key (every tag service, all known tags included) → its tags. */
    public Map<Long, Map<ByteKey, ServiceTags>> of(Collection<Long> fileIds) {
        Map<Long, Map<ByteKey, Map<TagStatus, Collection<String>>>> stored = mappings.tagsOf(fileIds);
        List<Service> tagServices = services.ofType(ServiceType.TAG_SERVICES);
        Map<Long, Map<ByteKey, ServiceTags>> out = new HashMap<>();
        for (Long id : fileIds) {
            Map<ByteKey, Map<TagStatus, Collection<String>>> byService = stored.getOrDefault(id, Map.of());
            Map<ByteKey, ServiceTags> tags = new LinkedHashMap<>();
            Map<TagStatus, Set<String>> allStorage = new EnumMap<>(TagStatus.class);
            Map<TagStatus, Set<String>> allDisplay = new EnumMap<>(TagStatus.class);
            for (Service s : tagServices) {
                if (s.type() == ServiceType.COMBINED_TAG) {
                    continue;
                }
                Map<TagStatus, Collection<String>> statuses = byService.get(s.key());
                if (statuses == null) {
                    tags.put(s.key(), ServiceTags.EMPTY);
                    continue;
                }
                TagDisplayRules rules = views.rules(s.key());
                Map<TagStatus, Set<String>> storage = new EnumMap<>(TagStatus.class);
                Map<TagStatus, Set<String>> display = new EnumMap<>(TagStatus.class);
                statuses.forEach((status, list) -> {
                    storage.put(status, new LinkedHashSet<>(list));
                    boolean withParents = status == TagStatus.CURRENT || status == TagStatus.PENDING;
                    display.put(status, rules.display(list, withParents));
                });
                storage.forEach((st, set) -> allStorage.computeIfAbsent(st, k -> new LinkedHashSet<>()).addAll(set));
                display.forEach((st, set) -> allDisplay.computeIfAbsent(st, k -> new LinkedHashSet<>()).addAll(set));
                tags.put(s.key(), new ServiceTags(sorted(storage), sorted(display)));
            }
            tags.put(DefaultServices.ALL_KNOWN_TAGS, new ServiceTags(sorted(allStorage), sorted(allDisplay)));
            out.put(id, tags);
        }
        return out;
    }

    private static Map<TagStatus, List<String>> sorted(Map<TagStatus, Set<String>> byStatus) {
        Map<TagStatus, List<String>> out = new EnumMap<>(TagStatus.class);
        byStatus.forEach((status, set) -> {
            if (!set.isEmpty()) {
                out.put(status, HumanTextOrder.sorted(set));
            }
        });
        return out;
    }
}
