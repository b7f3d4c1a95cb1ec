package dev.hydrant.app;

import dev.hydrant.core.access.AccessControl;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.access.PermissionRequests;
import dev.hydrant.core.access.SearchPermits;
import dev.hydrant.core.access.SessionRegistry;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileLifecycle;
import dev.hydrant.core.files.FileLocks;
import dev.hydrant.core.files.FileDomainMembership;
import dev.hydrant.core.files.FileQueries;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.ObservedFileRecordStore;
import dev.hydrant.core.files.FileRemovalJob;
import dev.hydrant.core.files.FileStore;
import dev.hydrant.core.files.FileTypeDetector;
import dev.hydrant.core.files.MediaInspector;
import dev.hydrant.core.files.OrphanSweep;
import dev.hydrant.core.files.importing.FileImporter;
import dev.hydrant.core.files.importing.HashGenerator;
import dev.hydrant.core.files.storage.StorageLayout;
import dev.hydrant.core.files.storage.StorageLocations;
import dev.hydrant.core.options.ServerOptions;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.store.MetadataStore;
import dev.hydrant.core.tags.FileTags;
import dev.hydrant.core.tags.PendingContent;
import dev.hydrant.core.tags.TagAutocomplete;
import dev.hydrant.core.tags.TagRelations;
import dev.hydrant.core.tags.TagEditor;
import dev.hydrant.core.tags.TagFilter;
import dev.hydrant.core.files.ImageRendering;
import dev.hydrant.core.files.Renders;
import dev.hydrant.core.files.Thumbnails;
import dev.hydrant.media.MediaAnalyser;
import dev.hydrant.media.render.ImageRenderer;
import dev.hydrant.media.render.MediaImageRendering;
import dev.hydrant.media.render.UgoiraRenderer;
import dev.hydrant.media.thumbnail.IconFiles;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.ffmpeg.FfmpegExecutables;
import dev.hydrant.media.ffmpeg.FfmpegLocator;
import dev.hydrant.media.ffmpeg.FfprobeContainerProbe;
import dev.hydrant.media.ffmpeg.FfmpegUnavailableException;
import dev.hydrant.core.tags.TagViews;
import dev.hydrant.index.FileColumns;
import dev.hydrant.index.NoteNames;
import dev.hydrant.core.notes.FileNotes;
import dev.hydrant.core.notes.NoteEditor;
import dev.hydrant.index.IndexSnapshot;
import dev.hydrant.core.metadata.FileMetadata;
import dev.hydrant.index.MetadataIndexes;
import dev.hydrant.index.PostingMappingIndex;
import dev.hydrant.index.RatingColumns;
import dev.hydrant.core.ratings.FileRatings;
import dev.hydrant.core.ratings.RatingEditor;
import dev.hydrant.index.SearchEngine;
import dev.hydrant.core.search.FileSearch;
import dev.hydrant.index.TagWordIndex;
import dev.hydrant.index.TimeColumns;
import dev.hydrant.core.times.TimeEditor;
import dev.hydrant.core.times.ViewingStatistics;
import dev.hydrant.media.sniff.FileTypeSniffer;
import dev.hydrant.media.sniff.SniffingDetector;
import dev.hydrant.store.disk.DiskFileStore;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.UrlNormaliser;
import dev.hydrant.core.urls.known.FileUrls;
import dev.hydrant.index.UrlSearchIndex;
import dev.hydrant.store.sqlite.SqliteMetadataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An opened data folder and the use cases over it, shared by the server and the CLI: the store, the service
 * catalog, access keys and permission requests, URL classes, the file store and the file use cases. Plain
 * constructor wiring; nothing static.
 */
