package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a request into the bytes Python's {@code http.client} (which record.py uses) would put on the wire,
 * or refuses it where http.client raises before sending. It adds {@code Host} and
 * {@code Accept-Encoding: identity} first (unless given), then {@code Content-Length} (the body length, or
 * 0 for a body-less POST, PUT or PATCH; unless given or {@code Transfer-Encoding} is), then the given
 * headers; it rejects control characters and spaces in the target, control characters in the method, a
 * non-ASCII request line, illegal header names, header values that are not text, numbers or booleans,
 * non-Latin-1 header values, and bare CR/LF in values.
 */
final class WireRequestEncoder {

    /** http.client refused to send; the message is worded like record.py's {@code transport_error}. */
    static final class RequestRejected extends Exception {
        RequestRejected(String pythonText) {
            super(pythonText);
        }
    }

    private static final Pattern DISALLOWED_URL_CHAR = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern DISALLOWED_METHOD_CHAR = Pattern.compile("[\\x00-\\x1f]");
    private static final Pattern LEGAL_HEADER_NAME = Pattern.compile("[^:\\s][^:\\r\\n]*");
    private static final Pattern ILLEGAL_HEADER_VALUE = Pattern.compile("\\n(?![ \\t])|\\r(?![ \\t\\n])");
    private static final Set<String> METHODS_EXPECTING_BODY = Set.of("PATCH", "POST", "PUT");

    private final String host;
    private final int port;

    WireRequestEncoder(String host, int port) {
        this.host = host;
        this.port = port;
    }

    RawHttpRequest encode(PreparedRequest r) throws RequestRejected {
        return encode(r.method(), r.target(), r.headers(), r.body());
    }

    RawHttpRequest encode(String method, String target, JsonNode headers, byte[] body) throws RequestRejected {
        var m = DISALLOWED_METHOD_CHAR.matcher(method);
        if (m.find()) {
            throw new RequestRejected("ValueError: method can't contain control characters. "
                    + PythonValues.strRepr(method) + " (found at least " + PythonValues.strRepr(m.group()) + ")");
        }
        String url = target.isEmpty() ? "/" : target;
        var u = DISALLOWED_URL_CHAR.matcher(url);
        if (u.find()) {
            throw new RequestRejected("InvalidURL: URL can't contain control characters. "
                    + PythonValues.strRepr(url) + " (found at least " + PythonValues.strRepr(u.group()) + ")");
        }
        String requestLine = method + " " + url + " HTTP/1.1";
        for (int i = 0; i < requestLine.length(); i++) {
            if (requestLine.charAt(i) > 0x7f) {
                throw new RequestRejected("UnicodeEncodeError: 'ascii' codec can't encode character "
                        + PythonValues.strRepr(String.valueOf(requestLine.charAt(i))) + " in position " + i
                        + ": ordinal not in range(128)");
            }
        }
        List<String> lowerNames = new ArrayList<>();
        headers.fieldNames().forEachRemaining(n -> lowerNames.add(n.toLowerCase(Locale.ROOT)));
        List<HeaderField> out = new ArrayList<>();
        if (!lowerNames.contains("host")) {
            String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            out.add(new HeaderField("Host", port == 80 ? h : h + ":" + port));
        }
        if (!lowerNames.contains("accept-encoding")) {
            out.add(new HeaderField("Accept-Encoding", "identity"));
        }
        if (!lowerNames.contains("content-length") && !lowerNames.contains("transfer-encoding")) {
            if (body != null) {
                out.add(new HeaderField("Content-Length", Integer.toString(body.length)));
            } else if (METHODS_EXPECTING_BODY.contains(method.toUpperCase(Locale.ROOT))) {
                out.add(new HeaderField("Content-Length", "0"));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(header(e.getKey(), e.getValue()));
        }
        return new RawHttpRequest(method, url, out, body);
    }

    private static HeaderField header(String name, JsonNode value) throws RequestRejected {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            throw new RequestRejected("UnicodeEncodeError: 'ascii' codec can't encode header name " + PythonValues.strRepr(name));
        }
        if (!LEGAL_HEADER_NAME.matcher(name).matches()) {
            throw new RequestRejected("ValueError: Invalid header name b" + PythonValues.strRepr(name));
        }
        String text;
        if (value.isTextual()) {
            text = value.textValue();
            if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
                throw new RequestRejected("UnicodeEncodeError: 'latin-1' codec can't encode header value " + PythonValues.strRepr(text));
            }
        } else if (value.isIntegralNumber() || value.isBoolean()) {
            text = PythonValues.str(value);
        } else {
            String type = value.isNull() ? "NoneType" : value.isNumber() ? "float" : value.isArray() ? "list" : "dict";
            throw new RequestRejected("TypeError: expected string or bytes-like object, got '" + type + "'");
        }
        if (ILLEGAL_HEADER_VALUE.matcher(text).find()) {
            throw new RequestRejected("ValueError: Invalid header value b" + PythonValues.strRepr(text));
        }
        return new HeaderField(name, text);
    }
}
