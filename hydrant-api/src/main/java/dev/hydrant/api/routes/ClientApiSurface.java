package dev.hydrant.api.routes;

import dev.hydrant.api.http.Access;
import dev.hydrant.api.http.Route;
import dev.hydrant.api.http.Endpoint;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.hydrant.core.access.Permission.*;

/**
 * Every resource of the Hydrus Client API (API 95): its path, its one method and who may call it. Route groups
 * take method and access from here, so each permission rule is written once. Resources whose job is not built
 * yet still get hydrus's method, OPTIONS/CORS and permission behaviour, and then a 501 saying so.
 */
public final class ClientApiSurface {
    private record Resource(Route.Method method, Access access) {
    }

    /** Any one of these lets a key read services; in hydrus's order, which its 403 text lists them in. */
    private static final Access READ_SERVICES = Access.anyOf(ADD_FILES, EDIT_RATINGS, ADD_TAGS, ADD_NOTES,
            MANAGE_PAGES, MANAGE_FILE_RELATIONSHIPS, SEARCH_FILES);

    private static final Map<String, Resource> RESOURCES;

    static {
        Map<String, Resource> r = new LinkedHashMap<>();
        get(r, Access.none(), "/api_version", "/request_new_permissions", "/", "/favicon.ico", "/robots.txt");
        get(r, Access.anyKey(), "/session_key", "/verify_access_key", "/client_info");
        get(r, READ_SERVICES, "/get_service", "/get_services", "/get_service_rating_svg");
        post(r, Access.require(ADD_FILES), "/add_files/add_file", "/add_files/delete_files", "/add_files/undelete_files",
                "/add_files/clear_file_deletion_record", "/add_files/migrate_files", "/add_files/archive_files",
                "/add_files/unarchive_files", "/add_files/generate_hashes");
        get(r, Access.require(ADD_URLS), "/add_urls/get_url_files", "/add_urls/get_url_info");
        post(r, Access.require(ADD_URLS), "/add_urls/add_url", "/add_urls/associate_url");
        get(r, Access.require(ADD_TAGS), "/add_tags/clean_tags", "/add_tags/get_favourite_tags",
                "/add_tags/get_siblings_and_parents");
        get(r, Access.require(SEARCH_FILES), "/add_tags/search_tags");
        post(r, Access.require(ADD_TAGS), "/add_tags/add_tags", "/add_tags/set_favourite_tags");
        post(r, Access.require(EDIT_RATINGS), "/edit_ratings/set_rating");
        post(r, Access.require(EDIT_TIMES), "/edit_times/increment_file_viewtime", "/edit_times/set_file_viewtime",
                "/edit_times/set_time");
        post(r, Access.require(ADD_NOTES), "/add_notes/set_notes", "/add_notes/delete_notes");
        get(r, Access.require(SEARCH_FILES), "/get_files/search_files", "/get_files/file_hashes",
                "/get_files/file_metadata", "/get_files/file", "/get_files/thumbnail", "/get_files/render");
        get(r, Access.require(SEARCH_FILES, SEE_LOCAL_PATHS), "/get_files/file_path", "/get_files/thumbnail_path",
                "/get_files/local_file_storage_locations");
        get(r, Access.require(MANAGE_FILE_RELATIONSHIPS), "/manage_file_relationships/get_file_relationships",
                "/manage_file_relationships/get_potentials_count", "/manage_file_relationships/get_potential_pairs",
                "/manage_file_relationships/get_random_potentials");
        post(r, Access.require(MANAGE_FILE_RELATIONSHIPS), "/manage_file_relationships/remove_potentials",
                "/manage_file_relationships/set_file_relationships", "/manage_file_relationships/set_kings");
        get(r, Access.require(COMMIT_PENDING), "/manage_services/get_pending_counts");
        post(r, Access.require(COMMIT_PENDING), "/manage_services/commit_pending", "/manage_services/forget_pending");
        get(r, Access.require(MANAGE_HEADERS), "/manage_cookies/get_cookies", "/manage_headers/get_headers");
        post(r, Access.require(MANAGE_HEADERS), "/manage_cookies/set_cookies", "/manage_headers/set_headers",
                "/manage_headers/set_user_agent");
        get(r, Access.require(MANAGE_PAGES), "/manage_pages/get_media_viewers", "/manage_pages/get_pages",
                "/manage_pages/get_page_info");
        post(r, Access.require(MANAGE_PAGES), "/manage_pages/add_files", "/manage_pages/focus_page",
                "/manage_pages/refresh_page", "/manage_pages/new_page");
        get(r, Access.require(MANAGE_POPUPS), "/manage_popups/get_popups");
        post(r, Access.require(MANAGE_POPUPS), "/manage_popups/add_popup", "/manage_popups/update_popup",
                "/manage_popups/call_user_callable", "/manage_popups/cancel_popup", "/manage_popups/dismiss_popup",
                "/manage_popups/finish_popup", "/manage_popups/finish_and_dismiss_popup");
        post(r, Access.require(MANAGE_DATABASE), "/manage_database/force_commit", "/manage_database/lock_on",
                "/manage_database/lock_off");
        get(r, Access.require(MANAGE_DATABASE), "/manage_database/mr_bones", "/manage_database/get_client_options");
        RESOURCES = Collections.unmodifiableMap(r);
    }

    private ClientApiSurface() {
    }

    private static void get(Map<String, Resource> r, Access access, String... paths) {
        for (String p : paths) {
            r.put(p, new Resource(Route.Method.GET, access));
        }
    }

    private static void post(Map<String, Resource> r, Access access, String... paths) {
        for (String p : paths) {
            r.put(p, new Resource(Route.Method.POST, access));
        }
    }

    /** The route for a known resource with its job. */
    public static Route route(String path, Endpoint endpoint) {
        Resource resource = RESOURCES.get(path);
        if (resource == null) {
            throw new IllegalArgumentException("not a Client API resource: " + path);
        }
        return new Route(path, resource.method(), resource.access(), endpoint);
    }

    public static Set<String> paths() {
        return RESOURCES.keySet();
    }

    /** Routes for every resource not in {@code implemented}: hydrus's method and access, then a 501. */
    public static List<Route> notYetImplemented(Set<String> implemented) {
        List<Route> routes = new ArrayList<>();
        for (String path : RESOURCES.keySet()) {
            if (!implemented.contains(path)) {
                routes.add(route(path, request -> {
                    throw new ApiException(ErrorKind.NOT_IMPLEMENTED,
                            "Hydrant does not support " + path + " yet.");
                }));
            }
        }
        return routes;
    }
}
