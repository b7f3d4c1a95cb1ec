package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.search.FileSearch;
import dev.hydrant.core.search.FileSetStats;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /get_files/search_files} and {@code /manage_database/mr_bones} (digest §5.6, §5.12). */
public final class SearchRoutes {
    private final FileSearch search;
    private final ServiceCatalog catalog;

    public SearchRoutes(FileSearch search, ServiceCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/get_files/search_files", this::searchFiles),
                ClientApiSurface.route("/manage_database/mr_bones", this::boneStats));
    }

    private FileSearch.Request request(ApiArguments args, boolean withSort) {
        var domain = FileDomainArgs.parse(args, catalog, false, FileSearch.DEFAULT_DOMAIN);
        ByteKey tagService = tagService(args);
        Long sortType = withSort && args.has("file_sort_type") ? args.requireLong("file_sort_type") : null;
        Boolean ascending = withSort && args.has("file_sort_asc") ? args.getBoolean("file_sort_asc", true) : null;
        return new FileSearch.Request(args.has("tags") ? args.raw("tags") : null, domain, tagService,
                args.getBoolean("include_current_tags", true), args.getBoolean("include_pending_tags", true),
                sortType, ascending);
    }

    /** Hydrus's {@code ParseTagServiceKey}: {@code tag_service_key} or the legacy name, default all known tags. */
    private ByteKey tagService(ApiArguments args) {
        if (args.has("tag_service_name")) {
            String name = args.requireString("tag_service_name");
            return catalog.findByName(name, ServiceType.TAG_SERVICES).orElseThrow(() -> ApiException.notFound(
                    "Sorry, did not find a service with name \"" + name + "\"!")).key();
        }
        if (args.has("tag_service_key")) {
            return search.tagService(args.requireKey("tag_service_key")).key();
        }
        return DefaultServices.ALL_KNOWN_TAGS;
    }

    private ApiResponse searchFiles(ApiRequest r) {
        ApiArguments args = r.args();
        FileSearch.Request request = request(args, true);
        boolean returnHashes = args.getBoolean("return_hashes", false);
        boolean returnIds = args.getBoolean("return_file_ids", true);
        FileSearch.Found found = search.find(r.caller(), request);
        int[] ids = found.fileIds();
        Map<String, Object> body = new LinkedHashMap<>();
        if (!found.searched()) {
            body.put("file_ids", ids);
            return ApiResponse.Json.ok(body);
        }
        if (returnHashes) {
            body.put("hashes", search.sha256s(ids));
        }
        if (returnIds) {
            body.put("file_ids", ids);
        }
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse boneStats(ApiRequest r) {
        FileSetStats s = search.stats(r.caller(), request(r.args(), false));
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("num_inbox", s.numInbox());
        stats.put("num_archive", s.numArchive());
        stats.put("size_inbox", s.sizeInbox());
        stats.put("size_archive", s.sizeArchive());
        if (s.numDeleted() != null) {
            stats.put("num_deleted", s.numDeleted());
            stats.put("size_deleted", s.sizeDeleted());
        }
        if (s.earliestImportMs() != null) {
            stats.put("earliest_import_time", s.earliestImportMs() / 1000);
        }
        stats.put("total_viewtime", List.of(s.mediaViews(), s.mediaViewtimeS(), s.previewViews(),
                s.previewViewtimeS()));
        stats.put("total_alternate_groups", s.alternateGroups());
        stats.put("total_alternate_files", s.alternateFiles());
        stats.put("total_duplicate_files", s.duplicateFiles());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("boned_stats", stats);
        return ApiResponse.Json.ok(body);
    }
}
