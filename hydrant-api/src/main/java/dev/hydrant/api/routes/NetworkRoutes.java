package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.args.PythonText;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.network.Cookie;
import dev.hydrant.core.network.CookieJar;
import dev.hydrant.core.network.CustomHeaders;
import dev.hydrant.core.network.Domains;
import dev.hydrant.core.network.HeaderRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /manage_cookies/*} and {@code /manage_headers/*}: what the downloader will send to each site. */
public final class NetworkRoutes {
    private final CookieJar cookies;
    private final CustomHeaders headers;

    public NetworkRoutes(CookieJar cookies, CustomHeaders headers) {
        this.cookies = cookies;
        this.headers = headers;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/manage_cookies/get_cookies", this::getCookies),
                ClientApiSurface.route("/manage_cookies/set_cookies", this::setCookies),
                ClientApiSurface.route("/manage_headers/get_headers", this::getHeaders),
                ClientApiSurface.route("/manage_headers/set_headers", this::setHeaders),
                ClientApiSurface.route("/manage_headers/set_user_agent", r -> {
                    headers.setUserAgent(r.args().requireString("user-agent"));
                    return ApiResponse.empty();
                }));
    }

    private ApiResponse getCookies(ApiRequest r) {
        List<Object> rows = new ArrayList<>();
        for (Cookie c : cookies.cookiesFor(r.args().requireString("domain"))) {
            rows.add(Arrays.asList(c.name(), c.value(), c.domain(), c.path(), c.expires()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cookies", rows);
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse setCookies(ApiRequest r) {
        List<?> rows = (List<?>) r.args().require("cookies", ArgType.LIST);
        cookies.set(rows, PythonText::str);
        return ApiResponse.empty();
    }

    private static String context(ApiArguments args) {
        return args.getString("domain").map(Domains::requireDomain).orElse(CustomHeaders.GLOBAL);
    }

    private ApiResponse getHeaders(ApiRequest r) {
        String context = context(r.args());
        Map<String, Object> networkContext = new LinkedHashMap<>();
        networkContext.put("type", context.equals(CustomHeaders.GLOBAL) ? 0 : 2);
        networkContext.put("data", context.equals(CustomHeaders.GLOBAL) ? null : context);
        Map<String, Object> byName = new LinkedHashMap<>();
        for (HeaderRule h : headers.headers(context)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", h.value());
            entry.put("approved", h.approval().text());
            entry.put("reason", h.reason());
            byName.put(h.name(), entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network_context", networkContext);
        body.put("headers", byName);
        return ApiResponse.Json.ok(body);
    }

    private ApiResponse setHeaders(ApiRequest r) {
        String context = context(r.args());
        Map<?, ?> requested = (Map<?, ?>) r.args().require("headers", ArgType.OBJECT);
        List<CustomHeaders.Change> changes = new ArrayList<>();
        for (Map.Entry<?, ?> e : requested.entrySet()) {
            String name = String.valueOf(e.getKey());
            ApiArguments.check(name, e.getValue(), ArgType.OBJECT);
            Map<?, ?> info = (Map<?, ?>) e.getValue();
            boolean hasValue = info.containsKey("value");
            Object value = info.get("value");
            if (value != null && !(value instanceof String)) {
                throw notAString(value);
            }
            HeaderRule.Approval approval = null;
            if (info.get("approved") != null) {
                Object a = info.get("approved");
                approval = (a instanceof String s ? HeaderRule.Approval.fromText(s) : java.util.Optional.<HeaderRule.Approval>empty())
                        .orElseThrow(() -> ApiException.badRequest("The value \"" + PythonText.str(a)
                                + "\" was not in the permitted list!"));
            }
            Object reason = info.get("reason");
            if (reason != null && !(reason instanceof String)) {
                throw notAString(reason);
            }
            changes.add(new CustomHeaders.Change(name, hasValue, (String) value, approval, (String) reason));
        }
        headers.apply(context, changes);
        return ApiResponse.empty();
    }

    private static ApiException notAString(Object value) {
        return ApiException.badRequest("The value \"" + PythonText.str(value) + "\" was not a string!");
    }
}
