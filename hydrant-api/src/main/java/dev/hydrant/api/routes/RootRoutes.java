package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ApiVersion;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The unauthenticated extras at the root: a welcome page, {@code /favicon.ico} and {@code /robots.txt}. */
public final class RootRoutes {
    private final boolean localOnly;
    private final byte[] favicon = FaviconImage.render();

    public RootRoutes(boolean localOnly) {
        this.localOnly = localOnly;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/", r -> new ApiResponse.Bytes(200, "text/html; charset=UTF-8",
                        welcomePage().getBytes(StandardCharsets.UTF_8), ApiResponse.JSON_CACHE_SECONDS, "inline")),
                ClientApiSurface.route("/favicon.ico", r -> new ApiResponse.Bytes(200, "image/vnd.microsoft.icon",
                        favicon, null, null, java.util.Map.of("Accept-Ranges", "bytes"))),
                ClientApiSurface.route("/robots.txt", r -> new ApiResponse.Bytes(200, "text/plain",
                        "User-agent: *\nDisallow: /".getBytes(StandardCharsets.US_ASCII), ApiResponse.JSON_CACHE_SECONDS,
                        "inline")));
    }

    private String welcomePage() {
        return "<!DOCTYPE html>\n<html><head><title>hydrant client api</title></head><body>\n"
                + "<h1>Hydrant</h1>\n<p>This is the client api service, a Hydrus Client API server.</p>\n"
                + "<p>Software version " + ApiVersion.HYDRUS + "</p>\n<p>API version " + ApiVersion.API + "</p>\n"
                + "<p>" + (localOnly ? "Local access only." : "Non-local access is allowed.") + "</p>\n"
                + "</body></html>\n";
    }
}
