package dev.hydrant.api.args;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.core.error.ApiException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes a GET query string as hydrus (on Twisted) does: pairs split on {@code &} and {@code ;}, pieces without
 * {@code =} skipped, {@code +} as space and percent-decoding, first value of a name wins, names not on the
 * whitelist dropped; then each value by its name's type — strings and JSON percent-decoded a second time, JSON
 * values replaced by base64url CBOR when a {@code cbor} parameter is present.
 */
public final class QueryArgumentParser {
    private final PythonJson json = new PythonJson();
    private final ObjectMapper cbor = new ObjectMapper(new CBORFactory());

    /** The raw name → first raw value pairs of a query, after Twisted's decoding. */
    public static Map<String, String> rawPairs(String rawQuery) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String item : rawQuery.split("[&;]", -1)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                continue;
            }
            Optional<String> name = utf8(percentDecode(item.substring(0, eq).replace('+', ' ')));
            Optional<String> value = utf8(percentDecode(item.substring(eq + 1).replace('+', ' ')));
            // the first value of a name wins even when it is not UTF-8 (then the name is skipped); putIfAbsent
            // would let a later value replace the null that marks that
            if (name.isPresent() && !pairs.containsKey(name.get())) {
                pairs.put(name.get(), value.orElse(null));
            }
        }
        return pairs;
    }

    public ApiArguments parse(String rawQuery) {
        Map<String, String> pairs = rawPairs(rawQuery);
        boolean cborRequested = pairs.containsKey("cbor");
        Map<String, Object> args = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            GetParameterTypes.Decoding decoding = GetParameterTypes.of(name);
            if (decoding == null || value == null) {
                continue;
            }
            args.put(name, decode(name, value, decoding, cborRequested));
        }
        return new ApiArguments(args);
    }

    private Object decode(String name, String value, GetParameterTypes.Decoding decoding, boolean cborRequested) {
        switch (decoding) {
            case INT -> {
                return pythonInt(value).orElseThrow(() -> ApiException.badRequest(
                        "I was expecting to parse '" + name + "' as an integer, but it failed."));
            }
            case HEX -> {
                String hex = value;
                if (name.equals("hash") && hex.contains(":")) {
                    hex = hex.substring(hex.indexOf(':') + 1);
                }
                return PythonHex.parse(hex).orElseThrow(() -> ApiException.badRequest(
                        "I was expecting to parse '" + name + "' as a hex string, but it failed."));
            }
            case STRING -> {
                return unquote(value);
            }
            case JSON -> {
                try {
                    return structured(value, cborRequested);
                } catch (Undecodable e) {
                    throw ApiException.badRequest(
                            "I was expecting to parse '" + name + "' as a json-encoded string, but it failed.");
                }
            }
            case JSON_HEX_LIST -> {
                ApiException error = ApiException.badRequest(
                        "I was expecting to parse '" + name + "' as a json-encoded hex strings, but it failed.");
                Object decoded;
                try {
                    decoded = structured(value, cborRequested);
                } catch (Undecodable e) {
                    throw error;
                }
                if (!(decoded instanceof List<?> items)) {
                    throw error;
                }
                List<Object> keys = new ArrayList<>();
                for (Object item : items) {
                    if (!(item instanceof String s)) {
                        throw error;
                    }
                    keys.add(PythonHex.parse(s).orElseThrow(() -> error));
                }
                return keys;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Thrown when a JSON or CBOR value cannot be decoded. */
    private static final class Undecodable extends Exception {
        Undecodable() {
            super(null, null, false, false);
        }
    }

    /** The decoded value, which may be a JSON/CBOR {@code null}. */
    private Object structured(String value, boolean cborRequested) throws Undecodable {
        try {
            if (cborRequested) {
                byte[] bytes = urlsafeBase64(value);
                if (bytes == null) {
                    throw new Undecodable();
                }
                com.fasterxml.jackson.databind.JsonNode node = cbor.readTree(bytes);
                if (node == null || node.isMissingNode()) {
                    throw new Undecodable(); // cbor2.loads(b'') raises
                }
                return PlainValues.of(node);
            }
            return json.parse(unquote(value));
        } catch (PythonJson.SyntaxError | java.io.IOException | IllegalArgumentException e) {
            throw new Undecodable();
        }
    }

    /**
     * Python's {@code base64.urlsafe_b64decode} of a str: ASCII only; {@code -_} and {@code +/} both accepted;
     * other characters skipped; decoding stops at the padding that completes a quantum; a dangling quantum is an
     * error. Returns null where Python raises.
     */
    static byte[] urlsafeBase64(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length() * 3 / 4);
        int quadPos = 0;
        int leftChar = 0;
        int pads = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7f) {
                return null;
            }
            if (c == '=') {
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    return out.toByteArray();
                }
                continue;
            }
            int v = base64Value(c);
            if (v < 0) {
                continue;
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftChar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out.write(leftChar << 2 | v >> 4);
                    leftChar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out.write(leftChar << 4 | v >> 2);
                    leftChar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out.write(leftChar << 6 | v);
                    leftChar = 0;
                }
            }
        }
        return quadPos == 0 ? out.toByteArray() : null;
    }

    private static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' || c == '-' ? 62 : c == '/' || c == '_' ? 63 : -1;
    }

    /** Python's {@code int(str)}, as a Long when it fits. */
    static Optional<Object> pythonInt(String value) {
        return PythonInt.parse(value).map(big -> big.bitLength() < 64 ? (Object) big.longValue() : big);
    }

    /** Percent-decodes to bytes; malformed escapes are kept literally, as Python's unquote does. */
    static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** Strict UTF-8 decoding; empty when the bytes are not UTF-8 (hydrus skips such values). */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Python's {@code urllib.parse.unquote}: percent-decoding with invalid UTF-8 replaced by U+FFFD. */
    static String unquote(String s) {
        return new String(percentDecode(s), StandardCharsets.UTF_8);
    }
}
