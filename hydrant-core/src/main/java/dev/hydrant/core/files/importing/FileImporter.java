package dev.hydrant.core.files.importing;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileHasher;
import dev.hydrant.core.files.FileHashes;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileLocks;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileStore;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeDetector;
import dev.hydrant.core.files.ImportRefusal;
import dev.hydrant.core.files.ImportStatus;
import dev.hydrant.core.files.MediaInspector;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.core.services.DefaultServices;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The import use case ({@code add_file}, the folder importer): hash, recognise known files (status 2 or 3),
 * sniff the type, analyse the media, store the bytes durably, then commit the record; one file however many
 * imports of the same bytes run at once.
 *
 * <p>Order of a new import: bytes staged and hashed in one pass → type and media outside any lock → under the
 * file's lock, check again that no other import stored it meanwhile → bytes moved into the file store and synced
 * → record (with its perceptual hashes), domains and inbox committed in one transaction. A crash before the commit
 * leaves at most a file without a row, which the start-up sweep removes.
 */
public final class FileImporter {
    private final FileRecordStore records;
    private final FileStore files;
    private final FileLocks locks;
    private final FileTypeDetector detector;
    private final MediaInspector inspector;
    private final FileDomainRules rules;
    private final Clock clock;
    private final ImportNotes notes;
    private final Supplier<FileImportOptions> options;

    /** With hydrus's default file import options. */
    public FileImporter(FileRecordStore records, FileStore files, FileLocks locks, FileTypeDetector detector,
                        MediaInspector inspector, FileDomainRules rules, Clock clock, ZoneId zone) {
        this(records, files, locks, detector, inspector, rules, clock, zone, () -> FileImportOptions.DEFAULTS);
    }

    /** @param options the file import options, asked once per import (so a change applies to the next one) */
    public FileImporter(FileRecordStore records, FileStore files, FileLocks locks, FileTypeDetector detector,
                        MediaInspector inspector, FileDomainRules rules, Clock clock, ZoneId zone,
                        Supplier<FileImportOptions> options) {
        this.options = options;
        this.records = records;
        this.files = files;
        this.locks = locks;
        this.detector = detector;
        this.inspector = inspector;
        this.rules = rules;
        this.clock = clock;
        this.notes = new ImportNotes(zone);
    }

    /**
     * Imports a file the caller owns and no longer needs (an upload's temp file on the data disk): it is moved
     * into the file store when imported, otherwise left for the caller to delete.
     *
     * @param destinations local file domains; empty for the default ("my files")
     */
    public ImportResult importUpload(Path upload, Collection<ByteKey> destinations) throws IOException {
        Long modified = Files.getLastModifiedTime(upload).toMillis();
        FileHashes hashes = FileHasher.hash(upload);
        return importStaged(upload, hashes, modified, destinations);
    }

