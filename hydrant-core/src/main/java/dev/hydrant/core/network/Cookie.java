package dev.hydrant.core.network;

/**
 * A stored cookie.
 *
 * @param expires seconds since the epoch, or null for a session cookie
 */
public record Cookie(String name, String value, String domain, String path, Long expires) {
}
