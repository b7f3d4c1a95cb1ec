package dev.hydrant.api.args;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded arguments of one request (GET query or POST body), with hydrus's typed getter rules: a JSON
 * {@code null} counts as "not given", a wrong type is a 400 naming the parameter and its value, a missing
 * required parameter is a 400 "The required parameter ... was missing!".
 * Values are plain Java: Long, Double, String, Boolean, {@link ByteKey}, List, Map.
 */
public final class ApiArguments {
    private final Map<String, Object> values;

    public ApiArguments(Map<String, Object> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public static ApiArguments empty() {
        return new ApiArguments(Map.of());
    }

    /** Present with a non-null value. */
    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** Present at all, even with a null value. */
    public boolean containsKey(String name) {
        return values.containsKey(name);
    }

    public Object raw(String name) {
        return values.get(name);
    }

    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public void put(String name, Object value) {
        values.put(name, value);
    }

    public void remove(String name) {
        values.remove(name);
    }

    /** The value, type-checked; 400 when missing. */
    public Object require(String name, ArgType type) {
        Object value = values.get(name);
        if (value == null) {
            throw ApiException.badRequest("The required parameter \"" + name + "\" was missing!");
        }
        check(name, value, type);
        return value;
    }

    public Optional<Object> optional(String name, ArgType type) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        check(name, value, type);
        return Optional.of(value);
    }

    public static void check(String name, Object value, ArgType type) {
        if (!type.accepts(value)) {
            throw ApiException.badRequest("The parameter \"" + name + "\", with value \"" + PythonText.str(value)
                    + "\", was not the expected type: " + type.text() + "!");
        }
    }

    public long requireLong(String name) {
        return toLong(require(name, ArgType.INTEGER));
    }

    public long getLong(String name, long defaultValue) {
        return optional(name, ArgType.INTEGER).map(ApiArguments::toLong).orElse(defaultValue);
    }

    public double getDouble(String name, double defaultValue) {
        return optional(name, ArgType.FLOAT).map(ApiArguments::toDouble).orElse(defaultValue);
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        return optional(name, ArgType.BOOLEAN).map(Boolean.class::cast).orElse(defaultValue);
    }

    public String requireString(String name) {
        return (String) require(name, ArgType.STRING);
    }

    public Optional<String> getString(String name) {
        return optional(name, ArgType.STRING).map(String.class::cast);
    }

    public ByteKey requireKey(String name) {
        return (ByteKey) require(name, ArgType.BYTES);
    }

    public Optional<ByteKey> getKey(String name) {
        return optional(name, ArgType.BYTES).map(ByteKey.class::cast);
    }

    @SuppressWarnings("unchecked")
    public Optional<List<Object>> getList(String name) {
        return optional(name, ArgType.LIST).map(v -> (List<Object>) v);
    }

    /** A list whose items must all be of one type (hydrus's {@code expected_list_type}). */
    @SuppressWarnings("unchecked")
    public Optional<List<Object>> getList(String name, ArgType itemType) {
        Optional<List<Object>> list = getList(name);
        list.ifPresent(items -> {
            for (Object item : items) {
                if (!itemType.accepts(item)) {
                    throw ApiException.badRequest("The list parameter \"" + name + "\" held an item, \""
                            + PythonText.str(item) + "\" that was " + PythonText.typeOf(item)
                            + " and not the expected type: " + itemType.text() + "!");
                }
            }
        });
        return list;
    }

    @SuppressWarnings("unchecked")
    public Optional<Map<Object, Object>> getMap(String name) {
        return optional(name, ArgType.OBJECT).map(v -> (Map<Object, Object>) v);
    }

    /**
     * An object whose keys and values must all be strings (hydrus's {@code expected_dict_types = (str, str)}), in the
     * order given; 400 when missing, not an object, or holding another type.
     */
    public Map<String, String> requireStringMap(String name) {
        Map<?, ?> map = (Map<?, ?>) require(name, ArgType.OBJECT);
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String k)) {
                throw ApiException.badRequest("The Object parameter \"" + name + "\" held a key, \""
                        + PythonText.str(key) + "\" that was " + PythonText.typeOf(key) + " and not the expected type: "
                        + ArgType.STRING.text() + "!");
            }
            if (!(value instanceof String v)) {
                throw ApiException.badRequest("The Object parameter \"" + name + "\" held a value, \""
                        + PythonText.str(value) + "\" that was " + PythonText.typeOf(value)
                        + " and not the expected type: " + ArgType.STRING.text() + "!");
            }
            out.put(k, v);
        });
        return out;
    }

    public static long toLong(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw ApiException.badRequest("The integer \"" + big + "\" is too large!");
            }
            return big.longValue();
        }
        return ((Number) value).longValue();
    }

    public static double toDouble(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).doubleValue();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