public final class Library implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    /** How long a physically deleted file's bytes stay on disk before the removal job takes them. */
    public static final Duration REMOVAL_DELAY = Duration.ofSeconds(30);
    private static final Duration REMOVAL_INTERVAL = Duration.ofSeconds(5);

    private final DataFolder folder;
    private final MetadataStore store;
    private final ServiceCatalog services;
    private final SessionRegistry sessions;
    private final AccessControl accessControl;
    private final PermissionRequests permissionRequests;
    private final UrlNormaliser urls;
    private final Clock clock;
    private final SecureRandom random;
    private final FileStore fileStore;
    private final FileLocks fileLocks = new FileLocks();
    private final FileDomainRules domainRules;
    private final FileImporter importer;
    private final HashGenerator hashGenerator;
    private final FileRemovalJob removalJob;
    private final FileLifecycle lifecycle;
    private final FileQueries queries;
    private final SearchPermits searchPermits;
    private final FileMetadata fileMetadata;
    private final Thumbnails thumbnails;
    private final Renders renders;
    private final FileRecordStore files;
    private final FileDomainMembership domainMembership = new FileDomainMembership();
    private final ReentrantLock tagCommitOrder = new ReentrantLock();
    private final TagViews tagViews;
    private final TagEditor tagEditor;
    private final FileTags fileTags;
    private final TagRelations tagRelations;
    private final TagAutocomplete tagAutocomplete;
    private final PendingContent pendingContent;
    private final FileColumns fileColumns = new FileColumns();
    private final RatingColumns ratingColumns = new RatingColumns();
    private final RatingEditor ratingEditor;
    private final FileRatings fileRatings;
    private final TimeColumns timeColumns = new TimeColumns();
    private final TimeEditor timeEditor;
    private final ViewingStatistics viewingStatistics;
    private final SearchEngine searchEngine;
    private final FileSearch fileSearch;
    private final NoteNames noteNames = new NoteNames();
    private final NoteEditor noteEditor;
    private final FileNotes fileNotes;
    private final UrlSearchIndex urlIndex;
    private final dev.hydrant.index.SimilarFilesIndex similarFiles = new dev.hydrant.index.SimilarFilesIndex();
    private final dev.hydrant.core.files.PerceptualHashRegeneration perceptualHashRegeneration;
    private final FileUrls fileUrls;
    private final Duration indexBuildTime;
    private final boolean indexFromSnapshot;
    private final StorageLocations storageLocations;
    private final ServerOptions options;
    private ScheduledExecutorService background;

    private Library(DataFolder folder, MetadataStore store, Clock clock, SecureRandom random, UrlClassCatalog urlClasses,
                    MediaInspector inspector, FileTypeDetector detector, ImageRendering rendering,
                    Duration removalDelay, String storeFingerprint) throws IOException {
        this.folder = folder;
        this.store = store;
        this.clock = clock;
        this.random = random;
        ServiceCatalog.initialiseDefaults(store.services());
        this.services = new ServiceCatalog(store.services(), random);
        this.sessions = new SessionRegistry(clock, random);
        this.accessControl = new AccessControl(store.accessKeys(), sessions);
        this.permissionRequests = new PermissionRequests(store.permissionRequests(), store.accessKeys(), clock, random);
        DiskFileStore disk = new DiskFileStore(folder.clientFiles());
        this.fileStore = disk;
        this.storageLocations = new StorageLocations(store.storageLocations(), disk,
                StorageLayout.single(folder.clientFiles()));
        this.options = new ServerOptions(store.options());
        ObservedFileRecordStore observed = new ObservedFileRecordStore(store.files(), domainMembership);
        this.files = observed;
        long buildStart = System.nanoTime();
        java.util.Optional<IndexSnapshot.Contents> snapshot = storeFingerprint == null ? java.util.Optional.empty()
                : IndexSnapshot.read(folder.indexSnapshot(), storeFingerprint);
        deleteSnapshot(folder);
        if (snapshot.isPresent()) {
            IndexSnapshot.Contents contents = snapshot.get();
            domainMembership.load(contents.current(), contents.deleted());
            fileColumns.install(contents.columns());
            TagWordIndex words = new TagWordIndex();
            words.addAll(contents.tagIds(), contents.tags());
            TagViews views = new TagViews(words, contents.postings());
            views.relationsChanged(store.tagRelations());
            this.tagViews = views;
            this.indexBuildTime = Duration.ofNanos(System.nanoTime() - buildStart);
            LOG.info("search index loaded from its snapshot in {} ms: {} files, {} tags", indexBuildTime.toMillis(),
                    fileColumns.countFiles(), words.size());
        } else {
            // tags on a second thread while this one loads domains and columns: separate tables, WAL readers
            java.util.concurrent.CompletableFuture<TagViews> tags = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        long start = System.nanoTime();
                        TagViews views = loadTagViews(store);
                        LOG.info("tag index built in {} ms: {} tags", (System.nanoTime() - start) / 1_000_000,
                                views.vocabulary().size());
                        return views;
                    }, r -> new Thread(r, "hydrant-tag-index").start());
            domainMembership.load(store.files());
            long domainsDone = System.nanoTime();
            store.files().forEachState(10_000, fileColumns::update);
            long columnsDone = System.nanoTime();
            this.tagViews = tags.join();
            this.indexBuildTime = Duration.ofNanos(System.nanoTime() - buildStart);
            LOG.info("search index built in {} ms (domains {} ms, columns {} ms, tags in parallel): {} files",
                    indexBuildTime.toMillis(), (domainsDone - buildStart) / 1_000_000,
                    (columnsDone - domainsDone) / 1_000_000, fileColumns.countFiles());
        }
        this.indexFromSnapshot = snapshot.isPresent();
        loadNotes(store, noteNames);
        loadSimilarFiles(store, fileColumns, similarFiles);
        observed.setSimilarFilesListener(similarFiles);
        loadRatings(store);
        store.files().forEachTimes(10_000, timeColumns::load);
        observed.setListener(ids -> {
            fileColumns.update(store.files().states(ids).values());
            timeColumns.update(ids, store.files().timesOf(ids));
        });
        this.tagEditor = new TagEditor(store.tagMappings(), files, services, tagViews, tagCommitOrder);
        this.fileTags = new FileTags(store.tagMappings(), tagViews, services);
        this.tagRelations = new TagRelations(store.tagRelations(), tagViews, services, tagCommitOrder);
        this.tagAutocomplete = new TagAutocomplete(tagViews, domainMembership, services);
        this.pendingContent = new PendingContent(store.tagMappings(), store.tagRelations(), tagViews, services,
                tagCommitOrder);
        this.domainRules = new FileDomainRules(services);
        this.importer = new FileImporter(files, fileStore, fileLocks, detector, inspector, domainRules, clock,
                ZoneId.systemDefault(), options::fileImportOptions);
        this.hashGenerator = new HashGenerator(detector, inspector);
        this.removalJob = new FileRemovalJob(files, fileStore, fileLocks, clock, removalDelay);
        this.lifecycle = new FileLifecycle(files, domainRules, services, clock, options::deleteLockForArchivedFiles);
        this.queries = new FileQueries(files, fileStore);
        this.searchPermits = new SearchPermits(clock);
        this.thumbnails = new Thumbnails(files, fileStore, new IconFiles(folder.icons()));
        this.renders = new Renders(queries, rendering, new FileNotes(store.notes()));
        this.noteEditor = new NoteEditor(store.notes(), files, noteNames);
        this.fileNotes = new FileNotes(store.notes());
        this.urls = new UrlNormaliser(urlClasses);
        this.urlIndex = loadUrlIndex(store, urlClasses);
        this.fileUrls = new FileUrls(store.urlMappings(), files, fileStore, urls, urlIndex, clock,
                ZoneId.systemDefault());
        this.searchEngine = new SearchEngine((PostingMappingIndex) tagViews.index(), tagViews, domainMembership,
                services, fileColumns, clock, ZoneId.systemDefault(), (hashes, type) -> files.translate(hashes, type,
                dev.hydrant.core.files.HashType.SHA256),
                new MetadataIndexes(noteNames, ratingColumns, urlIndex, timeColumns, similarFiles));
        this.perceptualHashRegeneration = new dev.hydrant.core.files.PerceptualHashRegeneration(files, fileStore,
                inspector);
        this.ratingEditor = new RatingEditor(store.ratings(), files, services, ratingColumns);
        this.fileRatings = new FileRatings(store.ratings(), services);
        this.timeEditor = new TimeEditor(files, services);
        this.viewingStatistics = new ViewingStatistics(files, clock);
        this.fileMetadata = new FileMetadata(queries, searchPermits, fileTags, fileNotes, fileRatings, fileUrls);
        this.fileSearch = new FileSearch(searchEngine, services, searchPermits, clock,
                name -> urls.catalog().byName(name).map(dev.hydrant.core.urls.UrlClass::name));
    }

    /** The note index, always read from the store (the index snapshot does not hold notes). */
    private static void loadNotes(MetadataStore store, NoteNames notes) {
        long start = System.nanoTime();
        store.notes().forEachNoteName(notes::load);
        notes.finishLoading();
        LOG.info("note index built in {} ms: {} files with notes, {} note names",
                (System.nanoTime() - start) / 1_000_000, notes.withNotes().getCardinality(), notes.nameCount());
    }

    /**
     * The similar-files index, always read from the store and the columns (the index snapshot does not hold
     * perceptual hashes).
     */
    private static void loadSimilarFiles(MetadataStore store, FileColumns columns,
                                         dev.hydrant.index.SimilarFilesIndex similar) {
        long start = System.nanoTime();
        similar.load(store.files(), columns.data());
        LOG.info("similar-files index built in {} ms: {} perceptual hashes", (System.nanoTime() - start) / 1_000_000,
                similar.perceptual().size());
    }

    /** Recomputes perceptual hashes from the stored files ({@code hydrant maintenance}). */
    public dev.hydrant.core.files.PerceptualHashRegeneration perceptualHashRegeneration() {
        return perceptualHashRegeneration;
    }

    /** {@code set_notes} and {@code delete_notes}. */
    public NoteEditor noteEditor() {
        return noteEditor;
    }

    /** The ratings in memory, read from the store at every open (they are not part of the index snapshot). */
    private void loadRatings(MetadataStore store) {
        long start = System.nanoTime();
        long[] count = {0};
        store.ratings().forEachRating((service, fileId, rating) -> {
            ratingColumns.load(service, fileId, rating);
            count[0]++;
        });
        LOG.info("ratings loaded in {} ms: {} ratings", (System.nanoTime() - start) / 1_000_000, count[0]);
    }

    /** {@code set_rating}. */
    public RatingEditor ratingEditor() {
        return ratingEditor;
    }

    /** The search use case over the in-memory index. */
    public FileSearch fileSearch() {
        return fileSearch;
    }

    /** {@code /edit_times/set_time}. */
    public TimeEditor timeEditor() {
        return timeEditor;
    }

    /** {@code /edit_times/increment_file_viewtime} and {@code set_file_viewtime}. */
    public ViewingStatistics viewingStatistics() {
        return viewingStatistics;
    }

    public SearchEngine searchEngine() {
        return searchEngine;
    }

    /** Whether the in-memory indexes were read from the snapshot written at the last close (not rebuilt). */
    public boolean indexFromSnapshot() {
        return indexFromSnapshot;
    }

    /** How long building the in-memory indexes (domains, columns, tags) took when the library opened. */
    public Duration indexBuildTime() {
        return indexBuildTime;
    }

    /** The known URLs of files in memory for search, always read from the store (they are not in the snapshot). */
    private static UrlSearchIndex loadUrlIndex(MetadataStore store, UrlClassCatalog urlClasses) {
        long start = System.nanoTime();
        UrlSearchIndex index = new UrlSearchIndex(urlClasses);
        store.urlMappings().forEachMapping(index::load);
        LOG.info("URL index built in {} ms: {} URLs", (System.nanoTime() - start) / 1_000_000, index.urlCount());
        return index;
    }

    /** The known URLs of files: associate_url, get_url_files, known_urls. */
    public FileUrls fileUrls() {
        return fileUrls;
    }

    /** The in-memory tag views, filled from the store: vocabulary, mappings, display rules. */
    private static TagViews loadTagViews(MetadataStore store) {
        TagWordIndex words = new TagWordIndex();
        List<Integer> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        store.tagMappings().forEachTag((id, tag) -> {
            ids.add(id);
            texts.add(tag);
        });
        words.addAll(ids.stream().mapToInt(Integer::intValue).toArray(), texts.toArray(String[]::new));
        PostingMappingIndex index = new PostingMappingIndex();
        store.tagMappings().forEachLiveMapping(index::load);
        index.finishLoading();
        TagViews views = new TagViews(words, index);
        views.relationsChanged(store.tagRelations());
        return views;
    }

    public static Library open(DataFolder folder) throws IOException {
        return open(folder, Clock.systemUTC());
    }

    /** With an explicit clock: tests use one to move time (session expiry, permission windows). */
    public static Library open(DataFolder folder, Clock clock) throws IOException {
        return open(folder, clock, REMOVAL_DELAY);
    }

    /** With an explicit delay before physically deleted files leave the disk. */
    public static Library open(DataFolder folder, Clock clock, Duration removalDelay) throws IOException {
        FfmpegExecutables ffmpeg;
        try {
            ffmpeg = new FfmpegLocator().locate();
        } catch (FfmpegUnavailableException e) {
            throw new IOException("ffmpeg/ffprobe are needed to analyse media and could not be started: "
                    + e.getMessage(), e);
        }
        Ffmpeg tools = new Ffmpeg(ffmpeg);
        return open(folder, clock, removalDelay, new MediaAnalyser(tools),
                new SniffingDetector(new FileTypeSniffer(new FfprobeContainerProbe(ffmpeg))),
                new MediaImageRendering(new ImageRenderer(tools), new UgoiraRenderer(tools)));
    }

    /**
     * With explicit media analysis (the {@link MediaInspector} port: sizes, flags, hashes, thumbnails) and file
     * type detection.
     */
    public static Library open(DataFolder folder, Clock clock, Duration removalDelay, MediaInspector inspector,
                               FileTypeDetector detector, ImageRendering rendering) throws IOException {
        folder.create();
        UrlClassCatalog urlClasses = UrlClassFiles.load(folder);
        String fingerprint = storeFingerprint(folder);
        SqliteMetadataStore store = SqliteMetadataStore.open(folder.database());
        try {
            return new Library(folder, store, clock, new SecureRandom(), urlClasses, inspector, detector, rendering,
                    removalDelay, fingerprint);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * What identifies the database files' state while no library has them open: sizes and modification times of
     * the database and its write-ahead log. Null when there is no database yet.
     */
    static String storeFingerprint(DataFolder folder) {
        try {
            java.nio.file.Path db = folder.database();
            if (!java.nio.file.Files.isRegularFile(db)) {
                return null;
            }
            java.nio.file.Path wal = db.resolveSibling(db.getFileName() + "-wal");
            String walPart = java.nio.file.Files.exists(wal)
                    ? java.nio.file.Files.size(wal) + "@" + java.nio.file.Files.getLastModifiedTime(wal).toMillis()
                    : "none";
            return java.nio.file.Files.size(db) + "@" + java.nio.file.Files.getLastModifiedTime(db).toMillis() + "/"
                    + walPart;
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteSnapshot(DataFolder folder) {
        try {
            java.nio.file.Files.deleteIfExists(folder.indexSnapshot());
        } catch (IOException e) {
            LOG.warn("could not remove the index snapshot {}", folder.indexSnapshot(), e);
        }
    }

    /** The file records, observed so the in-memory file domains follow every commit. */
    public FileRecordStore files() {
        return files;
    }

    public FileDomainMembership domainMembership() {
        return domainMembership;
    }

    public TagViews tagViews() {
        return tagViews;
    }

    public TagEditor tagEditor() {
        return tagEditor;
    }

    public TagRelations tagRelations() {
        return tagRelations;
    }

    public TagAutocomplete tagAutocomplete() {
        return tagAutocomplete;
    }

    public PendingContent pendingContent() {
        return pendingContent;
    }

    /** Held across every tag write and the in-memory update after it. */
    public ReentrantLock tagCommitOrder() {
        return tagCommitOrder;
    }

    public FileStore fileStore() {
        return fileStore;
    }

    public FileDomainRules domainRules() {
        return domainRules;
    }

    public FileLocks fileLocks() {
        return fileLocks;
    }

    public FileImporter importer() {
        return importer;
    }

    public HashGenerator hashGenerator() {
        return hashGenerator;
    }

    public FileLifecycle lifecycle() {
        return lifecycle;
    }

    public Thumbnails thumbnails() {
        return thumbnails;
    }

    public Renders renders() {
        return renders;
    }

    public FileQueries queries() {
        return queries;
    }

    /** {@code file_metadata}: every family of the selected files in one batch read each. */
    public FileMetadata fileMetadata() {
        return fileMetadata;
    }

    /** The last search results of tag-restricted keys (what they may fetch). */
    public SearchPermits searchPermits() {
        return searchPermits;
    }

    /** Where client files live (hydrant storage). */
    public StorageLocations storageLocations() {
        return storageLocations;
    }

    /** The options set with hydrant options (delete lock, file import options). */
    public ServerOptions options() {
        return options;
    }

    public FileRemovalJob removalJob() {
        return removalJob;
    }

    /**
     * The start-up sweep: removes stored files that have no row (an import killed between storing the bytes and
     * committing) and leftovers of interrupted writes. Only while no other process uses the data folder.
     */
    public int sweepOrphans() throws IOException {
        int interrupted = storageLocations.recoverInterruptedMoves();
        if (interrupted > 0) {
            LOG.info("cleaned up after {} storage moves a crash interrupted", interrupted);
        }
        int removed = new OrphanSweep(files, fileStore).run();
        if (removed > 0) {
            LOG.info("start-up sweep removed {} stray files from {}", removed, folder.clientFiles());
        }
        return removed;
    }

    /** Starts the periodic jobs (physical removal of deleted files); stopped by {@link #close()}. */
    public synchronized void startBackgroundJobs() {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hydrant-file-removal");
            t.setDaemon(true);
            return t;
        });
        long every = REMOVAL_INTERVAL.toMillis();
        background.scheduleWithFixedDelay(this::removeDeletedFiles, every, every, TimeUnit.MILLISECONDS);
    }

    private void removeDeletedFiles() {
        try {
            removalJob.runOnce();
        } catch (IOException | RuntimeException e) {
            LOG.warn("removing physically deleted files failed; will retry", e);
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public MetadataStore store() {
        return store;
    }

    public ServiceCatalog services() {
        return services;
    }

    public AccessControl accessControl() {
        return accessControl;
    }

    public PermissionRequests permissionRequests() {
        return permissionRequests;
    }

    /** URL normalisation and classification over the shipped and the user's URL classes. */
    public UrlNormaliser urls() {
        return urls;
    }

    public Clock clock() {
        return clock;
    }

    public SecureRandom random() {
        return random;
    }

    /**
     * Deletes a user service. A local file domain first loses its files as a deletion would take them (those in no
     * other local domain go to the trash), so no file is left in "combined local file domains" without a domain.
     */
    public void deleteService(ByteKey key) {
        services.find(key).filter(s -> s.type() == dev.hydrant.core.services.ServiceType.LOCAL_FILE_DOMAIN)
                .ifPresent(domain -> {
                    if (domainRules.localDomains().size() == 1) {
                        return;
                    }
                    List<Long> ids = files.allCurrentIn(domain.key());
                    files.write(tx -> domainRules.deleteFromLocalDomain(tx, domain.key(), ids, clock.millis()));
                });
        services.delete(key);
        ratingEditor.serviceDeleted(key);
    }

    /** Creates a key; a random 32-byte one unless {@code exactKey} is given. */
    public AccessKey addAccessKey(String name, ByteKey exactKey, boolean permitsEverything, Set<Permission> permissions,
                                  TagFilter searchFilter) {
        ByteKey key = exactKey;
        if (key == null) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            key = ByteKey.of(bytes);
        }
        AccessKey accessKey = new AccessKey(name, key, permitsEverything, permissions, searchFilter);
        store.accessKeys().put(accessKey);
        return accessKey;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (background != null) {
                background.shutdownNow();
                try {
                    background.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        store.close();
        writeSnapshot();
    }

    /** Writes the in-memory indexes for the next open (after the store closed, so its files no longer change). */
    private void writeSnapshot() {
        String fingerprint = storeFingerprint(folder);
        if (fingerprint == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            IndexSnapshot.write(folder.indexSnapshot(), fingerprint, domainMembership, fileColumns,
                    (TagWordIndex) tagViews.vocabulary(), (PostingMappingIndex) tagViews.index());
            LOG.info("index snapshot written in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the index snapshot; the next start rebuilds the index", e);
            deleteSnapshot(folder);
        }
    }
}
