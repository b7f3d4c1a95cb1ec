package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /get_services}, {@code /get_service} and {@code /get_service_rating_svg}. */
public final class ServiceRoutes {
    /** The legacy category lists of {@code /get_services}, in hydrus's order. */
    private static final List<Map.Entry<String, ServiceType>> LEGACY_LISTS = List.of(
            Map.entry("local_tags", ServiceType.LOCAL_TAG),
            Map.entry("tag_repositories", ServiceType.TAG_REPOSITORY),
            Map.entry("local_files", ServiceType.LOCAL_FILE_DOMAIN),
            Map.entry("local_updates", ServiceType.LOCAL_FILE_UPDATE_DOMAIN),
            Map.entry("file_repositories", ServiceType.FILE_REPOSITORY),
            Map.entry("all_local_files", ServiceType.HYDRUS_LOCAL_FILE_STORAGE),
            Map.entry("all_local_media", ServiceType.COMBINED_LOCAL_MEDIA),
            Map.entry("all_known_files", ServiceType.COMBINED_FILE),
            Map.entry("all_known_tags", ServiceType.COMBINED_TAG),
            Map.entry("trash", ServiceType.LOCAL_FILE_TRASH_DOMAIN));

    private final ServiceCatalog catalog;
    private final ServicesJson servicesJson;

    public ServiceRoutes(ServiceCatalog catalog, ServicesJson servicesJson) {
        this.catalog = catalog;
        this.servicesJson = servicesJson;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/get_services", r -> getServices()),
                ClientApiSurface.route("/get_service", this::getService),
                ClientApiSurface.route("/get_service_rating_svg", this::ratingSvg));
    }

    private ApiResponse getServices() {
        Map<String, Object> body = new LinkedHashMap<>();
        List<Service> listed = catalog.listedForApi();
        for (Map.Entry<String, ServiceType> list : LEGACY_LISTS) {
            List<Object> items = new ArrayList<>();
            listed.stream().filter(s -> s.type() == list.getValue()).forEach(s -> items.add(ServicesJson.basic(s)));
            body.put(list.getKey(), items);
        }
        servicesJson.addTo(body);
        return ApiResponse.Json.ok(body);
    }

    /** By key (any service), or by name among the types the route can answer about, as hydrus looks names up. */
    private Service requestedService(ApiRequest r, Collection<ServiceType> nameTypes) {
        Optional<ByteKey> key = r.args().getKey("service_key");
        if (key.isPresent()) {
            return catalog.get(key.get());
        }
        Optional<String> name = r.args().getString("service_name");
        if (name.isPresent()) {
            return catalog.findByName(name.get(), nameTypes).orElseThrow(() -> ApiException.notFound(
                    "Sorry, did not find a service with name \"" + name.get() + "\"!"));
        }
        throw ApiException.badRequest("Sorry, you need to give a service_key or service_name!");
    }

    private ApiResponse getService(ApiRequest r) {
        Service service = requestedService(r, ServiceCatalog.API_ORDER);
        if (!ServiceCatalog.API_ORDER.contains(service.type())) {
            throw ApiException.badRequest("Sorry, for now, you cannot ask about this service!");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", ServicesJson.basic(service));
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse ratingSvg(ApiRequest r) {
        Service service = requestedService(r, ServiceType.STAR_RATING_SERVICES);
        if (!ServiceType.STAR_RATING_SERVICES.contains(service.type())) {
            throw ApiException.badRequest("This type of service cannot have a SVG associated with it!");
        }
        String svg = service.rating().svg();
        if (svg == null) {
            throw ApiException.notFound("Rating service \"" + service.name() + "\" does not use a SVG icon!");
        }
        return new ApiResponse.Bytes(200, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8),
                ApiResponse.JSON_CACHE_SECONDS, "inline");
    }
}
