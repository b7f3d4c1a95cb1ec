package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a scenario step into a {@link PreparedRequest} exactly as the first half of record.py's
 * {@code run_step}: placeholders, auth placement ({@code header}, {@code query}, {@code body}, {@code none},
 * {@code session-*}, {@code auth_key}), the body ({@code json}, {@code cbor}, {@code file}, {@code raw}),
 * {@code content_type} (JSON null: no Content-Type at all), the query encoding ({@code json} or {@code cbor})
 * and {@code raw_query}. Nothing is sent, except the hidden file_id lookups a placeholder may need.
 */
final class RequestBuilder {

    static final String ACCESS_KEY_HEADER = "Hydrus-Client-API-Access-Key";
    static final String SESSION_KEY_HEADER = "Hydrus-Client-API-Session-Key";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PlaceholderResolver resolver;
    private final MediaLibrary media;
    private final String accessKey;
    private final ReplayState state;

    RequestBuilder(PlaceholderResolver resolver, MediaLibrary media, String accessKey, ReplayState state) {
        this.resolver = resolver;
        this.media = media;
        this.accessKey = accessKey;
        this.state = state;
    }

    PreparedRequest prepare(JsonNode step) {
        state.takeLookups();
        String method = text(step.has("method") ? step.get("method") : NODES.textNode("GET"), "method").toUpperCase(Locale.ROOT);
        if (!step.has("path")) {
            throw new IllegalArgumentException("a step needs a path: " + step);
        }
        String path = text(resolver.resolve(step.get("path")), "path");
        JsonNode query = resolver.resolve(step.has("query") ? step.get("query") : NODES.objectNode());
        if (!query.isObject()) {
            throw new IllegalArgumentException("query must be an object: " + query);
        }
        ObjectNode headers = NODES.objectNode();
        if (step.has("headers")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = step.get("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                headers.set(e.getKey(), resolver.resolve(e.getValue()));
            }
        }
        String auth = step.has("auth") ? text(step.get("auth"), "auth") : "header";
        JsonNode keyValue = step.has("auth_key") ? absentIfNull(resolver.resolve(step.get("auth_key"))) : null;

        JsonNode bodyObject = null;
        byte[] body = null;
        String contentType = null;
        JsonNode bodyDescription = null;
        if (step.has("json")) {
            bodyObject = absentIfNull(resolver.resolve(step.get("json")));
            contentType = "application/json";
        } else if (step.has("cbor")) {
            bodyObject = absentIfNull(resolver.resolve(step.get("cbor")));
            contentType = "application/cbor";
        } else if (step.has("file")) {
            String name = text(step.get("file"), "file");
            body = media.bytes(name);
            contentType = "application/octet-stream";
            ObjectNode d = NODES.objectNode();
            d.put("file", name);
            d.put("sha256", ResponseDescriber.sha256(body));
            d.put("length", body.length);
            bodyDescription = d;
        } else if (step.has("raw")) {
            String raw = text(step.get("raw"), "raw");
            body = raw.getBytes(StandardCharsets.UTF_8);
            ObjectNode d = NODES.objectNode();
            d.put("raw", raw);
            bodyDescription = d;
        }
        if (step.has("content_type")) {
            JsonNode ct = step.get("content_type");
            contentType = ct.isNull() ? null : text(ct, "content_type");
        }

        String keyName;
        JsonNode keySent;
        if (auth.equals("header") || auth.equals("query") || auth.equals("body")) {
            keyName = ACCESS_KEY_HEADER;
            keySent = keyValue != null ? keyValue : NODES.textNode(accessKey);
        } else if (auth.startsWith("session-")) {
            keyName = SESSION_KEY_HEADER;
            keySent = keyValue != null ? keyValue
                    : state.lastSessionKey() == null ? NODES.nullNode() : state.lastSessionKey().deepCopy();
            auth = auth.substring("session-".length());
        } else if (auth.equals("none")) {
            keyName = null;
            keySent = null;
        } else {
            throw new IllegalArgumentException("bad auth mode " + PythonValues.strRepr(auth));
        }
        ObjectNode sentAuth = null;
        ObjectNode finalQuery = (ObjectNode) query;
        if (keyName != null) {
            sentAuth = NODES.objectNode();
            sentAuth.put("mode", auth);
            sentAuth.put("name", keyName);
            sentAuth.set("value", keySent);
            switch (auth) {
                case "header" -> headers.set(keyName, keySent.deepCopy());
                case "query" -> finalQuery.set(keyName, keySent.deepCopy());
                case "body" -> {
                    if (bodyObject == null) {
                        bodyObject = NODES.objectNode();
                        contentType = contentType == null || contentType.isEmpty() ? "application/json" : contentType;
                    }
                    if (!bodyObject.isObject()) {
                        throw new IllegalArgumentException("auth: body needs an object body, got " + bodyObject);
                    }
                    ((ObjectNode) bodyObject).set(keyName, keySent.deepCopy());
                }
                default -> throw new IllegalArgumentException("bad auth mode " + PythonValues.strRepr(auth));
            }
        }

        boolean asCbor = "application/cbor".equals(contentType) || step.has("cbor");
        if (bodyObject != null) {
            body = asCbor ? CborWriter.encode(bodyObject) : PythonJsonWriter.dumps(bodyObject).getBytes(StandardCharsets.UTF_8);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }

        JsonNode encodingNode = step.get("query_encoding");
        String encoding = encodingNode != null && encodingNode.isTextual() ? encodingNode.textValue() : "json";
        String qs = QueryStringEncoder.encode(finalQuery, encoding);
        if (step.has("raw_query")) {
            String rq = resolver.resolveString(text(step.get("raw_query"), "raw_query"));
            qs = qs.isEmpty() ? rq : qs + "&" + rq;
        }
        String target = path + (qs.isEmpty() ? "" : "?" + qs);

        String bodyKind = null;
        JsonNode bodyRecord = null;
        if (bodyObject != null) {
            bodyKind = asCbor ? "cbor" : "json";
            bodyRecord = bodyObject;
        } else if (bodyDescription != null) {
            bodyKind = "body";
            bodyRecord = bodyDescription;
        }
        return new PreparedRequest(method, path, finalQuery, target, headers, sentAuth, body, bodyKind, bodyRecord,
                state.takeLookups());
    }

    private static JsonNode absentIfNull(JsonNode v) {
        return v == null || v.isNull() ? null : v;
    }

    private static String text(JsonNode v, String what) {
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(what + " must be a string, got " + v);
        }
        return v.textValue();
    }
}
