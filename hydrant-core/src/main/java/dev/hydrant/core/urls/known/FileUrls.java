package dev.hydrant.core.urls.known;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileReads;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileStore;
import dev.hydrant.core.files.ImportStatus;
import dev.hydrant.core.files.importing.ImportNotes;
import dev.hydrant.core.tags.CodePointOrder;
import dev.hydrant.core.urls.UrlClassException;
import dev.hydrant.core.urls.UrlInfo;
import dev.hydrant.core.urls.UrlNormaliser;
import dev.hydrant.core.urls.UrlText;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The known URLs of files, with hydrus's rules: {@code associate_url} ({@link #edit} then {@link #apply}),
 * {@code get_url_files} ({@link #filesOf}) and the URL parts of {@code file_metadata} ({@link #known}).
 *
 * <p>Writes are one store transaction each (new file ids for unknown hashes included), followed, under the same
 * lock, by the change to the in-memory {@link UrlMappingIndex}, so search sees commits in order.
 */
public final class FileUrls {
    /** The domain hydrus records for a text that is not a full URL. */
    public static final String UNKNOWN_DOMAIN = "unknown.com";
    /** What the {@code note} of a file found through its URL starts with. */
    static final String NOTE_PREFIX = "url recognised: ";
    /** The note of a status-2 file whose bytes {@code doublecheck_file_system} did not find. */
    public static final String MISSING_NOTE = "The client believed this file was already in the db, but it was truly "
            + "missing! Import will go ahead, in an attempt to fix the situation.";
    private static final String UNKNOWN_REASON = "Unknown deletion reason.";

    /** What one {@code associate_url} request asks for, checked: the URLs to add (normalised if asked) and delete. */
    public record UrlEdit(List<String> add, List<String> delete) {
        public UrlEdit {
            add = List.copyOf(add);
            delete = List.copyOf(delete);
        }
    }

    /** One file found for a URL, as {@code get_url_files} reports it. */
    public record UrlFileStatus(ImportStatus status, ByteKey sha256, String note) {
    }

    /** What {@code get_url_files} answers. */
    public record UrlFiles(String normalisedUrl, List<UrlFileStatus> statuses) {
        public UrlFiles {
            statuses = List.copyOf(statuses);
        }

        /** Whether every status is a successful one (hydrus then lets the answer be cached for 30 s). */
        public boolean allSuccessful() {
            return statuses.stream().allMatch(s -> s.status().successful());
        }
    }

    private final UrlMappingStore store;
    private final FileReads files;
    private final FileResolver resolver;
    private final FileStore fileStore;
    private final UrlNormaliser normaliser;
    private final UrlMappingIndex index;
    private final Clock clock;
    private final ImportNotes notes;
    private final ReentrantLock commitOrder = new ReentrantLock();

    /**
     * @param files     the file records (states of the files a URL names; ids of named hashes)
     * @param fileStore the bytes on disk, for {@code doublecheck_file_system}
     * @param index     told about every committed change
     * @param zone      the time zone of the times in notes
     */
    public FileUrls(UrlMappingStore store, FileReads files, FileStore fileStore, UrlNormaliser normaliser,
                    UrlMappingIndex index, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.files = Objects.requireNonNull(files, "files");
        this.resolver = new FileResolver(files);
        this.fileStore = Objects.requireNonNull(fileStore, "fileStore");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notes = new ImportNotes(zone, NOTE_PREFIX);
    }

    /**
     * The domain hydrus records for a URL: its netloc (port and user info included, case kept), or
     * {@value #UNKNOWN_DOMAIN} for texts that are not full URLs.
     */
    public static String recordedDomain(String url) {
        try {
            return UrlText.domain(url);
        } catch (UrlClassException e) {
            return UNKNOWN_DOMAIN;
        }
    }

    /**
     * Checks the URLs of an {@code associate_url} request in hydrus's order: URLs to add are normalised (unless
     * {@code normalise} is false; URLs to delete never are), then there must be some URL.
     *
     * @throws ApiException 400 when a URL to add cannot be normalised, or when there is no URL at all
     */
    public UrlEdit edit(List<String> add, List<String> delete, boolean normalise) {
        List<String> toAdd = new ArrayList<>(add.size());
        for (String url : add) {
            if (!normalise) {
                toAdd.add(url);
                continue;
            }
            try {
                toAdd.add(normaliser.normalise(url));
            } catch (UrlClassException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        }
        if (toAdd.isEmpty() && delete.isEmpty()) {
            throw ApiException.badRequest("Did not find any URLs to add or delete!");
        }
        return new UrlEdit(toAdd, delete);
    }

    /**
     * Adds, then deletes, the edit's URLs on the named files, in one transaction. Hashes without a file id get one
     * (hydrus records URLs of files it does not have); an unknown {@code file_id} is a 404 and changes nothing.
     */
    public void apply(FileSelection selection, UrlEdit edit) {
        List<FileResolver.ResolvedFile> resolved = resolver.resolve(selection);
        List<ByteKey> unknown = resolved.stream().filter(f -> f.fileId() == null)
                .map(FileResolver.ResolvedFile::sha256).toList();
        Map<String, String> addDomains = new LinkedHashMap<>();
        edit.add().forEach(url -> addDomains.putIfAbsent(url, recordedDomain(url)));
        List<String> delete = List.copyOf(new LinkedHashSet<>(edit.delete()));
        commitOrder.lock();
        try {
            Changes changes = store.write(tx -> {
                Map<ByteKey, Long> created = unknown.isEmpty() ? Map.of() : tx.fileIdsFor(unknown);
                LinkedHashSet<Long> ids = new LinkedHashSet<>();
                for (FileResolver.ResolvedFile f : resolved) {
                    ids.add(f.fileId() != null ? f.fileId() : created.get(f.sha256()));
                }
                List<UrlMapping> added = addDomains.isEmpty() ? List.of() : tx.add(ids, addDomains);
                List<UrlMapping> removed = delete.isEmpty() ? List.of() : tx.remove(ids, delete);
                return new Changes(added, removed);
            });
            if (!changes.added().isEmpty() || !changes.removed().isEmpty()) {
                index.changed(changes.added(), changes.removed());
            }
        } finally {
            commitOrder.unlock();
        }
    }

    private record Changes(List<UrlMapping> added, List<UrlMapping> removed) {
    }

    /**
     * The files recorded for a URL under any of the forms hydrus searches ({@link UrlNormaliser#searchVariants}),
     * by file id, each with its status: 3 when deleted from or in the trash, 2 when in the library, 0 otherwise (a
     * hash the library never had). With {@code doublecheck}, a status-2 file whose bytes are not on disk is 0.
     *
     * @throws ApiException 400 for an empty URL or one its URL class cannot normalise
     */
    public UrlFiles filesOf(String url, boolean doublecheck) {
        if (url.isEmpty()) {
            throw ApiException.badRequest("Given URL was empty!");
        }
        String normalised;
        try {
            normalised = normaliser.normalise(url);
        } catch (UrlClassException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<Long> ids = store.filesWithAny(normaliser.searchVariants(normalised)).stream().sorted().toList();
        Map<Long, FileState> states = ids.isEmpty() ? Map.of() : files.states(ids);
        long now = clock.millis();
        List<UrlFileStatus> statuses = new ArrayList<>();
        for (long id : ids) {
            FileState state = states.get(id);
            if (state != null) {
                statuses.add(status(state, doublecheck, now));
            }
        }
        return new UrlFiles(normalised, statuses);
    }

    /** hydrus's status of a file it knows the hash of, with the note worded as hydrus words it. */
    private UrlFileStatus status(FileState state, boolean doublecheck, long now) {
        FileLocations where = state.locations();
        String reason = state.deletionReason() != null ? state.deletionReason() : UNKNOWN_REASON;
        FileLocations.Deletion gone = where.deleted().get(FileDomainRules.LOCAL_STORAGE);
        if (gone != null) {
            return new UrlFileStatus(ImportStatus.PREVIOUSLY_DELETED, state.sha256(),
                    notes.deleted(gone.deletedMs(), reason, now));
        }
        Long trashed = where.current().get(FileDomainRules.TRASH);
        if (trashed != null) {
            return new UrlFileStatus(ImportStatus.PREVIOUSLY_DELETED, state.sha256(),
                    notes.inTrash(reason, trashed, now));
        }
        Long imported = where.current().get(FileDomainRules.LOCAL_STORAGE);
        if (imported == null || state.record() == null) {
            return new UrlFileStatus(ImportStatus.UNKNOWN, state.sha256(), "");
        }
        if (doublecheck && !fileStore.hasFile(state.sha256(), state.record().type())) {
            return new UrlFileStatus(ImportStatus.UNKNOWN, state.sha256(), MISSING_NOTE);
        }
        return new UrlFileStatus(ImportStatus.ALREADY_IN_DB, state.sha256(), notes.alreadyImported(imported, now));
    }

    /**
     * The known URLs of these files (one store query for the batch), sorted as hydrus sorts them; with
     * {@code detailed}, what each one normalises to. Files without URLs map to {@link KnownUrls#NONE}.
     */
    public Map<Long, KnownUrls> known(Collection<Long> fileIds, boolean detailed) {
        Map<Long, KnownUrls> out = new LinkedHashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        Map<Long, List<String>> urls = store.urlsOf(fileIds);
        for (Long id : fileIds) {
            List<String> list = urls.get(id);
            if (list == null || list.isEmpty()) {
                out.put(id, KnownUrls.NONE);
                continue;
            }
            List<String> sorted = new ArrayList<>(list);
            sorted.sort(CodePointOrder.INSTANCE);
            List<UrlInfo> details = new ArrayList<>();
            if (detailed) {
                for (String url : sorted) {
                    Optional<UrlInfo> info = normaliser.knownUrlInfo(url);
                    info.ifPresent(details::add);
                }
            }
            out.put(id, new KnownUrls(sorted, details));
        }
        return out;
    }
}