    /**
     * Imports a file from a path on this machine; the original is copied (and deleted afterwards when
     * {@code deleteAfterSuccess} and the import succeeded, status 1 or 2).
     *
     * @throws ApiException 400 with hydrus's text when the path is missing, relative or not a regular file
     */
    public ImportResult importPath(String pathText, Collection<ByteKey> destinations, boolean deleteAfterSuccess)
            throws IOException {
        Path source = checkedSource(pathText);
        Long modified = Files.getLastModifiedTime(source).toMillis();
        Path staged = files.createStagingFile();
        try {
            FileHashes hashes;
            try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(staged)) {
                hashes = FileHasher.copyAndHash(in, out);
            }
            ImportResult result = importStaged(staged, hashes, modified, destinations);
            if (deleteAfterSuccess && result.status().successful()) {
                Files.deleteIfExists(source);
            }
            return result;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * A path a request named: it must exist and be a regular file. Relative paths are refused as not existing:
     * they would depend on the server's working folder, which means nothing to a client.
     */
    public static Path checkedSource(String pathText) {
        Path path;
        try {
            path = Path.of(pathText);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("Path \"" + pathText + "\" does not exist!");
        }
        if (!path.isAbsolute() || !Files.exists(path)) {
            throw ApiException.badRequest("Path \"" + pathText + "\" does not exist!");
        }
        if (!Files.isRegularFile(path)) {
            throw ApiException.badRequest("Path \"" + pathText + "\" is not a file!");
        }
        return path;
    }

    private ImportResult importStaged(Path staged, FileHashes hashes, Long modifiedMs,
                                      Collection<ByteKey> destinationKeys) throws IOException {
        List<ByteKey> destinations = destinationKeys.isEmpty() ? List.of(defaultDestination())
                : List.copyOf(destinationKeys);
        ByteKey sha256 = hashes.sha256();
        FileImportOptions importOptions = options.get();
        Optional<ImportResult> known = knownFile(sha256, destinations, importOptions.excludeDeleted());
        if (known.isPresent()) {
            return known.get();
        }
        FileTypeDetector.Detection detection = detector.detect(staged);
        ImportRefusal refusal = detection.refusal();
        if (refusal != null) {
            return refused(sha256, refusal);
        }
        FileType type = detection.type();
        long size = Files.size(staged);
        Path thumbnail = files.createStagingFile();
        try {
            MediaInspector.Analysis analysis;
            try {
                analysis = inspector.analyse(staged, type, thumbnail);
            } catch (MediaInspector.DamagedMedia e) {
                return refused(sha256, ImportRefusal.damaged(e.getMessage()));
            }
            MediaProperties media = analysis.properties();
            Optional<String> veto = importOptions.veto(size, type, media.width(), media.height());
            if (veto.isPresent()) {
                return refused(sha256, ImportRefusal.vetoed(veto.get()));
            }
            long[] perceptual = type.hasPerceptualHash()
                    ? dev.hydrant.core.files.PerceptualHashes.toLongs(analysis.perceptualHashes()) : new long[0];
            boolean hasThumbnail = analysis.thumbnailFormat() != null;
            return locks.withLock(sha256, () -> {
                Optional<ImportResult> raced = knownFile(sha256, destinations, importOptions.excludeDeleted());
                if (raced.isPresent()) {
                    return raced.get();
                }
                files.putFile(staged, sha256, type);
                if (hasThumbnail) {
                    files.putThumbnail(thumbnail, sha256);
                }
                long now = clock.millis();
                records.write(tx -> {
                    long id = tx.idFor(sha256);
                    tx.putRecord(new FileRecord(id, sha256, size, type, null, media, modifiedMs), hashes);
                    tx.setPerceptualHashes(id, perceptual);
                    for (ByteKey domain : destinations) {
                        rules.addToLocalDomain(tx, domain, Map.of(id, now));
                    }
                    tx.setInbox(List.of(id), true);
                    return id;
                });
                return new ImportResult(ImportStatus.SUCCESSFUL, sha256, "", null);
            });
        } finally {
            Files.deleteIfExists(thumbnail);
        }
    }

    private ByteKey defaultDestination() {
        List<ByteKey> local = rules.localDomains();
        if (local.contains(DefaultServices.MY_FILES) || local.isEmpty()) {
            return DefaultServices.MY_FILES;
        }
        return local.get(0);
    }

    /**
     * Status 2 or 3 for a file the library knows (hydrus's pre-import check); a status-2 file that is missing
     * from a destination domain is added there. A previously deleted file is imported again (nothing is returned)
     * when the options do not exclude deleted files.
     */
    private Optional<ImportResult> knownFile(ByteKey sha256, List<ByteKey> destinations, boolean excludeDeleted) {
        Long id = records.idsOf(List.of(sha256)).get(sha256);
        if (id == null) {
            return Optional.empty();
        }
        FileState state = records.states(List.of(id)).get(id);
        if (state == null || state.record() == null) {
            return Optional.empty();
        }
        FileLocations where = state.locations();
        long now = clock.millis();
        String reason = state.deletionReason() != null ? state.deletionReason() : "Unknown deletion reason.";
        FileLocations.Deletion gone = where.deleted().get(FileDomainRules.LOCAL_STORAGE);
        Long trashed = where.current().get(FileDomainRules.TRASH);
        if ((gone != null || trashed != null) && !excludeDeleted) {
            return Optional.empty();
        }
        if (gone != null) {
            return Optional.of(new ImportResult(ImportStatus.PREVIOUSLY_DELETED, sha256,
                    notes.deleted(gone.deletedMs(), reason, now), null));
        }
        if (trashed != null) {
            return Optional.of(new ImportResult(ImportStatus.PREVIOUSLY_DELETED, sha256,
                    notes.inTrash(reason, trashed, now), null));
        }
        Long imported = where.current().get(FileDomainRules.LOCAL_STORAGE);
        if (imported == null) {
            return Optional.empty();
        }
        addToMissingDestinations(sha256, id, destinations, where.current().keySet());
        return Optional.of(new ImportResult(ImportStatus.ALREADY_IN_DB, sha256, notes.alreadyImported(imported, now),
                null));
    }

    private void addToMissingDestinations(ByteKey sha256, long id, List<ByteKey> destinations, Set<ByteKey> current) {
        if (current.containsAll(destinations)) {
            return;
        }
        locks.withLock(sha256, () -> records.write(tx -> {
            if (tx.currentIn(FileDomainRules.LOCAL_STORAGE, List.of(id)).isEmpty()) {
                return null;
            }
            long now = clock.millis();
            Map<Long, Long> row = new HashMap<>(Map.of(id, now));
            for (ByteKey domain : destinations) {
                rules.addToLocalDomain(tx, domain, row);
            }
            return null;
        }));
    }

    private static ImportResult refused(ByteKey sha256, ImportRefusal refusal) {
        String traceback = null;
        if (refusal.exceptionName() != null) {
            traceback = "Traceback (most recent call last):\n  Hydrant could not import " + sha256.hex() + "\n"
                    + refusal.exceptionName() + ": " + refusal.note() + "\n";
        }
        return new ImportResult(refusal.status(), sha256, refusal.note(), traceback);
    }
}
