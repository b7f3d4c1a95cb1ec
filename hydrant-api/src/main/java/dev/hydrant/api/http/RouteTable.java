package dev.hydrant.api.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Exact path → route. Paths are matched byte for byte, as hydrus does (no trailing slash, case sensitive). */
public final class RouteTable {
    /** Routes hydrus used to have; asking for them gets a slightly different 404 page. */
    private static final Set<String> REMOVED = Set.of("/add_tags/get_tag_services");

    private final Map<String, Route> routes = new LinkedHashMap<>();

    public RouteTable add(Route route) {
        if (routes.putIfAbsent(route.path(), route) != null) {
            throw new IllegalArgumentException("two routes for " + route.path());
        }
        return this;
    }

    public RouteTable addAll(Iterable<Route> group) {
        group.forEach(this::add);
        return this;
    }

    public Route find(String path) {
        return routes.get(path);
    }

    public boolean isRemoved(String path) {
        return REMOVED.contains(path);
    }

    public Map<String, Route> all() {
        return Collections.unmodifiableMap(routes);
    }
}
