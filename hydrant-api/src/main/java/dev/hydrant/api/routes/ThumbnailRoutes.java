package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.access.SearchPermits;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.Renders;
import dev.hydrant.core.files.Thumbnails;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /get_files/thumbnail}, {@code /get_files/thumbnail_path} and {@code /get_files/render}. */
public final class ThumbnailRoutes {
    private final Thumbnails thumbnails;
    private final Renders renders;
    private final SearchPermits permits;

    public ThumbnailRoutes(Thumbnails thumbnails, Renders renders, SearchPermits permits) {
        this.thumbnails = thumbnails;
        this.renders = renders;
        this.permits = permits;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/get_files/thumbnail", this::thumbnail),
                ClientApiSurface.route("/get_files/thumbnail_path", this::thumbnailPath),
                ClientApiSurface.route("/get_files/render", this::render));
    }

    private FileSelection.Item item(ApiRequest r) {
        FileSelection.Item item = FileSelectorArgs.single(r.args());
        if (item instanceof FileSelection.ById byId) {
            permits.requireMaySee(r.caller(), List.of(byId.fileId()));
        } else {
            SearchPermits.requireSeeAllFiles(r.caller());
        }
        return item;
    }

    private ApiResponse thumbnail(ApiRequest r) throws IOException {
        Thumbnails.Served served = thumbnails.serve(item(r));
        return new ApiResponse.File(served.path(), Files.size(served.path()), served.contentType(),
                "inline; filename=\"" + served.fileName() + "\"", ApiResponse.FILE_CACHE_SECONDS, true);
    }

    private ApiResponse thumbnailPath(ApiRequest r) throws IOException {
        Thumbnails.Served served = thumbnails.path(item(r));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", served.path().toString());
        if (r.args().getBoolean("include_thumbnail_filetype", false)) {
            body.put("filetype", served.contentType());
        }
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse render(ApiRequest r) throws IOException {
        ApiArguments args = r.args();
        FileSelection.Item item = item(r);
        Integer format = args.optional("render_format", dev.hydrant.api.args.ArgType.INTEGER)
                .map(v -> (int) ApiArguments.toLong(v)).orElse(null);
        Integer quality = args.optional("render_quality", dev.hydrant.api.args.ArgType.INTEGER)
                .map(v -> (int) ApiArguments.toLong(v)).orElse(null);
        Integer width = args.optional("width", dev.hydrant.api.args.ArgType.INTEGER)
                .map(v -> (int) ApiArguments.toLong(v)).orElse(null);
        Integer height = args.optional("height", dev.hydrant.api.args.ArgType.INTEGER)
                .map(v -> (int) ApiArguments.toLong(v)).orElse(null);
        Renders.Render rendered = renders.render(item, format, width, height, quality);
        String disposition = args.getBoolean("download", false) ? "attachment" : "inline";
        return new ApiResponse.Bytes(200, rendered.contentType(), rendered.bytes(), rendered.cacheSeconds(),
                disposition);
    }
}
