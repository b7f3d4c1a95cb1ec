package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tag siblings and parents per tag service: adding and removing pairs (the CLI and the {@code /hydrant/} routes),
 * listing them, and hydrus's {@code get_siblings_and_parents} lookup. On a local tag domain a pair is current at
 * once; on a tag repository adding pends it and removing petitions a current pair (or rescinds a pending one), as
 * hydrus's manage-siblings dialog does. Pairs that would close a loop are refused. Every change rebuilds the
 * service's display rules, which {@link FileTags} and {@link TagAutocomplete} read.
 */
public final class TagRelations {
    public static final String DEFAULT_REASON = "Entered via Hydrant.";

    /** What {@code get_siblings_and_parents} tells about a tag on one service. */
    public record Lookup(List<String> siblings, String idealTag, List<String> descendants, List<String> ancestors) {
    }

    private final TagRelationStore store;
    private final TagViews views;
    private final ServiceCatalog services;
    private final ReentrantLock commitOrder;

    public TagRelations(TagRelationStore store, TagViews views, ServiceCatalog services, ReentrantLock commitOrder) {
        this.store = store;
        this.views = views;
        this.services = services;
        this.commitOrder = commitOrder;
    }

    /** A real tag service (local tag domain or tag repository), or 400. */
    public Service realTagService(ByteKey key) {
        Service service = services.find(key).orElseThrow(() -> ApiException.badRequest(
                "Could not find the tag service \"" + key.hex() + "\"!"));
        if (!ServiceType.REAL_TAG_SERVICES.contains(service.type())) {
            throw ApiException.badRequest("Sorry, the service key \"" + key.hex()
                    + "\" did not give a local tag domain or tag repository!");
        }
        return service;
    }

    private static String clean(String tag) {
        return TagCleaner.cleanNonEmpty(tag == null ? "" : tag).orElseThrow(() -> ApiException.badRequest(
                "Tag \"" + (tag == null ? "" : tag) + "\" was empty!"));
    }

    /**
     * Adds a pair ({@code from} → {@code to}: bad → good, or child → parent).
     *
     * @return the status the pair now has (current on local services, pending on repositories)
     */
    public TagStatus add(TagRelationStore.Kind kind, ByteKey serviceKey, String from, String to, String reason) {
        Service service = realTagService(serviceKey);
        String f = clean(from);
        String t = clean(to);
        if (f.equals(t)) {
            throw ApiException.badRequest("A tag cannot be its own " + (kind == TagRelationStore.Kind.SIBLING
                    ? "sibling" : "parent") + "!");
        }
        TagDisplayRules rules = views.rules(service.key());
        if (kind == TagRelationStore.Kind.SIBLING && !rules.ideal(f).equals(f) && !rules.ideal(f).equals(t)) {
            throw ApiException.badRequest("Sorry, \"" + f + "\" already has a better sibling, \"" + rules.ideal(f)
                    + "\"!");
        }
        boolean loop = kind == TagRelationStore.Kind.SIBLING
                ? rules.ideal(t).equals(f)
                : rules.ideal(f).equals(rules.ideal(t)) || rules.ancestors(t).contains(rules.ideal(f));
        if (loop) {
            throw ApiException.badRequest("Sorry, \"" + f + "\" -> \"" + t + "\" would make a loop!");
        }
        TagStatus status = service.type() == ServiceType.LOCAL_TAG ? TagStatus.CURRENT : TagStatus.PENDING;
        String why = status == TagStatus.CURRENT ? null : (reason == null ? DEFAULT_REASON : reason);
        change(() -> views.tagsInterned(store.put(kind, new TagRelationStore.Relation(service.key(), status, f, t,
                why))));
        return status;
    }

    /** Removes a pair; false when the service has no such pair. */
    public boolean remove(TagRelationStore.Kind kind, ByteKey serviceKey, String from, String to, String reason) {
        Service service = realTagService(serviceKey);
        String f = clean(from);
        String t = clean(to);
        boolean[] done = new boolean[1];
        change(() -> {
            if (service.type() == ServiceType.LOCAL_TAG) {
                done[0] = store.remove(kind, service.key(), TagStatus.CURRENT, f, t);
            } else if (store.remove(kind, service.key(), TagStatus.PENDING, f, t)) {
                done[0] = true;
            } else if (list(kind, service.key()).stream().anyMatch(r -> r.status() == TagStatus.CURRENT
                    && r.from().equals(f) && r.to().equals(t))) {
                store.put(kind, new TagRelationStore.Relation(service.key(), TagStatus.PETITIONED, f, t,
                        reason == null ? DEFAULT_REASON : reason));
                done[0] = true;
            }
        });
        return done[0];
    }

    private void change(Runnable write) {
        commitOrder.lock();
        try {
            write.run();
            views.relationsChanged(store);
        } finally {
            commitOrder.unlock();
        }
    }

    /** Every pair of a service, oldest first. */
    public List<TagRelationStore.Relation> list(TagRelationStore.Kind kind, ByteKey serviceKey) {
        Service service = realTagService(serviceKey);
        List<TagRelationStore.Relation> out = new ArrayList<>();
        for (TagRelationStore.Relation r : store.all(kind)) {
            if (r.service().equals(service.key())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Hydrus's {@code get_siblings_and_parents}: for each tag (clean, non-empty, else 400), per real tag service in
     * service order, its sibling chain, ideal, and the descendants and ancestors of the ideal, as displayed.
     */
    public Map<String, Map<ByteKey, Lookup>> lookup(Collection<String> rawTags) {
        for (String raw : rawTags) {
            clean(raw);
        }
        Map<String, Map<ByteKey, Lookup>> out = new LinkedHashMap<>();
        for (String tag : TagCleaner.cleanTags(rawTags)) {
            Map<ByteKey, Lookup> perService = new LinkedHashMap<>();
            for (Service s : services.ofType(ServiceType.REAL_TAG_SERVICES)) {
                TagDisplayRules rules = views.rules(s.key());
                perService.put(s.key(), new Lookup(HumanTextOrder.sorted(rules.chain(tag)), rules.ideal(tag),
                        HumanTextOrder.sorted(rules.descendants(tag)), HumanTextOrder.sorted(rules.ancestors(tag))));
            }
            out.put(tag, perService);
        }
        return out;
    }
}
