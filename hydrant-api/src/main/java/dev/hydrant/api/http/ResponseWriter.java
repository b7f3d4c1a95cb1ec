package dev.hydrant.api.http;

import dev.hydrant.core.ApiVersion;
import dev.hydrant.core.error.ApiException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link ApiResponse} with hydrus's headers: {@code Server}/{@code Hydrus-Server} always;
 * {@code Cache-Control}/{@code Expires} and {@code Content-Disposition: inline} on JSON bodies; nothing but
 * {@code Content-Length: 0} on empty 200s; {@code Access-Control-Allow-Origin} when CORS applies.
 */
public final class ResponseWriter {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final BodyEncoder encoder;
    private final Clock clock;

    public ResponseWriter(BodyEncoder encoder, Clock clock) {
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The per-response facts that change headers but not content. */
    public record Context(ResponseFormat format, boolean head, boolean allowOrigin, String rangeHeader) {
    }

    public static void serverHeaders(Response response) {
        response.getHeaders().put(HttpHeader.SERVER, ApiVersion.SERVER_HEADER);
        response.getHeaders().put("Hydrus-Server", ApiVersion.SERVER_HEADER);
    }

    public void write(Response response, Callback callback, ApiResponse result, Context ctx) throws IOException {
        serverHeaders(response);
        if (ctx.allowOrigin()) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
        switch (result) {
            case ApiResponse.Json j -> {
                byte[] body = encoder.encode(j.body(), ctx.format());
                response.setStatus(j.status());
                cacheHeaders(response, j.cacheSeconds());
                send(response, callback, ctx, ctx.format().contentType(), body, "inline");
            }
            case ApiResponse.Empty e -> {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
                response.write(true, null, callback);
            }
            case ApiResponse.Bytes b -> {
                response.setStatus(b.status());
                if (b.cacheSeconds() != null) {
                    cacheHeaders(response, b.cacheSeconds());
                }
                b.extraHeaders().forEach((name, value) -> response.getHeaders().put(name, value));
                send(response, callback, ctx, b.contentType(), b.body(), b.contentDisposition());
            }
            case ApiResponse.File f -> new FileSender(this).send(response, callback, f, ctx);
        }
    }

    void cacheHeaders(Response response, int seconds) {
        // Date and Expires from one reading of the clock: Jetty stamps Date when the request arrives, so a second
        // boundary crossed while handling it would otherwise make Expires - Date differ from max-age
        Instant now = clock.instant();
        response.getHeaders().put(HttpHeader.DATE, HTTP_DATE.format(now));
        response.getHeaders().put(HttpHeader.EXPIRES, HTTP_DATE.format(now.plusSeconds(seconds)));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=" + seconds);
    }

    private static void send(Response response, Callback callback, Context ctx, String contentType, byte[] body,
                             String disposition) {
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        if (disposition != null) {
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, disposition);
        }
        response.write(true, ctx.head() ? null : ByteBuffer.wrap(body), callback);
    }

    /** The JSON error body hydrus sends for every error, whatever format was asked for. */
    public void writeError(Response response, Callback callback, ApiException error, Context ctx) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.getMessage());
        body.put("exception_type", error.exceptionType());
        body.put("status_code", error.status());
        if (error instanceof ByteRange.BeyondEnd beyond) {
            response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + beyond.size());
        }
        write(response, callback, new ApiResponse.Json(error.status(), body, ApiResponse.JSON_CACHE_SECONDS),
                new Context(ResponseFormat.JSON, ctx.head(), ctx.allowOrigin(), null));
    }

    /** One of the framework's HTML pages (unknown path, unknown method): no cache headers. */
    public static void writeHtml(Response response, Callback callback, int status, String html, boolean head) {
        serverHeaders(response);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TwistedPages.HTML_CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
    }

}
