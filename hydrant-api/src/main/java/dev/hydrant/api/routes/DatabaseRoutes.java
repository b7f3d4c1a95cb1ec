package dev.hydrant.api.routes;

import dev.hydrant.api.http.Access;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.BusyLock;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.access.Permission;
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
        Access manage = Access.require(Permission.MANAGE_DATABASE);
        return List.of(
                Route.post("/manage_database/force_commit", manage, r -> {
                    store.checkpoint();
                    return ApiResponse.empty();
                }),
                Route.post("/manage_database/lock_on", manage, r -> {
                    store.checkpoint();
                    if (!busyLock.lock()) {
                        throw ApiException.badRequest("The server is already locked!");
                    }
                    return ApiResponse.empty();
                }),
                Route.post("/manage_database/lock_off", manage, r -> {
                    if (!busyLock.unlock()) {
                        throw ApiException.badRequest("The server is not busy!");
                    }
                    return ApiResponse.empty();
                }));
    }
}
