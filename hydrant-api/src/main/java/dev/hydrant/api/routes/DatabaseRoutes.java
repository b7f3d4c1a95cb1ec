package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.BusyLock;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.store.MetadataStore;

import java.util.List;

/**
 * {@code /manage_database/force_commit}, {@code lock_on} and {@code lock_off}. Locking first makes the database
 * files self-contained (the write-ahead log is checkpointed into them), so they can be copied while locked.
 */
public final class DatabaseRoutes {
    private final MetadataStore store;
    private final BusyLock busyLock;

    public DatabaseRoutes(MetadataStore store, BusyLock busyLock) {
        this.store = store;
        this.busyLock = busyLock;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/manage_database/force_commit", r -> {
                    store.checkpoint();
                    return ApiResponse.empty();
                }),
                ClientApiSurface.route("/manage_database/lock_on", r -> {
                    store.checkpoint();
                    if (!busyLock.lock()) {
                        throw ApiException.badRequest("The server is already locked!");
                    }
                    return ApiResponse.empty();
                }),
                ClientApiSurface.route("/manage_database/lock_off", r -> {
                    if (!busyLock.unlock()) {
                        throw ApiException.badRequest("The server is not busy!");
                    }
                    return ApiResponse.empty();
                }));
    }
}
