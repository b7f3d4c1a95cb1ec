package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds a query string as record.py does: {@code urlencode(pairs, quote_via=quote)} over
 * {@code encode_query_value}. A string value is sent as-is, an int or float as Python's {@code str()}, and a
 * bool, null, list or object as {@code json.dumps} text, or with the {@code cbor} encoding as base64url (with
 * padding) of its CBOR. Keys and values are then percent-encoded with only {@code A-Z a-z 0-9 _ . - ~} left
 * alone, so a space is {@code %20}, never {@code +}.
 */
final class QueryStringEncoder {

    private QueryStringEncoder() {
    }

    /** The encoded query (without {@code ?}); empty for an empty object. */
    static String encode(JsonNode query, String encoding) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = query.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(quote(e.getKey())).append('=').append(quote(encodeValue(e.getValue(), encoding)));
        }
        return sb.toString();
    }

    /** record.py's {@code encode_query_value}: the text of one parameter before percent-encoding. */
    static String encodeValue(JsonNode v, String encoding) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean() || v.isNull() || v.isArray() || v.isObject()) {
            if ("cbor".equals(encoding)) {
                return Base64.getUrlEncoder().encodeToString(CborWriter.encode(v));
            }
            return PythonJsonWriter.dumps(v);
        }
        return PythonValues.str(v);
    }

    /** Python's {@code urllib.parse.quote(s, safe='')} (UTF-8, upper-case hex). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
