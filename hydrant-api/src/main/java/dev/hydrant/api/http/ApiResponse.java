package dev.hydrant.api.http;

import java.nio.file.Path;
import java.util.Map;

/** What an endpoint answers; {@link ResponseWriter} turns it into bytes and headers exactly as hydrus would. */
public sealed interface ApiResponse {
    /** The usual {@code max-age} of JSON/CBOR bodies. */
    int JSON_CACHE_SECONDS = 4;
    /** The {@code max-age} of files and thumbnails. */
    int FILE_CACHE_SECONDS = 31_536_000;

    /** A JSON (or CBOR, when the client asks) object; {@code version}/{@code hydrus_version} are appended in JSON mode. */
    record Json(int status, Map<String, Object> body, int cacheSeconds) implements ApiResponse {
        public static Json ok(Map<String, Object> body) {
            return new Json(200, body, JSON_CACHE_SECONDS);
        }
    }

    /** HTTP 200 with no body, no Content-Type and no cache headers. */
    record Empty() implements ApiResponse {
    }

    /**
     * A small in-memory body with a fixed Content-Type (robots.txt, the welcome page, rating SVGs, renders).
     *
     * @param cacheSeconds null for no cache headers
     * @param extraHeaders sent as they are, after the others
     */
    record Bytes(int status, String contentType, byte[] body, Integer cacheSeconds, String contentDisposition,
                 Map<String, String> extraHeaders) implements ApiResponse {
        public Bytes(int status, String contentType, byte[] body, Integer cacheSeconds, String contentDisposition) {
            this(status, contentType, body, cacheSeconds, contentDisposition, Map.of());
        }
    }

    /** A file streamed from disk, with single-range support when {@code rangeAllowed}. */
    record File(Path path, long size, String contentType, String contentDisposition, int cacheSeconds,
                boolean rangeAllowed) implements ApiResponse {
    }

    static ApiResponse empty() {
        return new Empty();
    }
}
