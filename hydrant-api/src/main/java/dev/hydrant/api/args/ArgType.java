package dev.hydrant.api.args;

import dev.hydrant.core.ByteKey;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The value types a handler asks for, with Python's {@code isinstance} rules as hydrus applies them
 * (a bool passes an integer check; an integer passes a float check) and hydrus's names for them.
 */
public enum ArgType {
    INTEGER("integer"),
    FLOAT("float"),
    STRING("string"),
    BYTES("hex-encoded bytestring"),
    BOOLEAN("boolean"),
    LIST("list"),
    OBJECT("object/dict");

    private final String text;

    ArgType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean accepts(Object value) {
        return switch (this) {
            case INTEGER -> isInt(value);
            case FLOAT -> value instanceof Double || isInt(value);
            case STRING -> value instanceof String;
            case BYTES -> value instanceof ByteKey;
            case BOOLEAN -> value instanceof Boolean;
            case LIST -> value instanceof List;
            case OBJECT -> value instanceof Map;
        };
    }

    private static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger || value instanceof Boolean;
    }
}
