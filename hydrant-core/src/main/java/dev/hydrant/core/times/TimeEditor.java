package dev.hydrant.core.times;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.CanvasViews;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileTimeWrites;
import dev.hydrant.core.files.FileTimes;
import dev.hydrant.core.files.FileWrites;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /edit_times/set_time} with hydrus's rules (digest §9.5): which timestamp types exist and what each needs
 * (a web domain, a canvas, a real file service), that only web domain times may be deleted (a null timestamp) and
 * only they may be added — every other type edits a time each named file already has. The arguments are read in
 * hydrus's order, so a request with several faults gets hydrus's error; one transaction, and any 400 changes nothing.
 */
public final class TimeEditor {
    /**
     * The request's arguments, read when the rules need them and in their order; each read fails with hydrus's 400
     * for that argument (missing, wrong type).
     */
    public interface Arguments {
        FileSelection files();

        /** Whether {@code timestamp} or {@code timestamp_ms} was sent, even as null. */
        boolean hasTimestamp();

        /** The time sent, in ms ({@code timestamp} seconds truncated to ms wins over {@code timestamp_ms}); null for null. */
        Long timestampMs();

        long timestampType();

        /** {@code domain}, required. */
        String domain();

        /** {@code canvas_type}, or null when not given. */
        Long canvasType();

        /** {@code file_service_key}, required. */
        ByteKey fileServiceKey();
    }

    /** Which time of a file: its type and where (web domain, canvas or file service, as the type needs). */
    record Target(TimestampType type, String domain, CanvasType canvas, Service service) {
        /** Hydrus's name of the time, as its 400 text shows it. */
        String describe() {
            return switch (type) {
                case IMPORTED, DELETED, PREVIOUSLY_IMPORTED -> "\"" + service.name() + "\" " + type.description();
                case LAST_VIEWED -> canvas.pretty() + " " + type.description();
                case MODIFIED_DOMAIN -> "\"" + domain + "\" " + type.description();
                default -> type.description();
            };
        }
    }

    private final FileRecordStore files;
    private final FileResolver resolver;
    private final ServiceCatalog services;

    public TimeEditor(FileRecordStore files, ServiceCatalog services) {
        this.files = files;
        this.resolver = new FileResolver(files);
        this.services = services;
    }

    public void setTime(Arguments args) {
        List<FileResolver.ResolvedFile> named = resolver.resolve(args.files());
        if (named.isEmpty()) {
            throw ApiException.badRequest("Did not find any hashes to apply the times to!");
        }
        if (!args.hasTimestamp()) {
            throw ApiException.badRequest("Sorry, you have to specify a timestamp, even if you want to send \"null\"!");
        }
        Long ms = args.timestampMs();
        Target target = target(args);
        if (target.type() != TimestampType.MODIFIED_DOMAIN && ms == null) {
            throw ApiException.badRequest("Sorry, you can only delete web domain timestamps (type 0) for now! You sent ("
                    + target.type().number() + ")!");
        }
        files.write(tx -> {
            List<Long> ids = new ArrayList<>();
            if (target.type() == TimestampType.MODIFIED_DOMAIN) {
                for (FileResolver.ResolvedFile f : named) {
                    ids.add(f.fileId() != null ? f.fileId() : tx.idFor(f.sha256()));
                }
            } else {
                requireExisting(tx, named, target);
                named.forEach(f -> ids.add(f.fileId()));
            }
            apply(tx, ids, target, ms);
            return null;
        });
    }

