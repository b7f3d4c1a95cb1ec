package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.access.SearchPermits;
import dev.hydrant.core.files.FileQueries;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.StorageLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serving stored files: {@code /get_files/file} (streamed from disk, single ranges, HEAD, inline or attachment),
 * {@code /get_files/file_path} and {@code /get_files/local_file_storage_locations}.
 */
public final class FileServingRoutes {
    private final FileQueries queries;
    private final SearchPermits permits;

    public FileServingRoutes(FileQueries queries, SearchPermits permits) {
        this.queries = queries;
        this.permits = permits;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/get_files/file", this::file),
                ClientApiSurface.route("/get_files/file_path", this::filePath),
                ClientApiSurface.route("/get_files/local_file_storage_locations", this::storageLocations));
    }

    /** The one file named by {@code file_id} or {@code hash}, after the caller's search restriction. */
    private FileQueries.StoredFile stored(ApiRequest r) {
        FileSelection.Item item = FileSelectorArgs.single(r.args());
        if (item instanceof FileSelection.ById byId) {
            permits.requireMaySee(r.caller(), List.of(byId.fileId()));
        } else {
            SearchPermits.requireSeeAllFiles(r.caller());
        }
        return queries.storedFile(item);
    }

    private ApiResponse file(ApiRequest r) throws IOException {
        FileQueries.StoredFile stored = stored(r);
        boolean download = r.args().getBoolean("download", false);
        String disposition = (download ? "attachment" : "inline") + "; filename=\"" + stored.sha256().hex()
                + stored.type().extension() + "\"";
        return new ApiResponse.File(stored.path(), Files.size(stored.path()), stored.type().contentType(), disposition,
                ApiResponse.FILE_CACHE_SECONDS, true);
    }

    private ApiResponse filePath(ApiRequest r) {
        FileQueries.StoredFile stored = stored(r);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", stored.path().toString());
        body.put("filetype", stored.type().mime());
        body.put("size", stored.size());
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse storageLocations(ApiRequest r) {
        List<Object> locations = new ArrayList<>();
        queries.storageLocations().stream().sorted(Comparator.comparing(l -> l.path().toString()))
                .forEach(l -> locations.add(location(l)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locations", locations);
        return ApiResponse.Json.ok(body);
    }

    private static Map<String, Object> location(StorageLocation l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", l.path().toString());
        out.put("ideal_weight", l.idealWeight());
        out.put("max_num_bytes", l.maxNumBytes());
        out.put("prefixes", l.prefixes().stream().sorted().toList());
        return out;
    }
}
