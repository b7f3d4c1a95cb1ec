package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.Access;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.tags.TagRelationStore;
import dev.hydrant.core.tags.TagRelations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hydrant's extension routes for tag siblings and parents (hydrus edits them only in its GUI), under
 * {@code /hydrant/}, for keys with the "edit tags" permission (2):
 * <ul>
 *   <li>{@code GET /hydrant/tag_siblings?tag_service_key=…} (and {@code tag_parents}): every pair of the service;</li>
 *   <li>{@code POST /hydrant/tag_siblings/add} and {@code .../remove} (and {@code tag_parents}) with
 *       {@code tag_service_key}, {@code pairs} ({@code [[from, to], …]}: bad → good, or child → parent) and an
 *       optional {@code reason}: answers the service's pairs after the change.</li>
 * </ul>
 */
public final class TagRelationRoutes {
    private final TagRelations relations;

    public TagRelationRoutes(TagRelations relations) {
        this.relations = relations;
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (TagRelationStore.Kind kind : TagRelationStore.Kind.values()) {
            String base = kind == TagRelationStore.Kind.SIBLING ? "/hydrant/tag_siblings" : "/hydrant/tag_parents";
            Access access = Access.require(Permission.ADD_TAGS);
            routes.add(Route.get(base, access, r -> list(kind, key(r))));
            routes.add(Route.post(base + "/add", access, r -> change(kind, r, true)));
            routes.add(Route.post(base + "/remove", access, r -> change(kind, r, false)));
        }
        return routes;
    }

    private static ByteKey key(ApiRequest r) {
        return r.args().requireKey("tag_service_key");
    }

    private ApiResponse change(TagRelationStore.Kind kind, ApiRequest r, boolean add) {
        ApiArguments args = r.args();
        ByteKey service = key(r);
        relations.realTagService(service);
        String reason = args.getString("reason").orElse(null);
        List<String[]> pairs = new ArrayList<>();
        for (Object item : (List<?>) args.require("pairs", ArgType.LIST)) {
            if (!(item instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String from)
                    || !(pair.get(1) instanceof String to)) {
                throw ApiException.badRequest("Each item of \"pairs\" must be a list of two tags!");
            }
            pairs.add(new String[]{from, to});
        }
        for (String[] pair : pairs) {
            if (add) {
                relations.add(kind, service, pair[0], pair[1], reason);
            } else {
                relations.remove(kind, service, pair[0], pair[1], reason);
            }
        }
        return list(kind, service);
    }

    private ApiResponse list(TagRelationStore.Kind kind, ByteKey service) {
        List<Object> pairs = new ArrayList<>();
        for (TagRelationStore.Relation rel : relations.list(kind, service)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put(kind == TagRelationStore.Kind.SIBLING ? "bad_tag" : "child_tag", rel.from());
            e.put(kind == TagRelationStore.Kind.SIBLING ? "good_tag" : "parent_tag", rel.to());
            e.put("status", rel.status().number());
            if (rel.reason() != null) {
                e.put("reason", rel.reason());
            }
            pairs.add(e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(kind == TagRelationStore.Kind.SIBLING ? "tag_siblings" : "tag_parents", pairs);
        return ApiResponse.Json.ok(body);
    }
}
