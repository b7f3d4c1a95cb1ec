package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code add_tags} use case: applies tag actions to files on tag services, with hydrus's rules (digest §9.2),
 * in one store transaction for the whole request, then tells the in-memory views what changed.
 *
 * <p>What each action does to a mapping: add — current, no longer deleted or pending; delete — deleted, no
 * longer current or petitioned; pend — pending unless current; rescind pend — not pending; petition — petitioned
 * (with its reason) where current; rescind petition — not petitioned. Everything else is a silent no-op, so every
 * action is idempotent. Edits to "all known tags" are accepted and ignored, as hydrus ignores them.
 */
public final class TagEditor {
    /** The reason a petition gets when the request gives none. */
    public static final String DEFAULT_REASON = "Petitioned from API";

    /** One tag (clean) to act on, with the reason for a petition. */
    public record TagEdit(String tag, String reason) {
        public TagEdit {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Everything one request asks for: per service, per action, the tags. */
    public record Request(Map<ByteKey, Map<TagAction, List<TagEdit>>> edits, boolean overridePreviouslyDeleted,
                          boolean createNewDeleted) {
    }

    private final TagMappingStore mappings;
    private final FileRecordStore files;
    private final FileResolver resolver;
    private final ServiceCatalog services;
    private final TagViews views;
    private final ReentrantLock commitOrder;

    /**
     * @param commitOrder held across each transaction and the in-memory update after it, so the views see changes
     *                    in commit order (shared with every other writer of mappings and tag relations)
     */
    public TagEditor(TagMappingStore mappings, FileRecordStore files, ServiceCatalog services, TagViews views,
                     ReentrantLock commitOrder) {
        this.mappings = mappings;
        this.files = files;
        this.resolver = new FileResolver(files);
        this.services = services;
        this.views = views;
        this.commitOrder = commitOrder;
    }

    /**
     * The tag service of a request key (hydrus's {@code CheckTagService}).
     *
     * @throws ApiException 400 for an unknown key or a service that is not a tag service
     */
    public Service tagService(ByteKey key) {
        Service service = services.find(key).orElseThrow(() -> ApiException.badRequest(
                "Could not find the tag service \"" + key.hex() + "\"!"));
        if (!ServiceType.TAG_SERVICES.contains(service.type())) {
            throw ApiException.badRequest("Sorry, the service key \"" + key.hex() + "\" did not give a tag service!");
        }
        return service;
    }

    /** The action that {@code service_keys_to_tags} means for a service: add on local ones, pend elsewhere. */
    public static TagAction plainAction(Service service) {
        return service.type() == ServiceType.LOCAL_TAG ? TagAction.ADD : TagAction.PEND;
    }

    /**
     * Checks an action number against the service (digest §9.2).
     *
     * @param text the action as the request spelled it (for the error text)
     * @throws ApiException 400 when the action does not fit the service
     */
    public static TagAction checkAction(Service service, String text, long number) {
        TagAction action = TagAction.of(number).orElse(null);
        if (service.type() == ServiceType.LOCAL_TAG) {
            if (action == null || !action.isLocal()) {
                throw ApiException.badRequest("Sorry, you submitted a content action of \"" + text + "\" for service \""
                        + service.key().hex() + "\", but you can only add/delete on a local tag domain!");
            }
        } else if (action == null || action.isLocal()) {
            if (action != null) {
                throw ApiException.badRequest("Sorry, you submitted a content action of \"" + text + "\" for service \""
                        + service.key().hex() + "\", but you cannot add/delete on a remote tag repository!");
            }
        }
        return action;
    }

    /** Applies the request to the named files (hashes without a file id get one, as hydrus gives them). */
    public void apply(FileSelection selection, Request request) {
        List<Long> fileIds = fileIds(selection);
        apply(fileIds, request);
    }

    /** Applies the request to files by id. */
    public void apply(List<Long> fileIds, Request request) {
        Map<ByteKey, Map<TagAction, List<TagEdit>>> edits = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        request.edits().forEach((key, actions) -> {
            Service service = services.find(key).orElse(null);
            if (service == null || !ServiceType.REAL_TAG_SERVICES.contains(service.type())) {
                return;
            }
            Map<TagAction, List<TagEdit>> real = new LinkedHashMap<>();
            actions.forEach((action, list) -> {
                if (action != null && !list.isEmpty()) {
                    real.put(action, list);
                    list.forEach(e -> tags.add(e.tag()));
                }
            });
            if (!real.isEmpty()) {
                edits.put(key, real);
            }
        });
        if (edits.isEmpty() || fileIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(fileIds));
        commitOrder.lock();
        try {
            Outcome outcome = mappings.write(tx -> {
                Map<String, Integer> tagIds = tx.intern(tags);
                List<MappingChange> changes = new ArrayList<>();
                edits.forEach((service, actions) -> actions.forEach((action, list) -> {
                    for (TagEdit edit : list) {
                        changes.addAll(applyOne(tx, service, action, tagIds.get(edit.tag()), edit.reason(), ids,
                                request));
                    }
                }));
                return new Outcome(tagIds, changes);
            });
            views.tagsInterned(outcome.tagIds());
            views.mappingsChanged(outcome.changes());
        } finally {
            commitOrder.unlock();
        }
    }

    private record Outcome(Map<String, Integer> tagIds, List<MappingChange> changes) {
    }

    private List<Long> fileIds(FileSelection selection) {
        List<FileResolver.ResolvedFile> resolved = resolver.resolve(selection);
        List<ByteKey> unknown = resolved.stream().filter(f -> f.fileId() == null).map(FileResolver.ResolvedFile::sha256)
                .toList();
        Map<ByteKey, Long> created = unknown.isEmpty() ? Map.of() : files.write(tx -> {
            Map<ByteKey, Long> out = new LinkedHashMap<>();
            unknown.forEach(h -> out.put(h, tx.idFor(h)));
            return out;
        });
        List<Long> ids = new ArrayList<>();
        for (FileResolver.ResolvedFile f : resolved) {
            ids.add(f.fileId() != null ? f.fileId() : created.get(f.sha256()));
        }
        return ids;
    }

    private static List<MappingChange> applyOne(TagMappingWrites tx, ByteKey service, TagAction action, int tagId,
                                                String reason, List<Long> requested, Request request) {
        List<Long> files = requested;
        boolean skipDeleted = !request.overridePreviouslyDeleted()
                && (action == TagAction.ADD || action == TagAction.PEND);
        if (skipDeleted) {
            files = minus(files, tx.filesWith(service, TagStatus.DELETED, tagId, files));
        }
        List<MappingChange> changes = new ArrayList<>();
        switch (action) {
            case ADD -> {
                Set<Long> current = tx.filesWith(service, TagStatus.CURRENT, tagId, files);
                Set<Long> pending = tx.filesWith(service, TagStatus.PENDING, tagId, files);
                List<Long> added = minus(files, current);
                tx.delete(service, TagStatus.DELETED, tagId, files);
                tx.delete(service, TagStatus.PENDING, tagId, pending);
                tx.insert(service, TagStatus.CURRENT, tagId, added, null);
                changes.add(MappingChange.removed(service, TagStatus.PENDING, tagId, pending));
                changes.add(MappingChange.added(service, TagStatus.CURRENT, tagId, added));
            }
            case DELETE -> {
                Set<Long> current = tx.filesWith(service, TagStatus.CURRENT, tagId, files);
                if (!request.createNewDeleted()) {
                    files = List.copyOf(current);
                }
                tx.delete(service, TagStatus.CURRENT, tagId, current);
                tx.delete(service, TagStatus.PETITIONED, tagId, files);
                tx.insert(service, TagStatus.DELETED, tagId, files, null);
                changes.add(MappingChange.removed(service, TagStatus.CURRENT, tagId, current));
            }
            case PEND -> {
                Set<Long> current = tx.filesWith(service, TagStatus.CURRENT, tagId, files);
                Set<Long> pending = tx.filesWith(service, TagStatus.PENDING, tagId, files);
                List<Long> added = minus(minus(files, current), pending);
                tx.insert(service, TagStatus.PENDING, tagId, added, null);
                changes.add(MappingChange.added(service, TagStatus.PENDING, tagId, added));
            }
            case RESCIND_PEND -> {
                Set<Long> pending = tx.filesWith(service, TagStatus.PENDING, tagId, files);
                tx.delete(service, TagStatus.PENDING, tagId, pending);
                changes.add(MappingChange.removed(service, TagStatus.PENDING, tagId, pending));
            }
            case PETITION -> {
                Set<Long> current = tx.filesWith(service, TagStatus.CURRENT, tagId, files);
                tx.insert(service, TagStatus.PETITIONED, tagId, current, reason);
            }
            case RESCIND_PETITION -> tx.delete(service, TagStatus.PETITIONED, tagId, files);
        }
        changes.removeIf(MappingChange::isEmpty);
        return changes;
    }

    private static List<Long> minus(Collection<Long> files, Set<Long> remove) {
        if (remove.isEmpty()) {
            return files instanceof List<Long> l ? l : List.copyOf(files);
        }
        List<Long> out = new ArrayList<>(files.size());
        for (Long f : files) {
            if (!remove.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
