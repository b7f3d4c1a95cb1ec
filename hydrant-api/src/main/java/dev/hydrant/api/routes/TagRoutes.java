package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.tags.FavouriteTags;
import dev.hydrant.core.tags.TagEditor;
import dev.hydrant.core.tags.HumanTextOrder;
import dev.hydrant.core.tags.TagCleaner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tag endpoints: {@code /add_tags/clean_tags}, {@code add_tags} and the favourite tags. */
public final class TagRoutes {
    private final FavouriteTags favourites;
    private final TagEditor editor;
    private final ServiceCatalog catalog;

    public TagRoutes(FavouriteTags favourites, TagEditor editor, ServiceCatalog catalog) {
        this.favourites = favourites;
        this.editor = editor;
        this.catalog = catalog;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/add_tags/clean_tags", this::cleanTags),
                ClientApiSurface.route("/add_tags/get_favourite_tags", r -> favouriteBody(favourites.list())),
                ClientApiSurface.route("/add_tags/set_favourite_tags", this::setFavourites),
                ClientApiSurface.route("/add_tags/add_tags", this::addTags));
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
