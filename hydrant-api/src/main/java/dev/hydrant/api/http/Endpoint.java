package dev.hydrant.api.http;

import java.io.IOException;

/** The job of one route: decoded request in, response out. Errors a client causes are {@code ApiException}s. */
@FunctionalInterface
public interface Endpoint {
    ApiResponse handle(ApiRequest request) throws IOException;
}
