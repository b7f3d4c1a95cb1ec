package dev.hydrant.conformance;

import java.util.List;

/**
 * What came back for one request: the status (0 when no response arrived), the headers in the order
 * received with their original names, the body bytes, and, when the exchange failed, a
 * {@code transport_error} text worded like record.py's.
 */
public record RawHttpResponse(int status, List<HeaderField> headers, byte[] body, String transportError) {

    public RawHttpResponse {
        headers = List.copyOf(headers);
    }

    static RawHttpResponse noResponse(String transportError) {
        return new RawHttpResponse(0, List.of(), new byte[0], transportError);
    }

    /** The first header with this name (case-insensitive), or null. */
    public String header(String name) {
        for (HeaderField h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }
}
