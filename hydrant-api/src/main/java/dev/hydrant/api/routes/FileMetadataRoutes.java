package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.access.SearchPermits;
import dev.hydrant.core.files.FileQueries;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.FileTimes;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.notes.FileNotes;
import dev.hydrant.core.ratings.FileRatings;
import dev.hydrant.core.ratings.ShownRating;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.tags.FileTags;
import dev.hydrant.core.urls.known.FileUrls;
import dev.hydrant.core.urls.known.KnownUrls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code /get_files/file_metadata} in every mode of digest §8. */
public final class FileMetadataRoutes {
    private final FileQueries queries;
    private final SearchPermits permits;
    private final ServicesJson servicesJson;
    private final FileMetadataJson json;
    private final FileTags fileTags;
    private final FileNotes fileNotes;
    private final FileRatings fileRatings;
    private final FileUrls fileUrls;

    public FileMetadataRoutes(FileQueries queries, SearchPermits permits, ServiceCatalog catalog,
                              ServicesJson servicesJson, FileTags fileTags, FileNotes fileNotes,
                              FileRatings fileRatings, FileUrls fileUrls) {
        this.queries = queries;
        this.fileNotes = fileNotes;
        this.fileRatings = fileRatings;
        this.fileUrls = fileUrls;
        this.fileTags = fileTags;
        this.permits = permits;
        this.servicesJson = servicesJson;
        this.json = new FileMetadataJson(catalog);
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/get_files/file_metadata", this::metadata));
    }

    private ApiResponse metadata(ApiRequest r) {
        ApiArguments args = r.args();
        FileSelection selection = FileSelectorArgs.parse(args);
        boolean createNewIds = args.getBoolean("create_new_file_ids", false);
        FileMetadataJson.Options options = new FileMetadataJson.Options(
                args.getBoolean("only_return_identifiers", false),
                args.getBoolean("only_return_basic_information", false),
                args.getBoolean("include_blurhash", false),
                args.getBoolean("include_notes", false),
                args.getBoolean("detailed_url_information", false),
                args.getBoolean("include_milliseconds", false),
                !args.getBoolean("hide_service_keys_tags", true));
        boolean includeServices = args.getBoolean("include_services_object", true);
        List<FileResolver.ResolvedFile> resolved = queries.resolve(selection);
        permits.requireMaySee(r.caller(), resolved.stream().map(FileResolver.ResolvedFile::fileId)
                .filter(Objects::nonNull).toList());
        List<Object> metadata = new ArrayList<>();
        List<FileQueries.FileView> views = queries.views(resolved, createNewIds);
        Map<Long, Map<ByteKey, FileTags.ServiceTags>> tags = Map.of();
        Map<Long, Map<ByteKey, ShownRating>> ratings = Map.of();
        Map<Long, KnownUrls> urls = Map.of();
        Map<Long, FileTimes> times = Map.of();
        if (!options.identifiersOnly() && !options.basicOnly()) {
            List<Long> ids = views.stream().map(FileQueries.FileView::fileId).filter(Objects::nonNull).toList();
            tags = fileTags.of(ids);
            ratings = fileRatings.of(ids);
            urls = fileUrls.known(ids, options.detailedUrls());
            times = queries.times(ids);
        }
        Map<Long, Map<String, String>> notes = Map.of();
        if (options.includeNotes() && !options.identifiersOnly() && !options.basicOnly()) {
            notes = fileNotes.of(views.stream().map(FileQueries.FileView::fileId).filter(Objects::nonNull).toList());
        }
        for (FileQueries.FileView view : views) {
            metadata.add(json.describe(view, options, view.fileId() == null ? null : tags.get(view.fileId()),
                    view.fileId() == null ? null : notes.get(view.fileId()),
                    view.fileId() == null ? null : ratings.get(view.fileId()),
                    view.fileId() == null ? null : urls.get(view.fileId()),
                    view.fileId() == null ? FileTimes.NONE : times.getOrDefault(view.fileId(), FileTimes.NONE)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metadata", metadata);
        if (includeServices) {
            servicesJson.addTo(body);
        }
        return ApiResponse.Json.ok(body);
    }
}