    /** The type and its location, checked as hydrus checks them. */
    private Target target(Arguments args) {
        long number = args.timestampType();
        TimestampType type = TimestampType.byNumber(number).orElse(null);
        if (type == null) {
            throw unknownType(number);
        }
        return switch (type) {
            case MODIFIED_DOMAIN -> {
                String domain = args.domain();
                yield domain.equals("local") ? new Target(TimestampType.MODIFIED_FILE, null, null, null)
                        : new Target(type, domain, null, null);
            }
            case LAST_VIEWED -> {
                Long canvas = args.canvasType();
                yield new Target(type, null, canvas == null ? CanvasType.MEDIA_VIEWER : ViewingStatistics.canvas(canvas),
                        null);
            }
            case IMPORTED, DELETED, PREVIOUSLY_IMPORTED -> {
                ByteKey key = args.fileServiceKey();
                Service service = services.find(key)
                        .orElseThrow(() -> ApiException.badRequest("Sorry, do not know that service!"));
                if (!ServiceType.REAL_FILE_SERVICES.contains(service.type())) {
                    throw ApiException.badRequest("Sorry, you have to specify a file service service key!");
                }
                yield new Target(type, null, null, service);
            }
            case MODIFIED_FILE, ARCHIVED -> new Target(type, null, null, null);
            case MODIFIED_AGGREGATE -> throw unknownType(number);
        };
    }

    private static ApiException unknownType(long number) {
        return ApiException.badRequest("Sorry, do not understand that timestamp type \"" + number + "\"!");
    }

    /** Every file must already have the time (in request order, the first that lacks it is named). */
    private static void requireExisting(FileWrites tx, List<FileResolver.ResolvedFile> named, Target target) {
        List<Long> known = named.stream().map(FileResolver.ResolvedFile::fileId)
                .filter(java.util.Objects::nonNull).toList();
        Map<Long, FileState> states = tx.states(known);
        Map<Long, FileTimes> times = target.type() == TimestampType.LAST_VIEWED ? tx.timesOf(known) : Map.of();
        for (FileResolver.ResolvedFile f : named) {
            FileState state = f.fileId() == null ? null : states.get(f.fileId());
            if (state == null || current(state, times.getOrDefault(f.fileId(), FileTimes.NONE), target) == null) {
                throw ApiException.badRequest("Sorry, if the timestamp type is other than 0 (web domain), then you "
                        + "cannot add new timestamps, only edit existing ones. I did not see the given timestamp type ("
                        + target.describe() + ") on one of the files you sent, specifically: " + f.sha256().hex());
            }
        }
    }

    /** The file's current value of the time, or null when it has none. */
    private static Long current(FileState state, FileTimes times, Target target) {
        FileLocations where = state.locations();
        return switch (target.type()) {
            case MODIFIED_FILE -> state.record() == null ? null : state.record().fileModifiedMs();
            case IMPORTED -> where.current().get(target.service().key());
            case DELETED -> {
                FileLocations.Deletion d = where.deleted().get(target.service().key());
                yield d == null ? null : d.deletedMs();
            }
            case PREVIOUSLY_IMPORTED -> {
                FileLocations.Deletion d = where.deleted().get(target.service().key());
                yield d == null ? null : d.originalImportedMs();
            }
            case ARCHIVED -> state.archivedMs();
            case LAST_VIEWED -> {
                CanvasViews views = times.canvases().get(target.canvas());
                yield views == null ? null : views.lastViewedMs();
            }
            case MODIFIED_DOMAIN -> times.domainModifiedMs().get(target.domain());
            case MODIFIED_AGGREGATE -> null;
        };
    }

    private static void apply(FileWrites tx, List<Long> ids, Target target, Long ms) {
        FileTimeWrites times = tx.times();
        switch (target.type()) {
            case MODIFIED_DOMAIN -> {
                if (ms == null) {
                    times.clearDomainModified(ids, target.domain());
                } else {
                    times.setDomainModified(ids, target.domain(), ms);
                }
            }
            case MODIFIED_FILE -> times.setFileModified(ids, ms);
            case IMPORTED -> times.setImported(target.service().key(), ids, ms);
            case DELETED -> times.setDeleted(target.service().key(), ids, ms);
            case PREVIOUSLY_IMPORTED -> times.setPreviouslyImported(target.service().key(), ids, ms);
            case ARCHIVED -> tx.setArchivedTime(ids, ms);
            case LAST_VIEWED -> times.setLastViewed(target.canvas(), ids, ms);
            case MODIFIED_AGGREGATE -> throw new IllegalStateException("the aggregate modified time is derived");
        }
    }
}
