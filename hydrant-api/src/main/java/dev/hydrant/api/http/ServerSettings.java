package dev.hydrant.api.http;

/**
 * The Client API service settings (hydrus's {@code allow_non_local_connections}, {@code support_cors},
 * {@code use_https}) and where to listen.
 *
 * @param port 0 picks a free port (tests)
 */
public record ServerSettings(int port, boolean allowNonLocal, boolean cors, boolean https) {
    public static final int DEFAULT_PORT = 45869;
}
