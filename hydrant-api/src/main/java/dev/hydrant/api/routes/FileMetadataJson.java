package dev.hydrant.api.routes;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.CanvasViews;
import dev.hydrant.core.files.FileDomainRules;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileQueries;
import dev.hydrant.core.metadata.FileMetadata;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileTimes;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaFlags;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.core.files.ThumbnailDimensions;
import dev.hydrant.core.ratings.ShownRating;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.FileTags;
import dev.hydrant.core.tags.TagStatus;
import dev.hydrant.core.urls.UrlInfo;
import dev.hydrant.core.urls.known.KnownUrls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code file_metadata} object per file, with hydrus's keys in hydrus's order (digest §8): full, basic and
 * identifier modes, times in seconds or milliseconds.
 */
final class FileMetadataJson {
    /** The request's flags. */
    record Options(boolean identifiersOnly, boolean basicOnly, boolean includeBlurhash, boolean includeNotes,
                   boolean detailedUrls, boolean milliseconds, boolean serviceKeysTags) {
    }

    private final ServiceCatalog catalog;

    FileMetadataJson(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** One file's object, in hydrus's key order. */
    Map<String, Object> describe(FileMetadata.FileDetails details, Options o) {
        FileQueries.FileView view = details.view();
        Map<ByteKey, FileTags.ServiceTags> fileTags = details.tags();
        Map<String, String> notes = details.notes();
        Map<ByteKey, ShownRating> fileRatings = details.ratings();
        KnownUrls knownUrls = details.urls();
        FileTimes times = details.times();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file_id", view.fileId());
        m.put("hash", view.sha256().hex());
        if (view.state() == null || o.identifiersOnly()) {
            return m;
        }
        FileState state = view.state();
        FileRecord r = state.record();
        MediaProperties media = r == null ? MediaProperties.unknown() : r.media();
        FileType type = r == null ? FileType.APPLICATION_UNKNOWN : r.type();
        m.put("size", r == null ? null : r.size());
        m.put("mime", type.mime());
        m.put("filetype_human", type.humanName());
        m.put("filetype_enum", type.number());
        m.put("ext", type.extension());
        m.put("width", media.width());
        m.put("height", media.height());
        m.put("duration", media.durationMs());
        m.put("num_frames", media.numFrames());
        m.put("num_words", media.numWords());
        m.put("has_audio", media.hasAudio());
        if (o.basicOnly()) {
            putForced(m, r);
            if (o.includeBlurhash()) {
                m.put("blurhash", media.blurhash());
            }
            return m;
        }
        m.put("blurhash", media.blurhash());
        m.put("pixel_hash", media.pixelHash() == null ? null : media.pixelHash().hex());
        putForced(m, r);
        ThumbnailDimensions thumb = ThumbnailDimensions.predict(type, media.width(), media.height());
        if (thumb != null) {
            m.put("thumbnail_width", thumb.width());
            m.put("thumbnail_height", thumb.height());
        }
        if (o.includeNotes()) {
            m.put("notes", notes == null ? Map.of() : notes);
        }
        FileLocations where = state.locations();
        m.put("file_services", fileServices(where, o.milliseconds()));
        Long modified = r == null ? null : r.fileModifiedMs();
        m.put("time_modified", time(times.aggregateModifiedMs(modified), o.milliseconds()));
        Map<String, Object> modifiedDetails = new LinkedHashMap<>();
        times.domainModifiedMs().forEach((domain, ms) -> modifiedDetails.put(domain, time(ms, o.milliseconds())));
        if (modified != null) {
            modifiedDetails.put("local", time(modified, o.milliseconds()));
        }
        m.put("time_modified_details", modifiedDetails);
        m.put("is_inbox", state.inbox());
        if (!state.inbox() && state.archivedMs() != null) {
            m.put("time_archived", time(state.archivedMs(), o.milliseconds()));
        }
        m.put("is_local", where.isCurrentIn(FileDomainRules.LOCAL_STORAGE));
        m.put("is_trashed", where.isCurrentIn(FileDomainRules.TRASH));
        m.put("is_deleted", where.isDeletedFrom(FileDomainRules.LOCAL_MEDIA) || where.isCurrentIn(FileDomainRules.TRASH));
        MediaFlags f = media.flags();
        m.put("has_transparency", f.transparency());
        m.put("has_exif", f.exif());
        m.put("has_xmp", f.xmp());
        m.put("has_iptc", f.iptc());
        m.put("has_human_readable_embedded_metadata", f.humanReadableEmbeddedMetadata());
        m.put("has_software_source", f.softwareSource());
        m.put("has_icc_profile", f.iccProfile());
        KnownUrls urls = knownUrls == null ? KnownUrls.NONE : knownUrls;
        m.put("known_urls", urls.urls());
        m.put("ipfs_multihashes", new LinkedHashMap<>());
        if (o.detailedUrls()) {
            m.put("detailed_known_urls", detailedUrls(urls.details()));
        }
        m.put("ratings", ratings(fileRatings == null ? Map.of() : fileRatings));
        Map<ByteKey, FileTags.ServiceTags> tags = fileTags == null ? Map.of() : fileTags;
        m.put("tags", tags(tags));
        m.put("file_viewing_statistics", viewingStatistics(times));
        if (o.serviceKeysTags()) {
            m.put("service_keys_to_statuses_to_tags", statusesToTags(tags, false));
            m.put("service_keys_to_statuses_to_display_tags", statusesToTags(tags, true));
        }
        return m;
    }

    /** {@code detailed_known_urls}: what {@code get_url_info} says of each URL, without {@code request_url}. */
    private static List<Object> detailedUrls(List<UrlInfo> details) {
        List<Object> out = new ArrayList<>(details.size());
        for (UrlInfo info : details) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("normalised_url", info.normalisedUrl());
            d.put("url_type", info.type().code());
            d.put("url_type_string", info.typeText());
            d.put("match_name", info.matchName());
            d.put("can_parse", info.canParse());
            if (!info.canParse()) {
                d.put("cannot_parse_reason", info.cannotParseReason());
            }
            out.add(d);
        }
        return out;
    }

