package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns a status, headers and body into the {@code response} object of a transcript line, as record.py's
 * {@code describe_response}: only {@link #RECORDED_HEADERS} and {@code Access-Control-*} headers (recorded
 * names canonicalised, a repeated header keeps its first position and last value), every header name in
 * {@code header_order}, then {@code json} + {@code json_text_sha256} for a parseable JSON body,
 * {@code cbor} + {@code body} for a decodable CBOR body, otherwise {@code body} with sha256, length,
 * content type, a sniffed {@code image} and, for {@code text/*} bodies up to 4 KiB, the {@code text}.
 */
final class ResponseDescriber {

    static final List<String> RECORDED_HEADERS = List.of("Content-Type", "Content-Length", "Content-Range",
            "Accept-Ranges", "Content-Disposition", "Cache-Control", "Allow", "Server", "Hydrus-Server", "Expires", "Date");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PythonJsonReader json = new PythonJsonReader();

    ObjectNode describe(RawHttpResponse r) {
        ObjectNode resp = describe(r.status(), r.headers(), r.body());
        if (r.transportError() != null) {
            resp.put("transport_error", r.transportError());
        }
        return resp;
    }

    ObjectNode describe(int status, List<HeaderField> headers, byte[] data) {
        ObjectNode hdrs = NODES.objectNode();
        ArrayNode order = NODES.arrayNode();
        for (HeaderField h : headers) {
            order.add(h.name());
            String lower = h.name().toLowerCase(Locale.ROOT);
            String recorded = RECORDED_HEADERS.stream().filter(x -> x.toLowerCase(Locale.ROOT).equals(lower)).findFirst().orElse(null);
            if (recorded != null) {
                hdrs.put(recorded, h.value());
            } else if (lower.startsWith("access-control-")) {
                hdrs.put(h.name(), h.value());
            }
        }
        ObjectNode resp = NODES.objectNode();
        resp.put("status", status);
        resp.set("headers", hdrs);
        resp.set("header_order", order);
        JsonNode ctNode = hdrs.get("Content-Type");
        String ct = ctNode == null ? "" : PythonText.strip(ctNode.textValue().split(";", -1)[0]).toLowerCase(Locale.ROOT);
        if (ct.equals("application/json") && data.length > 0) {
            try {
                resp.set("json", json.read(data));
                resp.put("json_text_sha256", sha256(data));
                return resp;
            } catch (IOException notJson) {
                // described as a plain body below, as record.py does
            }
        }
        if (ct.equals("application/cbor") && data.length > 0) {
            try {
                resp.set("cbor", CborReader.decode(data));
                ObjectNode body = NODES.objectNode();
                body.put("sha256", sha256(data));
                body.put("length", data.length);
                body.put("content_type", ct);
                resp.set("body", body);
                return resp;
            } catch (CborReader.CborDecodeException e) {
                resp.put("cbor_error", e.getMessage());
            }
        }
        ObjectNode body = NODES.objectNode();
        body.put("sha256", sha256(data));
        body.put("length", data.length);
        if (ct.isEmpty()) {
            body.putNull("content_type");
        } else {
            body.put("content_type", ct);
        }
        ImageSniffer.ImageInfo info = ImageSniffer.sniff(data);
        if (info != null) {
            ObjectNode image = NODES.objectNode();
            image.put("format", info.format());
            image.set("width", integer(info.width()));
            image.set("height", integer(info.height()));
            body.set("image", image);
        }
        if (ct.startsWith("text/") && data.length <= 4096) {
            body.put("text", PythonText.decodeUtf8Replacing(data));
        }
        resp.set("body", body);
        return resp;
    }

    private static JsonNode integer(long v) {
        return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
