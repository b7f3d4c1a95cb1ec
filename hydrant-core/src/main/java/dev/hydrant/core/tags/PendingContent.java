package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What repositories have waiting to be uploaded ({@code /manage_services/get_pending_counts}), and forgetting it
 * ({@code forget_pending}). Hydrant talks to no repository server, so {@code commit_pending} cannot start an upload
 * and answers as hydrus does when an upload cannot start.
 */
public final class PendingContent {
    /** The services hydrus can upload to: tag repositories, file repositories, IPFS. */
    public static final Set<ServiceType> UPLOADABLE = EnumSet.of(ServiceType.TAG_REPOSITORY,
            ServiceType.FILE_REPOSITORY, ServiceType.IPFS);

    private final TagMappingStore mappings;
    private final TagRelationStore relations;
    private final TagViews views;
    private final ServiceCatalog services;
    private final ReentrantLock commitOrder;

    public PendingContent(TagMappingStore mappings, TagRelationStore relations, TagViews views,
                          ServiceCatalog services, ReentrantLock commitOrder) {
        this.mappings = mappings;
        this.relations = relations;
        this.views = views;
        this.services = services;
        this.commitOrder = commitOrder;
    }

    /** Per uploadable service, hydrus's counts by name, in hydrus's order. */
    public Map<ByteKey, Map<String, Long>> counts() {
        Map<ByteKey, Map<String, Long>> out = new LinkedHashMap<>();
        for (Service s : services.ofType(UPLOADABLE)) {
            Map<String, Long> c = new LinkedHashMap<>();
            if (s.type() == ServiceType.TAG_REPOSITORY) {
                c.put("pending_tag_mappings", mappings.count(s.key(), TagStatus.PENDING));
                c.put("petitioned_tag_mappings", mappings.count(s.key(), TagStatus.PETITIONED));
                c.put("pending_tag_siblings", relations.count(TagRelationStore.Kind.SIBLING, s.key(), TagStatus.PENDING));
                c.put("petitioned_tag_siblings",
                        relations.count(TagRelationStore.Kind.SIBLING, s.key(), TagStatus.PETITIONED));
                c.put("pending_tag_parents", relations.count(TagRelationStore.Kind.PARENT, s.key(), TagStatus.PENDING));
                c.put("petitioned_tag_parents",
                        relations.count(TagRelationStore.Kind.PARENT, s.key(), TagStatus.PETITIONED));
            } else {
                c.put("pending_files", 0L);
                c.put("petitioned_files", 0L);
            }
            out.put(s.key(), c);
        }
        return out;
    }

    /** Hydrus's {@code CheckUploadableService}: 400 for an unknown service or one that takes no uploads. */
    public Service uploadable(ByteKey key) {
        Service s = services.find(key).orElseThrow(() -> ApiException.badRequest(
                "Could not find the service \"" + key.hex() + "\"!"));
        if (!UPLOADABLE.contains(s.type())) {
            throw ApiException.badRequest("Sorry, the service key \"" + key.hex() + "\" was not for an uploadable service!");
        }
        return s;
    }

    /** {@code commit_pending}: there is no repository server to upload to, so it cannot start (422). */
    public void commit(ByteKey key) {
        uploadable(key);
        throw new ApiException(ErrorKind.UNPROCESSABLE, "Sorry, could not start for some complex reason--check the client!");
    }

    /** {@code forget_pending}: drops every pending and petitioned mapping and pair of the service. */
    public void forget(ByteKey key) {
        Service s = uploadable(key);
        if (s.type() != ServiceType.TAG_REPOSITORY) {
            return;
        }
        commitOrder.lock();
        try {
            List<MappingChange> changes = mappings.write(tx -> {
                List<MappingChange> out = new ArrayList<>();
                tx.clear(s.key(), TagStatus.PENDING).forEach((tag, files) ->
                        out.add(MappingChange.removed(s.key(), TagStatus.PENDING, tag, files)));
                tx.clear(s.key(), TagStatus.PETITIONED);
                return out;
            });
            views.mappingsChanged(changes);
            for (TagRelationStore.Kind kind : TagRelationStore.Kind.values()) {
                for (TagRelationStore.Relation r : relations.all(kind)) {
                    if (r.service().equals(s.key()) && r.status() != TagStatus.CURRENT) {
                        relations.remove(kind, s.key(), r.status(), r.from(), r.to());
                    }
                }
            }
            views.relationsChanged(relations);
        } finally {
            commitOrder.unlock();
        }
    }
}