    private static void putForced(Map<String, Object> m, FileRecord r) {
        m.put("filetype_forced", r != null && r.typeForced());
        if (r != null && r.typeForced()) {
            m.put("original_mime", r.originalType().mime());
        }
    }

    static Object time(Long ms, boolean milliseconds) {
        if (ms == null) {
            return null;
        }
        return milliseconds ? (Object) (ms / 1000.0) : (Object) Math.floorDiv(ms, 1000L);
    }

    /**
     * {@code current}/{@code deleted} per file service. "deleted from anywhere" (19) is derived: a file is current
     * there while it has any deletion record, since its latest deletion.
     */
    private Map<String, Object> fileServices(FileLocations where, boolean milliseconds) {
        Map<ByteKey, Long> current = new LinkedHashMap<>(where.current());
        if (!where.deleted().isEmpty()) {
            Long latest = where.deleted().values().stream().map(FileLocations.Deletion::deletedMs)
                    .filter(java.util.Objects::nonNull).max(Long::compare).orElse(null);
            current.put(DefaultServices.DELETED_FROM_ANYWHERE, latest);
        }
        Map<String, Object> currentJson = new LinkedHashMap<>();
        for (Service s : inDisplayOrder(current.keySet())) {
            Map<String, Object> e = serviceEntry(s);
            e.put("time_imported", time(current.get(s.key()), milliseconds));
            currentJson.put(s.key().hex(), e);
        }
        Map<String, Object> deletedJson = new LinkedHashMap<>();
        for (Service s : inDisplayOrder(where.deleted().keySet())) {
            FileLocations.Deletion d = where.deleted().get(s.key());
            Map<String, Object> e = serviceEntry(s);
            e.put("time_deleted", time(d.deletedMs(), milliseconds));
            e.put("time_imported", time(d.originalImportedMs(), milliseconds));
            deletedJson.put(s.key().hex(), e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", currentJson);
        out.put("deleted", deletedJson);
        return out;
    }

    /** Hydrus local file storage, deleted from anywhere, the local domains, combined local domains, trash. */
    private List<Service> inDisplayOrder(java.util.Collection<ByteKey> keys) {
        List<ServiceType> order = List.of(ServiceType.HYDRUS_LOCAL_FILE_STORAGE, ServiceType.COMBINED_DELETED_FILE,
                ServiceType.LOCAL_FILE_DOMAIN, ServiceType.COMBINED_LOCAL_MEDIA, ServiceType.LOCAL_FILE_TRASH_DOMAIN);
        List<Service> services = new ArrayList<>();
        for (ByteKey k : keys) {
            catalog.find(k).ifPresent(services::add);
        }
        services.sort(Comparator.comparingInt((Service s) -> {
            int i = order.indexOf(s.type());
            return i < 0 ? order.size() : i;
        }).thenComparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return services;
    }

    private static Map<String, Object> serviceEntry(Service s) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", s.name());
        e.put("type", s.type().number());
        e.put("type_pretty", s.type().pretty());
        return e;
    }

    /** Every rating service's value: true/false/null (like/dislike), stars or null (numerical), a count (inc/dec). */
    private static Map<String, Object> ratings(Map<ByteKey, ShownRating> ratings) {
        Map<String, Object> out = new LinkedHashMap<>();
        ratings.forEach((key, rating) -> out.put(key.hex(), switch (rating) {
            case ShownRating.Unset u -> null;
            case ShownRating.Liked l -> l.like();
            case ShownRating.Stars s -> s.stars();
            case ShownRating.Count c -> c.count();
        }));
        return out;
    }

    private Map<String, Object> tags(Map<ByteKey, FileTags.ServiceTags> tags) {
        Map<String, Object> out = new LinkedHashMap<>();
        catalog.ofType(ServiceType.TAG_SERVICES).stream()
                .sorted(Comparator.comparing((Service s) -> s.name().toLowerCase(Locale.ROOT)))
                .forEach(s -> {
                    FileTags.ServiceTags t = tags.get(s.key());
                    Map<String, Object> e = serviceEntry(s);
                    e.put("storage_tags", byStatus(t == null ? Map.of() : t.storage()));
                    e.put("display_tags", byStatus(t == null ? Map.of() : t.display()));
                    out.put(s.key().hex(), e);
                });
        return out;
    }

    /** The deprecated form: services with tags only, the real ones first, then all known tags. */
    private Map<String, Object> statusesToTags(Map<ByteKey, FileTags.ServiceTags> tags, boolean display) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Service> order = new ArrayList<>(catalog.ofType(ServiceType.REAL_TAG_SERVICES));
        order.addAll(catalog.ofType(java.util.EnumSet.of(ServiceType.COMBINED_TAG)));
        for (Service s : order) {
            FileTags.ServiceTags t = tags.get(s.key());
            if (t != null && !t.isEmpty()) {
                out.put(s.key().hex(), byStatus(display ? t.display() : t.storage()));
            }
        }
        return out;
    }

    private static Map<String, Object> byStatus(Map<TagStatus, List<String>> statuses) {
        Map<String, Object> out = new LinkedHashMap<>();
        statuses.forEach((status, list) -> out.put(Integer.toString(status.number()), list));
        return out;
    }

    /** One entry per canvas (0, 1, 4); viewing time and last viewed time are float seconds whatever the options. */
    private static List<Object> viewingStatistics(FileTimes times) {
        List<Object> out = new ArrayList<>();
        for (CanvasType canvas : CanvasType.values()) {
            CanvasViews v = times.on(canvas);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("canvas_type", canvas.number());
            e.put("canvas_type_pretty", canvas.pretty());
            e.put("views", v.views());
            e.put("viewtime", v.viewtimeMs() / 1000.0);
            e.put("last_viewed_timestamp", v.lastViewedMs() == null ? null : v.lastViewedMs() / 1000.0);
            out.add(e);
        }
        return out;
    }
}
