package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.Access;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ApiVersion;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessControl;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.access.PermissionRequests;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Access and identity: {@code /api_version}, {@code /request_new_permissions}, {@code /session_key}, {@code /verify_access_key}, {@code /client_info}. */
public final class AccessRoutes {
    /** Identifies this run of the server for {@code /client_info}. */
    public record BootInfo(ByteKey bootId, Instant bootTime) {
    }

    private final AccessControl accessControl;
    private final PermissionRequests permissionRequests;
    private final BootInfo boot;

    public AccessRoutes(AccessControl accessControl, PermissionRequests permissionRequests, BootInfo boot) {
        this.accessControl = accessControl;
        this.permissionRequests = permissionRequests;
        this.boot = boot;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/api_version", r -> json("version", ApiVersion.API, "hydrus_version", ApiVersion.HYDRUS)),
                ClientApiSurface.route("/request_new_permissions", this::requestNewPermissions),
                ClientApiSurface.route("/session_key",
                        r -> json("session_key", accessControl.newSession(r.caller()).hex())),
                ClientApiSurface.route("/verify_access_key", r -> verify(r.caller())),
                ClientApiSurface.route("/client_info", r -> clientInfo()));
    }

    private static ApiResponse json(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse requestNewPermissions(ApiRequest r) {
        permissionRequests.requireOpenWindow();
        String name = r.args().requireString("name");
        boolean everything = r.args().getBoolean("permits_everything", false);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        r.args().getList("basic_permissions", ArgType.INTEGER).ifPresent(list -> list.forEach(n ->
                Permission.byNumber(ApiArguments.toLong(n)).ifPresent(permissions::add)));
        AccessKey requested = permissionRequests.request(name, everything, permissions);
        return json("access_key", requested.key().hex());
    }

    private static ApiResponse verify(AccessKey key) {
        return json("name", key.name(), "permits_everything", key.permitsEverything(),
                "basic_permissions", key.effectivePermissions().stream().map(Permission::number).toList(),
                "human_description", key.humanDescription());
    }

    private ApiResponse clientInfo() {
        return json("boot_id", boot.bootId().hex(), "boot_time", boot.bootTime().toEpochMilli() / 1000.0,
                "currently_idle", false);
    }
}
