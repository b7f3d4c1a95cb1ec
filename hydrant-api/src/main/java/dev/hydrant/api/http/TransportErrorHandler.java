package dev.hydrant.api.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty rejects before any route runs (malformed requests, over-long request lines or headers) the
 * way hydrus's web framework does: a plain 400 with the server headers. A request whose line and headers exceed
 * {@link ApiServer#MAX_HEADER_BYTES} is one of these.
 */
final class TransportErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        if (status == 431 || status == 414) {
            status = 400;
        }
        String reason = org.eclipse.jetty.http.HttpStatus.getMessage(status);
        ResponseWriter.writeHtml(response, callback, status,
                TwistedPages.page(status + " - " + reason, reason, "The request could not be handled."), false);
        return true;
    }
}
