package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One scenario step made ready to send, with every placeholder resolved: what record.py computes in
 * {@code run_step} before it opens a connection.
 *
 * @param method        upper-case method
 * @param path          resolved path, without the query
 * @param query         resolved query parameters (including the access key when {@code auth} is {@code query})
 * @param target        the request target: path, {@code ?}, encoded query and raw query
 * @param headers       resolved header values (JSON values, as recorded), in sending order, including the
 *                      auth header and {@code Content-Type}
 * @param auth          {@code {mode, name, value}} as recorded, or null for {@code auth: none}
 * @param body          the body bytes, or null for no body
 * @param bodyKind      {@code "json"}, {@code "cbor"}, {@code "body"} or null: the transcript field describing the body
 * @param bodyRecord    what the transcript records under {@code bodyKind}
 * @param hiddenLookups media names whose file_id had to be asked from the server while preparing
 */
public record PreparedRequest(String method, String path, ObjectNode query, String target, ObjectNode headers,
                              ObjectNode auth, byte[] body, String bodyKind, JsonNode bodyRecord,
                              List<String> hiddenLookups) {

    public PreparedRequest {
        hiddenLookups = List.copyOf(hiddenLookups);
    }

    /** The transcript's {@code request} object: method, path, query, target, headers?, auth?, json|cbor|body?. */
    public ObjectNode transcriptRequest() {
        ObjectNode req = JsonNodeFactory.instance.objectNode();
        req.put("method", method);
        req.put("path", path);
        req.set("query", query.deepCopy());
        req.put("target", target);
        if (!headers.isEmpty()) {
            req.set("headers", headers.deepCopy());
        }
        if (auth != null) {
            req.set("auth", auth.deepCopy());
        }
        if (bodyKind != null) {
            req.set(bodyKind, bodyRecord.deepCopy());
        }
        return req;
    }
}
