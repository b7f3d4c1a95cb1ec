package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Encodes a JSON tree as CBOR byte for byte as record.py's {@code cbor_dumps}: shortest integer heads,
 * every float as an 8-byte double (0xfb), text as UTF-8 strings, definite-length arrays and maps in
 * insertion order. Binary nodes become byte strings.
 */
final class CborWriter {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private CborWriter() {
    }

    static byte[] encode(JsonNode v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(v, out);
        return out.toByteArray();
    }

    private static void write(JsonNode v, ByteArrayOutputStream out) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            out.write(0xf6);
        } else if (v.isBoolean()) {
            out.write(v.booleanValue() ? 0xf5 : 0xf4);
        } else if (v.isIntegralNumber()) {
            BigInteger n = v.bigIntegerValue();
            if (n.signum() >= 0) {
                head(0, n, out);
            } else {
                head(1, n.negate().subtract(BigInteger.ONE), out);
            }
        } else if (v.isNumber()) {
            out.write(0xfb);
            long bits = Double.doubleToRawLongBits(v.doubleValue());
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift) & 0xff);
            }
        } else if (v.isBinary()) {
            byte[] b;
            try {
                b = v.binaryValue();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            head(2, BigInteger.valueOf(b.length), out);
            out.writeBytes(b);
        } else if (v.isTextual()) {
            byte[] b = v.textValue().getBytes(StandardCharsets.UTF_8);
            head(3, BigInteger.valueOf(b.length), out);
            out.writeBytes(b);
        } else if (v.isArray()) {
            head(4, BigInteger.valueOf(v.size()), out);
            for (JsonNode x : v) {
                write(x, out);
            }
        } else if (v.isObject()) {
            head(5, BigInteger.valueOf(v.size()), out);
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
                head(3, BigInteger.valueOf(k.length), out);
                out.writeBytes(k);
                write(e.getValue(), out);
            }
        } else {
            throw new IllegalArgumentException("cannot CBOR-encode " + v.getNodeType());
        }
    }

    private static void head(int major, BigInteger n, ByteArrayOutputStream out) {
        if (n.compareTo(TWO_64) >= 0) {
            throw new IllegalArgumentException("integer out of range for CBOR: " + n);
        }
        long value = n.longValue();
        int m = major << 5;
        if (n.compareTo(BigInteger.valueOf(24)) < 0) {
            out.write(m | (int) value);
        } else if (n.compareTo(BigInteger.valueOf(0x100)) < 0) {
            out.write(m | 24);
            out.write((int) value);
        } else if (n.compareTo(BigInteger.valueOf(0x10000)) < 0) {
            out.write(m | 25);
            writeBigEndian(value, 2, out);
        } else if (n.compareTo(BigInteger.valueOf(0x100000000L)) < 0) {
            out.write(m | 26);
            writeBigEndian(value, 4, out);
        } else {
            out.write(m | 27);
            writeBigEndian(value, 8, out);
        }
    }

    private static void writeBigEndian(long value, int bytes, ByteArrayOutputStream out) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
