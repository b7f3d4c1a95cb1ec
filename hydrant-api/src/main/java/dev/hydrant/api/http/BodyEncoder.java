package dev.hydrant.api.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.hydrant.api.args.PythonText;
import dev.hydrant.core.ApiVersion;
import dev.hydrant.core.ByteKey;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes response objects. JSON looks like Python's {@code json.dumps} output (non-ASCII escaped, floats in
 * Python's repr) and gets {@code version}/{@code hydrus_version} appended; CBOR gets neither.
 * {@link ByteKey} values are written as lower-case hex.
 */
public final class BodyEncoder {
    private final ObjectMapper json;
    private final ObjectMapper cbor;

    public BodyEncoder() {
        SimpleModule module = new SimpleModule("hydrus-values");
        module.addSerializer(ByteKey.class, new StdSerializer<>(ByteKey.class) {
            @Override
            public void serialize(ByteKey value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.hex());
            }
        });
        SimpleModule pythonFloats = new SimpleModule("python-floats");
        pythonFloats.addSerializer(Double.class, new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value.isNaN() || value.isInfinite()) {
                    gen.writeRawValue(value.isNaN() ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
                } else {
                    gen.writeRawValue(PythonText.floatRepr(value));
                }
            }
        });
        this.json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build()
                .registerModule(module).registerModule(pythonFloats);
        // cbor2 (hydrus) writes maps with their length up front; Jackson's map serializer writes indefinite-length
        // maps (0xBF ... 0xFF), which some small CBOR decoders refuse and which makes the bytes differ from hydrus's
        SimpleModule definiteMaps = new SimpleModule("cbor-definite-maps");
        @SuppressWarnings({"rawtypes", "unchecked"})
        StdSerializer<Map> mapSerializer = new StdSerializer<>(Map.class) {
            @Override
            public void serialize(Map value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject(value, value.size());
                for (Object o : value.entrySet()) {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    gen.writeFieldName(String.valueOf(e.getKey()));
                    provider.defaultSerializeValue(e.getValue(), gen);
                }
                gen.writeEndObject();
            }
        };
        definiteMaps.addSerializer(Map.class, mapSerializer);
        this.cbor = new ObjectMapper(new CBORFactory()).registerModule(module).registerModule(definiteMaps);
    }

    public byte[] encode(Map<String, Object> body, ResponseFormat format) {
        try {
            if (format == ResponseFormat.CBOR) {
                return cbor.writeValueAsBytes(body);
            }
            Map<String, Object> withVersion = new LinkedHashMap<>(body);
            withVersion.putIfAbsent("version", ApiVersion.API);
            withVersion.putIfAbsent("hydrus_version", ApiVersion.HYDRUS);
            return json.writeValueAsBytes(withVersion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be encoded", e);
        }
    }
}
