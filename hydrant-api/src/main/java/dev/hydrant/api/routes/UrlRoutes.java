package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.urls.UrlClassException;
import dev.hydrant.core.urls.UrlInfo;
import dev.hydrant.core.urls.UrlNormaliser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /add_urls/*} endpoints that need no file store: {@code get_url_info}. (The others, which look up or change
 * the URLs of files, arrive with the file store.)
 */
public final class UrlRoutes {
    /** hydrus caches URL information for ten minutes. */
    static final int URL_INFO_CACHE_SECONDS = 600;

    private final UrlNormaliser urls;

    public UrlRoutes(UrlNormaliser urls) {
        this.urls = urls;
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/add_urls/get_url_info", this::urlInfo));
    }

    private ApiResponse urlInfo(ApiRequest r) {
        String url = r.args().requireString("url");
        if (url.isEmpty()) {
            throw ApiException.badRequest("Given URL was empty!");
        }
        UrlInfo info;
        try {
            info = urls.info(url);
        } catch (UrlClassException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("normalised_url", info.normalisedUrl());
        body.put("url_type", info.type().code());
        body.put("url_type_string", info.typeText());
        body.put("match_name", info.matchName());
        body.put("can_parse", info.canParse());
        if (!info.canParse()) {
            body.put("cannot_parse_reason", info.cannotParseReason());
        }
        body.put("request_url", info.requestUrl());
        return new ApiResponse.Json(200, body, URL_INFO_CACHE_SECONDS);
    }
}
