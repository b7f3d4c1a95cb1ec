package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes CBOR as record.py's {@code cbor_loads} followed by {@code jsonable}: tags are skipped, half/single
 * floats widen to doubles, indefinite lengths are joined, trailing bytes are ignored, map keys follow
 * Python dict rules ({@code 1}, {@code 1.0} and {@code True} are one key) and become {@code str(key)},
 * and byte strings become {@code {"$bytes": "<hex>"}}.
 */
final class CborReader {

    /** A decoding failure; the message is what record.py would record as {@code cbor_error}. */
    static final class CborDecodeException extends RuntimeException {
        CborDecodeException(String message) {
            super(message);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Object INDEFINITE = new Object();

    private final byte[] data;
    private int pos;

    private CborReader(byte[] data) {
        this.data = data;
    }

    /** {@code jsonable(cbor_loads(data))}. */
    static JsonNode decode(byte[] data) {
        CborReader r = new CborReader(data);
        return jsonable(r.item());
    }

    // ------------------------------------------------------------------------------------ decoding

    private record PyBytes(byte[] value) {
    }

    /** A Python dict: canonical key -> (original key, value), in first-insertion order. */
    private static final class PyDict {
        final Map<Object, Object[]> entries = new LinkedHashMap<>();

        void put(Object key, Object value) {
            Object canonical = canonicalKey(key);
            Object[] existing = entries.get(canonical);
            if (existing != null) {
                existing[1] = value;
            } else {
                entries.put(canonical, new Object[] {key, value});
            }
        }
    }

    private record Key(String kind, Object value) {
    }

    private static Object canonicalKey(Object k) {
        if (k == null) {
            return new Key("none", "");
        }
        if (k instanceof Boolean b) {
            return new Key("number", b ? BigInteger.ONE : BigInteger.ZERO);
        }
        if (k instanceof BigInteger i) {
            return new Key("number", i);
        }
        if (k instanceof Double d) {
            if (Double.isFinite(d) && d == Math.rint(d)) {
                return new Key("number", new BigDecimal(d).toBigInteger());
            }
            return new Key("float", d);
        }
        if (k instanceof String s) {
            return new Key("str", s);
        }
        if (k instanceof PyBytes b) {
            return new Key("bytes", HexFormat.of().formatHex(b.value()));
        }
        throw new CborDecodeException("unhashable type: '" + (k instanceof List ? "list" : "dict") + "'");
    }

    private int readByte() {
        if (pos >= data.length) {
            throw new CborDecodeException("truncated CBOR");
        }
        return data[pos++] & 0xff;
    }

    private byte[] read(long n) {
        if (n > data.length - pos) {
            throw new CborDecodeException("truncated CBOR");
        }
        byte[] b = new byte[(int) n];
        System.arraycopy(data, pos, b, 0, (int) n);
        pos += (int) n;
        return b;
    }

    private int peek() {
        if (pos >= data.length) {
            throw new CborDecodeException("index out of range");
        }
        return data[pos] & 0xff;
    }

    /** The argument of a head: a BigInteger, or INDEFINITE for additional info 31. */
    private Object arg(int info) {
        if (info < 24) {
            return BigInteger.valueOf(info);
        }
        return switch (info) {
            case 24 -> BigInteger.valueOf(readByte());
            case 25 -> new BigInteger(1, read(2));
            case 26 -> new BigInteger(1, read(4));
            case 27 -> new BigInteger(1, read(8));
            case 31 -> INDEFINITE;
            default -> throw new CborDecodeException("bad CBOR additional info " + info);
        };
    }

    private static long length(Object n) {
        BigInteger b = (BigInteger) n;
        if (b.bitLength() > 62) {
            throw new CborDecodeException("truncated CBOR");
        }
        return b.longValue();
    }

    private Object item() {
        int ib = readByte();
        int major = ib >> 5;
        int info = ib & 31;
        switch (major) {
            case 0 -> {
                Object a = arg(info);
                return a == INDEFINITE ? null : a;
            }
            case 1 -> {
                Object a = arg(info);
                if (a == INDEFINITE) {
                    throw new CborDecodeException("unsupported operand type(s) for -: 'int' and 'NoneType'");
                }
                return BigInteger.ONE.negate().subtract((BigInteger) a);
            }
            case 2, 3 -> {
                Object n = arg(info);
                if (n == INDEFINITE) {
                    List<Object> chunks = new ArrayList<>();
                    while (peek() != 0xff) {
                        chunks.add(item());
                    }
                    readByte();
                    return join(major, chunks);
                }
                byte[] b = read(length(n));
                return major == 2 ? new PyBytes(b) : utf8(b);
            }
            case 4 -> {
                Object n = arg(info);
                List<Object> r = new ArrayList<>();
                if (n == INDEFINITE) {
                    while (peek() != 0xff) {
                        r.add(item());
                    }
                    readByte();
                    return r;
                }
                long count = length(n);
                for (long i = 0; i < count; i++) {
                    r.add(item());
                }
                return r;
            }
            case 5 -> {
                Object n = arg(info);
                PyDict r = new PyDict();
                if (n == INDEFINITE) {
                    while (peek() != 0xff) {
                        Object k = item();
                        canonicalKey(k);
                        r.put(k, item());
                    }
                    readByte();
                    return r;
                }
                long count = length(n);
                for (long i = 0; i < count; i++) {
                    Object k = item();
                    canonicalKey(k);
                    r.put(k, item());
                }
                return r;
            }
            case 6 -> {
                arg(info);
                return item();
            }
            default -> {
                return simple(info);
            }
        }
    }

    private Object simple(int info) {
        return switch (info) {
            case 20 -> Boolean.FALSE;
            case 21 -> Boolean.TRUE;
            case 22, 23 -> null;
            case 25 -> (double) Float.float16ToFloat((short) new BigInteger(1, read(2)).intValue());
            case 26 -> (double) Float.intBitsToFloat(new BigInteger(1, read(4)).intValue());
            case 27 -> Double.longBitsToDouble(new BigInteger(1, read(8)).longValue());
            default -> throw new CborDecodeException("unsupported CBOR simple value " + info);
        };
    }

    private static Object join(int major, List<Object> chunks) {
        if (major == 2) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object c : chunks) {
                if (!(c instanceof PyBytes b)) {
                    throw new CborDecodeException("sequence item: expected a bytes-like object");
                }
                out.writeBytes(b.value());
            }
            return new PyBytes(out.toByteArray());
        }
        StringBuilder sb = new StringBuilder();
        for (Object c : chunks) {
            if (!(c instanceof String s)) {
                throw new CborDecodeException("sequence item: expected str instance");
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new CborDecodeException("'utf-8' codec can't decode bytes: invalid utf-8");
        }
    }

