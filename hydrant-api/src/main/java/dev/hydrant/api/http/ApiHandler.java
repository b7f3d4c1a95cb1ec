package dev.hydrant.api.http;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.GetParameterTypes;
import dev.hydrant.api.args.PostBody;
import dev.hydrant.api.args.PostBodyParser;
import dev.hydrant.api.args.PythonHex;
import dev.hydrant.api.args.QueryArgumentParser;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessControl;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.Credentials;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The request pipeline every Client API call goes through, in hydrus's order: route lookup (unknown path: HTML
 * 404), method support (PUT etc.: HTML 501), busy lock (503), local-only check (403), OPTIONS/CORS, argument
 * parsing, credentials and permissions, wrong-method 404, then the endpoint's job.
 */
public final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    static final String LOCK_OFF_PATH = "/manage_database/lock_off";

    private final RouteTable routes;
    private final AccessControl accessControl;
    private final BusyLock busyLock;
    private final ServerSettings settings;
    private final QueryArgumentParser queryParser = new QueryArgumentParser();
    private final PostBodyParser bodyParser;
    private final ResponseWriter writer;

    public ApiHandler(RouteTable routes, AccessControl accessControl, BusyLock busyLock, ServerSettings settings,
                      PostBodyParser bodyParser, ResponseWriter writer) {
        this.routes = routes;
        this.accessControl = accessControl;
        this.busyLock = busyLock;
        this.settings = settings;
        this.bodyParser = bodyParser;
        this.writer = writer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        Route route = path == null ? null : routes.find(path);
        if (route == null) {
            String page = path != null && routes.isRemoved(path) ? TwistedPages.removedResource() : TwistedPages.noSuchResource();
            ResponseWriter.writeHtml(response, callback, 404, page, head);
            return true;
        }
        if (!method.equals("GET") && !method.equals("POST") && !head && !method.equals("OPTIONS")) {
            ResponseWriter.writeHtml(response, callback, 501, TwistedPages.notImplemented(method), false);
            return true;
        }
        String query = request.getHttpURI().getQuery();
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        // hydrus looks for "cbor" in Twisted's request.args, which hold the query string for POSTs too (the POST's
        // arguments themselves come only from the body)
        boolean cborParam = QueryArgumentParser.rawPairs(query).containsKey("cbor");
        ResponseFormat format = ResponseFormat.choose(request.getHeaders().get(HttpHeader.ACCEPT), contentType, cborParam);
        boolean hasOrigin = request.getHeaders().get(HttpHeader.ORIGIN) != null;
        ResponseWriter.Context ctx = new ResponseWriter.Context(format, head, hasOrigin && settings.cors(),
                request.getHeaders().get(HttpHeader.RANGE));
        PostBody body = null;
        try {
            if (busyLock.isLocked() && !path.equals(LOCK_OFF_PATH)) {
                throw new ApiException(ErrorKind.SERVER_BUSY, "This server is busy, please try again later.");
            }
            if (!settings.allowNonLocal() && !isLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
                throw ApiException.forbidden("Only local access allowed!");
            }
            if (method.equals("OPTIONS")) {
                answerOptions(response, callback, route, hasOrigin);
                return true;
            }
            ApiArguments args;
            if (method.equals("POST")) {
                body = bodyParser.parse(contentType, Request.asInputStream(request));
                args = body.arguments();
            } else {
                args = queryParser.parse(query);
            }
            AccessKey caller = authorise(route, request, args);
            if (!route.method().name().equals(head ? "GET" : method)) {
                throw ApiException.notFound("This service does not support that request!");
            }
            ApiRequest apiRequest = new ApiRequest(args, caller, body == null ? null : body.raw(),
                    name -> request.getHeaders().get(name));
            ApiResponse result = route.endpoint().handle(apiRequest);
            discardUpload(body);
            writer.write(response, callback, result, ctx);
        } catch (ApiException e) {
            discardUpload(body);
            writer.writeError(response, callback, e, ctx);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", method, path, e);
            discardUpload(body);
            writer.writeError(response, callback, serverError(e), ctx);
        } finally {
            discardUpload(body);
        }
        return true;
    }

    /** An uploaded file lives only as long as its request: it is gone before the client sees the answer. */
    private static void discardUpload(PostBody body) {
        if (body != null && body.raw() != null) {
            body.raw().close();
        }
    }

    private static ApiException serverError(Exception e) {
        String text = "The \"client api\" encountered an error it could not handle!\n\n" + e.getClass().getName()
                + ": " + e.getMessage();
        return new ApiException(ErrorKind.SERVER_ERROR, e.getClass().getSimpleName(), text);
    }

    private void answerOptions(Response response, Callback callback, Route route, boolean hasOrigin) {
        ResponseWriter.serverHeaders(response);
        if (hasOrigin) {
            if (!settings.cors()) {
                throw new ApiException(ErrorKind.CORS_NOT_SUPPORTED, "This service does not support CORS.");
            }
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "*");
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, route.method().name());
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
        } else {
            response.getHeaders().put(HttpHeader.ALLOW, route.method().name());
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        response.write(true, null, callback);
    }

    /** Header credentials win over argument credentials; an access key wins over a session key. */
    private AccessKey authorise(Route route, Request request, ApiArguments args) {
        if (route.access() instanceof Access.Unrestricted) {
            return null;
        }
        Credentials credentials = headerCredentials(request);
        if (credentials == null) {
            credentials = argumentCredentials(args);
        }
        if (credentials == null) {
            throw new ApiException(ErrorKind.MISSING_CREDENTIALS, "No access key or session key provided!");
        }
        AccessKey key = accessControl.authenticate(credentials);
        switch (route.access()) {
            case Access.AllOf all -> all.permissions().forEach(p -> AccessControl.require(key, p));
            case Access.AnyOf any -> AccessControl.requireAny(key, any.permissions());
            default -> {
                // any valid key
            }
        }
        return key;
    }

    private static Credentials headerCredentials(Request request) {
        String access = request.getHeaders().get(GetParameterTypes.ACCESS_KEY);
        if (access != null) {
            return new Credentials.AccessKeyCredential(parseHeaderKey(access, GetParameterTypes.ACCESS_KEY));
        }
        String session = request.getHeaders().get(GetParameterTypes.SESSION_KEY);
        if (session != null) {
            return new Credentials.SessionKeyCredential(parseHeaderKey(session, GetParameterTypes.SESSION_KEY));
        }
        return null;
    }

    private static ByteKey parseHeaderKey(String value, String name) {
        return PythonHex.parse(value).orElseThrow(() -> ApiException.badRequest("Problem parsing " + name + "!"));
    }

    private static Credentials argumentCredentials(ApiArguments args) {
        Object access = args.raw(GetParameterTypes.ACCESS_KEY);
        if (access instanceof ByteKey k) {
            return new Credentials.AccessKeyCredential(k);
        }
        Object session = args.raw(GetParameterTypes.SESSION_KEY);
        if (session instanceof ByteKey k) {
            return new Credentials.SessionKeyCredential(k);
        }
        return null;
    }

    static boolean isLoopback(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            InetAddress a = inet.getAddress();
            return a != null && a.isLoopbackAddress();
        }
        return false;
    }
}
