package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Duration;

/**
 * A step's {@code poll}: resend until {@code json[path] op value} holds or the timeout has passed, waiting
 * {@code interval} between attempts. The operators are record.py's {@code compare_op} ({@code ==}, {@code !=},
 * {@code >}, {@code >=}, {@code len>=}) with Python's comparison rules; a comparison Python would refuse is false.
 */
record PollCondition(String path, String op, JsonNode value, double timeoutSeconds, double intervalSeconds) {

    static PollCondition of(JsonNode poll) {
        JsonNode path = poll.get("path");
        if (path == null || !(path.isTextual() || path.isNull())) {
            throw new IllegalArgumentException("poll needs a path: " + poll);
        }
        JsonNode op = poll.get("op");
        JsonNode value = poll.get("value");
        JsonNode timeout = poll.get("timeout");
        JsonNode interval = poll.get("interval");
        return new PollCondition(path.isNull() ? null : path.textValue(), op == null ? "==" : op.asText(),
                value == null ? NullNode.instance : value,
                timeout == null ? 60 : timeout.asDouble(), interval == null ? 2 : interval.asDouble());
    }

    Duration interval() {
        return Duration.ofNanos((long) (intervalSeconds * 1e9));
    }

    boolean isMetBy(JsonNode responseJson) {
        return holds(JsonPath.get(responseJson, path), op, value);
    }

    static boolean holds(JsonNode a, String op, JsonNode b) {
        switch (op) {
            case "==" -> {
                return PythonValues.equal(a, b);
            }
            case "!=" -> {
                return !PythonValues.equal(a, b);
            }
            case ">", ">=" -> {
                if (a.isNull()) {
                    return false;
                }
                Integer c = PythonValues.compare(a, b);
                return c != null && (op.equals(">") ? c > 0 : c >= 0);
            }
            case "len>=" -> {
                if (a.isNull()) {
                    return false;
                }
                int len;
                if (a.isTextual()) {
                    len = PythonText.length(a.textValue());
                } else if (a.isArray() || a.isObject()) {
                    len = a.size();
                } else {
                    return false;
                }
                Integer c = PythonValues.compare(IntNode.valueOf(len), b);
                return c != null && c >= 0;
            }
            default -> {
                return false;
            }
        }
    }
}
