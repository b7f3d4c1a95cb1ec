package dev.hydrant.api.http;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.RawBody;
import dev.hydrant.core.access.AccessKey;

import java.util.function.Function;

/**
 * One decoded API call as an endpoint sees it.
 *
 * @param caller  the authenticated key, or null on unrestricted routes
 * @param rawBody the uploaded file of a raw POST body, or null
 * @param headers reads a request header by (case-insensitive) name, null when absent
 */
public record ApiRequest(ApiArguments args, AccessKey caller, RawBody rawBody, Function<String, String> headers) {
    public String header(String name) {
        return headers.apply(name);
    }
}
