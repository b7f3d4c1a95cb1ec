package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.urls.UrlClassException;
import dev.hydrant.core.urls.UrlInfo;
import dev.hydrant.core.urls.UrlNormaliser;
import dev.hydrant.core.urls.known.FileUrls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /add_urls/*} endpoints but {@code add_url} (which needs a downloader): {@code get_url_info},
 * {@code get_url_files} and {@code associate_url}.
 */
public final class UrlRoutes {
    /** hydrus caches URL information for ten minutes. */
    static final int URL_INFO_CACHE_SECONDS = 600;
    /** hydrus lets the files of a URL be cached for 30 s when every one of them is in the library. */
    static final int URL_FILES_CACHE_SECONDS = 30;

    private final UrlNormaliser urls;
    private final FileUrls fileUrls;

    public UrlRoutes(UrlNormaliser urls, FileUrls fileUrls) {
        this.urls = urls;
        this.fileUrls = fileUrls;
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/add_urls/get_url_info", this::urlInfo),
                ClientApiSurface.route("/add_urls/get_url_files", this::urlFiles),
                ClientApiSurface.route("/add_urls/associate_url", this::associate));
    }

    private ApiResponse urlFiles(ApiRequest r) {
        ApiArguments args = r.args();
        String url = args.requireString("url");
        boolean doublecheck = args.getBoolean("doublecheck_file_system", false);
        FileUrls.UrlFiles found = fileUrls.filesOf(url, doublecheck);
        List<Object> statuses = new ArrayList<>();
        for (FileUrls.UrlFileStatus s : found.statuses()) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("status", s.status().number());
            status.put("hash", s.sha256().hex());
            status.put("note", s.note());
            statuses.add(status);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("normalised_url", found.normalisedUrl());
        body.put("url_file_statuses", statuses);
        return new ApiResponse.Json(200, body,
                found.allSuccessful() ? URL_FILES_CACHE_SECONDS : ApiResponse.JSON_CACHE_SECONDS);
    }

    /** hydrus's argument order: normalise_urls, the four URL arguments, the URL checks, then the files. */
    private ApiResponse associate(ApiRequest r) {
        ApiArguments args = r.args();
        boolean normalise = args.getBoolean("normalise_urls", true);
        List<String> add = urlArguments(args, "url_to_add", "urls_to_add");
        List<String> delete = urlArguments(args, "url_to_delete", "urls_to_delete");
        FileUrls.UrlEdit edit = fileUrls.edit(add, delete, normalise);
        fileUrls.apply(FileSelectorArgs.parse(args), edit);
        return ApiResponse.empty();
    }

    private static List<String> urlArguments(ApiArguments args, String one, String many) {
        List<String> urls = new ArrayList<>();
        args.getString(one).ifPresent(urls::add);
        args.getList(many, ArgType.STRING).ifPresent(list -> list.forEach(u -> urls.add((String) u)));
        return urls;
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
