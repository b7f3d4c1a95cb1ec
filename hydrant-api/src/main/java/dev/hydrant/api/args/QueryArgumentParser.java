package dev.hydrant.api.args;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.core.error.ApiException;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
            if (name.isPresent() && value.isPresent()) {
                pairs.putIfAbsent(name.get(), value.get());
            } else if (name.isPresent()) {
                pairs.putIfAbsent(name.get(), null);
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
                return PlainValues.of(cbor.readTree(bytes));
            }
            return json.parse(unquote(value));
        } catch (PythonJson.SyntaxError | java.io.IOException | IllegalArgumentException e) {
            throw new Undecodable();
        }
    }

    /** Python's base64.urlsafe_b64decode: characters outside the alphabet are discarded, padding must be right. */
    private static byte[] urlsafeBase64(String value) {
        StringBuilder clean = new StringBuilder();
        for (char c : value.toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '=') {
                clean.append(c);
            }
        }
        if (clean.length() % 4 != 0) {
            return null;
        }
        return Base64.getUrlDecoder().decode(clean.toString());
    }

    /** Python's {@code int(str)}: surrounding whitespace, a sign, digits with single underscores between them. */
    static Optional<Object> pythonInt(String value) {
        String s = value.strip();
        if (s.matches("[+-]?\\d+(_\\d+)*")) {
            BigInteger big = new BigInteger(s.replace("_", ""));
            return Optional.of(big.bitLength() < 64 ? (Object) big.longValue() : big);
        }
        return Optional.empty();
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
