package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.TagAutocomplete;
import dev.hydrant.core.tags.TagFilter;
import dev.hydrant.core.tags.TagRelations;
import dev.hydrant.core.tags.FavouriteTags;
import dev.hydrant.core.tags.TagEditor;
import dev.hydrant.core.tags.HumanTextOrder;
import dev.hydrant.core.tags.TagCleaner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tag endpoints: {@code /add_tags/clean_tags}, {@code add_tags}, {@code search_tags}, {@code get_siblings_and_parents} and the favourite tags. */
public final class TagRoutes {
    private final FavouriteTags favourites;
    private final TagEditor editor;
    private final TagAutocomplete autocomplete;
    private final TagRelations relations;
    private final ServiceCatalog catalog;
    private final ServicesJson servicesJson;

    public TagRoutes(FavouriteTags favourites, TagEditor editor, TagAutocomplete autocomplete, TagRelations relations,
                     ServiceCatalog catalog, ServicesJson servicesJson) {
        this.favourites = favourites;
        this.editor = editor;
        this.autocomplete = autocomplete;
        this.relations = relations;
        this.catalog = catalog;
        this.servicesJson = servicesJson;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/add_tags/clean_tags", this::cleanTags),
                ClientApiSurface.route("/add_tags/get_favourite_tags", r -> favouriteBody(favourites.list())),
                ClientApiSurface.route("/add_tags/set_favourite_tags", this::setFavourites),
                ClientApiSurface.route("/add_tags/add_tags", this::addTags),
                ClientApiSurface.route("/add_tags/search_tags", this::searchTags),
                ClientApiSurface.route("/add_tags/get_siblings_and_parents", this::siblingsAndParents));
    }

    private ApiResponse searchTags(ApiRequest r) {
        ApiArguments args = r.args();
        String search = args.requireString("search");
        boolean display = !args.getString("tag_display_type").orElse("storage").equals("storage");
        ByteKey tagService = tagServiceKey(args);
        TagFilter filter = r.caller() == null || r.caller().searchTagFilter().allowsEverything()
                ? null : r.caller().searchTagFilter();
        TagAutocomplete.Result result = autocomplete.search(search, tagService, display,
                () -> FileDomainArgs.parse(args, catalog, false, FileDomain.of(DefaultServices.COMBINED_LOCAL_FILE_DOMAINS)),
                filter);
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("search_text", result.searchText());
        text.put("inclusive", result.inclusive());
        List<Object> tags = new ArrayList<>();
        for (TagAutocomplete.TagCount t : result.tags()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("value", t.value());
            e.put("count", t.count());
            tags.add(e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("autocomplete_text", text);
        body.put("tags", tags);
        return ApiResponse.Json.ok(body);
    }

    /** Hydrus's {@code ParseTagServiceKey}: {@code tag_service_key} or the legacy name, default all known tags. */
    private ByteKey tagServiceKey(ApiArguments args) {
        if (args.has("tag_service_name")) {
            String name = args.requireString("tag_service_name");
            return catalog.findByName(name, ServiceType.TAG_SERVICES).orElseThrow(() -> ApiException.notFound(
                    "Sorry, did not find a service with name \"" + name + "\"!")).key();
        }
        if (args.has("tag_service_key")) {
            return editor.tagService(args.requireKey("tag_service_key")).key();
        }
        return DefaultServices.ALL_KNOWN_TAGS;
    }

    private ApiResponse siblingsAndParents(ApiRequest r) {
        List<String> tags = strings(r.args(), "tags");
        if (!r.args().has("tags")) {
            r.args().require("tags", ArgType.LIST);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        relations.lookup(tags).forEach((tag, perService) -> {
            Map<String, Object> services = new LinkedHashMap<>();
            perService.forEach((key, lookup) -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("siblings", lookup.siblings());
                e.put("ideal_tag", lookup.idealTag());
                e.put("descendants", lookup.descendants());
                e.put("ancestors", lookup.ancestors());
                services.put(key.hex(), e);
            });
            out.put(tag, services);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tags", out);
        servicesJson.addTo(body);
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse addTags(ApiRequest r) {
        var files = FileSelectorArgs.parse(r.args());
        TagEditor.Request request = AddTagsArgs.parse(r.args(), catalog, editor);
        editor.apply(files, request);
        return ApiResponse.empty();
    }

    private ApiResponse cleanTags(ApiRequest r) {
        List<String> tags = strings(r.args(), "tags");
        if (!r.args().has("tags")) {
            r.args().require("tags", ArgType.LIST);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tags", HumanTextOrder.sorted(TagCleaner.cleanTags(tags)));
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse setFavourites(ApiRequest r) {
        ApiArguments args = r.args();
        List<String> result;
        if (args.has("set")) {
            result = favourites.set(strings(args, "set"));
        } else {
            result = favourites.addAndRemove(strings(args, "add"), strings(args, "remove"));
        }
        return favouriteBody(result);
    }

    private static ApiResponse favouriteBody(List<String> tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("favourite_tags", tags);
        return ApiResponse.Json.ok(body);
    }

    /** A list-of-strings argument (empty when absent), with hydrus's 400 for non-string items. */
    private static List<String> strings(ApiArguments args, String name) {
        List<String> out = new ArrayList<>();
        args.getList(name, ArgType.STRING).ifPresent(items -> items.forEach(i -> out.add((String) i)));
        return out;
    }
}