    // ------------------------------------------------------------------------------------ jsonable

    private static JsonNode jsonable(Object o) {
        if (o == null) {
            return NODES.nullNode();
        }
        if (o instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (o instanceof BigInteger i) {
            return i.bitLength() < 32 ? NODES.numberNode(i.intValue())
                    : i.bitLength() < 64 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
        }
        if (o instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (o instanceof String s) {
            return NODES.textNode(s);
        }
        if (o instanceof PyBytes b) {
            ObjectNode n = NODES.objectNode();
            n.put("$bytes", HexFormat.of().formatHex(b.value()));
            return n;
        }
        if (o instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (Object x : list) {
                a.add(jsonable(x));
            }
            return a;
        }
        PyDict d = (PyDict) o;
        ObjectNode n = NODES.objectNode();
        for (Object[] kv : d.entries.values()) {
            n.set(keyText(kv[0]), jsonable(kv[1]));
        }
        return n;
    }

    /** Python's {@code str(k)} of a decoded map key. */
    private static String keyText(Object k) {
        if (k == null) {
            return "None";
        }
        if (k instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (k instanceof Double d) {
            return PythonValues.floatRepr(d);
        }
        if (k instanceof PyBytes b) {
            return PythonValues.bytesRepr(b.value());
        }
        return k.toString();
    }
}
