package dev.hydrant.conformance;

import java.util.List;

/**
 * An HTTP/1.1 request exactly as it goes on the wire: the method and request target are sent verbatim,
 * the headers in this order with these spellings, and the body (null for none) as these bytes.
 */
public record RawHttpRequest(String method, String target, List<HeaderField> headers, byte[] body) {

    public RawHttpRequest {
        headers = List.copyOf(headers);
    }
}
