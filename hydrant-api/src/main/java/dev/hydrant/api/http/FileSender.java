package dev.hydrant.api.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/** Streams a file from disk (never loading it whole), honouring a single byte range where the route allows it. */
final class FileSender {
    private final ResponseWriter writer;

    FileSender(ResponseWriter writer) {
        this.writer = writer;
    }

    void send(Response response, Callback callback, ApiResponse.File file, ResponseWriter.Context ctx) throws IOException {
        ByteRange range = file.rangeAllowed() ? ByteRange.parse(ctx.rangeHeader(), file.size()) : null;
        writer.cacheHeaders(response, file.cacheSeconds());
        if (file.contentDisposition() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, file.contentDisposition());
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        long offset = 0;
        long length = file.size();
        if (range != null) {
            response.setStatus(206);
            response.getHeaders().put(HttpHeader.ACCEPT_RANGES, "bytes");
            response.getHeaders().put(HttpHeader.CONTENT_RANGE, range.contentRange(file.size()));
            offset = range.first();
            length = range.length();
        } else {
            response.setStatus(200);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        if (ctx.head() || length == 0) {
            response.write(true, null, callback);
            return;
        }
        FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ);
        Content.Source source = Content.Source.from(null, channel, offset, length);
        Content.copy(source, response, Callback.from(callback, () -> closeQuietly(channel)));
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do for a finished response
        }
    }
}
