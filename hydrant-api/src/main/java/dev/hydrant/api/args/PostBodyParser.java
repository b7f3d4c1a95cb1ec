package dev.hydrant.api.args;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.core.error.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a POST body by its Content-Type as hydrus does: JSON or CBOR objects become arguments (hex parameters
 * decoded, nulls and empty strings treated as absent); any other recognised type is a raw file streamed to a temp
 * file; no Content-Type means no arguments; an unrecognised type is a 400.
 */
public final class PostBodyParser {
    /** JSON and CBOR bodies above this size are refused rather than buffered. */
    public static final long MAX_STRUCTURED_BODY = 256L * 1024 * 1024;

    private static final Set<String> HEX_DICT_PARAMETERS = Set.of("service_keys_to_tags",
            "service_keys_to_actions_to_tags", "service_keys_to_additional_tags");

    private final PythonJson json = new PythonJson();
    private final ObjectMapper cbor = new ObjectMapper(new CBORFactory());
    private final Set<String> recognisedContentTypes;
    private final Path tempFolder;

    public PostBodyParser(Set<String> recognisedContentTypes, Path tempFolder) {
        this.recognisedContentTypes = recognisedContentTypes;
        this.tempFolder = tempFolder;
    }

    public PostBody parse(String contentTypeHeader, InputStream body) throws IOException {
        if (contentTypeHeader == null) {
            return new PostBody(ApiArguments.empty(), null);
        }
        String mime = contentTypeHeader;
        int semicolon = mime.indexOf(';');
        if (semicolon >= 0) {
            mime = mime.substring(0, semicolon);
        }
        if (!recognisedContentTypes.contains(mime)) {
            throw ApiException.badRequest("Did not recognise Content-Type header!");
        }
        if (mime.equals("application/json")) {
            String text = new String(readBounded(body), StandardCharsets.UTF_8);
            Object parsed;
            try {
                parsed = json.parse(text);
            } catch (PythonJson.SyntaxError e) {
                throw ApiException.badRequest("Sorry, did not understand the JSON you gave me: " + e.getMessage());
            }
            return new PostBody(structuredArguments(parsed), null);
        }
        if (mime.equals("application/cbor")) {
            Object parsed;
            try {
                parsed = PlainValues.of(cbor.readTree(readBounded(body)));
            } catch (IOException | RuntimeException e) {
                // deviation D4: hydrus answers 500 here
                throw ApiException.badRequest("Sorry, did not understand the CBOR you gave me: " + e.getMessage());
            }
            return new PostBody(structuredArguments(parsed), null);
        }
        return new PostBody(ApiArguments.empty(), saveRaw(body, mime.toLowerCase(Locale.ROOT)));
    }

    private RawBody saveRaw(InputStream body, String mime) throws IOException {
        Files.createDirectories(tempFolder);
        Path file = Files.createTempFile(tempFolder, "upload-", ".tmp");
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = body.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new RawBody(file, size, mime);
    }

    private static byte[] readBounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_STRUCTURED_BODY + 1));
        if (bytes.length > MAX_STRUCTURED_BODY) {
            throw ApiException.badRequest("Sorry, that request body is too large!");
        }
        return bytes;
    }

    /** Hydrus's {@code ParseClientAPIPOSTByteArgs}. */
    @SuppressWarnings("unchecked")
    static ApiArguments structuredArguments(Object parsed) {
        if (!(parsed instanceof Map<?, ?> map)) {
            throw ApiException.badRequest("The given parameter did not seem to be a JSON Object!");
        }
        Map<String, Object> args = new LinkedHashMap<>((Map<String, Object>) map);
        for (String name : new ArrayList<>(args.keySet())) {
            Object value = args.get(name);
            if (GetParameterTypes.isHexParameter(name)) {
                decodeHex(args, name, value);
            } else if (GetParameterTypes.isHexListParameter(name)) {
                decodeHexList(args, name, value);
            } else if (HEX_DICT_PARAMETERS.contains(name)) {
                decodeHexDict(args, name, value);
            }
        }
        return new ApiArguments(args);
    }

    private static void decodeHex(Map<String, Object> args, String name, Object value) {
        if (value == null) {
            args.remove(name);
            return;
        }
        var key = value instanceof String s ? PythonHex.parse(s) : java.util.Optional.<dev.hydrant.core.ByteKey>empty();
        if (key.isEmpty()) {
            throw ApiException.badRequest("I was expecting to parse '" + name + "' as a hex string, but it failed.");
        }
        if (key.get().length() == 0) {
            args.remove(name);
        } else {
            args.put(name, key.get());
        }
    }

    private static void decodeHexList(Map<String, Object> args, String name, Object value) {
        if (value == null) {
            args.remove(name);
            return;
        }
        ApiException error = ApiException.badRequest(
                "I was expecting to parse '" + name + "' as a list of hex strings, but it failed.");
        if (!(value instanceof List<?> items)) {
            throw error;
        }
        List<Object> keys = new ArrayList<>();
        for (Object item : items) {
            var key = item instanceof String s ? PythonHex.parse(s) : java.util.Optional.<dev.hydrant.core.ByteKey>empty();
            if (key.isEmpty()) {
                throw error;
            }
            if (key.get().length() > 0) {
                keys.add(key.get());
            }
        }
        if (keys.isEmpty()) {
            args.remove(name);
        } else {
            args.put(name, keys);
        }
    }

    private static void decodeHexDict(Map<String, Object> args, String name, Object value) {
        if (value == null) {
            args.remove(name);
            return;
        }
        ApiException error = ApiException.badRequest("I was expecting to parse '" + name
                + "' as a dictionary of hex strings to other data, but it failed.");
        if (!(value instanceof Map<?, ?> map)) {
            throw error;
        }
        Map<Object, Object> decoded = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = (String) e.getKey();
            if (k.isEmpty()) {
                continue;
            }
            decoded.put(PythonHex.parse(k).orElseThrow(() -> error), e.getValue());
        }
        if (decoded.isEmpty()) {
            args.remove(name);
        } else {
            args.put(name, decoded);
        }
    }
}
