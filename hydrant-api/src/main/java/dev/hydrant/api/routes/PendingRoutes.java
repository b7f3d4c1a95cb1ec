package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.tags.PendingContent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /manage_services/get_pending_counts}, {@code commit_pending} and {@code forget_pending} (digest §5.8). */
public final class PendingRoutes {
    private final PendingContent pending;
    private final ServicesJson servicesJson;

    public PendingRoutes(PendingContent pending, ServicesJson servicesJson) {
        this.pending = pending;
        this.servicesJson = servicesJson;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/manage_services/get_pending_counts", r -> {
                    Map<String, Object> counts = new LinkedHashMap<>();
                    pending.counts().forEach((key, c) -> counts.put(key.hex(), c));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("pending_counts", counts);
                    servicesJson.addTo(body);
                    return ApiResponse.Json.ok(body);
                }),
                ClientApiSurface.route("/manage_services/commit_pending", r -> {
                    pending.commit(r.args().requireKey("service_key"));
                    return ApiResponse.Json.ok(new LinkedHashMap<>());
                }),
                ClientApiSurface.route("/manage_services/forget_pending", r -> {
                    pending.forget(r.args().requireKey("service_key"));
                    return ApiResponse.Json.ok(new LinkedHashMap<>());
                }));
    }
}
