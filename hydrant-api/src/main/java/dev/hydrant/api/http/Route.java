package dev.hydrant.api.http;

/**
 * One Client API resource: its path, the one method it implements (GET or POST), who may call it, and its job.
 */
public record Route(String path, Method method, Access access, Endpoint endpoint) {
    /** The two methods hydrus's API resources implement. */
    public enum Method { GET, POST }

    public static Route get(String path, Access access, Endpoint endpoint) {
        return new Route(path, Method.GET, access, endpoint);
    }

    public static Route post(String path, Access access, Endpoint endpoint) {
        return new Route(path, Method.POST, access, endpoint);
    }
}
