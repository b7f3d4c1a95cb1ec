package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces scenario placeholders with real values, as record.py's {@code resolve}/{@code resolve_str}:
 * single-key objects {@code hash_of}, {@code hashes_of}, {@code file_id_of}, {@code file_ids_of},
 * {@code path_of}, {@code session_key}, {@code var}, {@code access_key}; and {@code {{kind:arg}}} templates in
 * strings (object keys included). A string that is exactly one template takes the value's JSON type;
 * templates inside longer text are spliced in as Python's {@code str(value)}. Unknown values are JSON null.
 */
final class PlaceholderResolver {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(\\w+)(?::([^}]*))?\\}\\}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MediaLibrary media;
    private final String accessKey;
    private final ReplayState state;
    private final FileIdLookup lookup;

    PlaceholderResolver(MediaLibrary media, String accessKey, ReplayState state, FileIdLookup lookup) {
        this.media = media;
        this.accessKey = accessKey;
        this.state = state;
        this.lookup = lookup;
    }

    JsonNode resolve(JsonNode v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v.isObject()) {
            if (v.size() == 1) {
                Map.Entry<String, JsonNode> only = v.fields().next();
                JsonNode a = only.getValue();
                switch (only.getKey()) {
                    case "file_id_of" -> {
                        return fileId(name(a));
                    }
                    case "file_ids_of" -> {
                        ArrayNode r = NODES.arrayNode();
                        names(a).forEach(n -> r.add(fileId(n)));
                        return r;
                    }
                    case "hash_of" -> {
                        return NODES.textNode(media.sha256(name(a)));
                    }
                    case "hashes_of" -> {
                        ArrayNode r = NODES.arrayNode();
                        names(a).forEach(n -> r.add(media.sha256(n)));
                        return r;
                    }
                    case "path_of" -> {
                        return NODES.textNode(media.path(name(a)));
                    }
                    case "session_key" -> {
                        return orNull(state.lastSessionKey());
                    }
                    case "var" -> {
                        return a.isTextual() ? orNull(state.var(a.textValue())) : NODES.nullNode();
                    }
                    case "access_key" -> {
                        return NODES.textNode(accessKey);
                    }
                    default -> {
                        // an ordinary one-key object
                    }
                }
            }
            ObjectNode r = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                r.set(resolveString(e.getKey()), resolve(e.getValue()));
            }
            return r;
        }
        if (v.isArray()) {
            ArrayNode r = NODES.arrayNode();
            for (JsonNode x : v) {
                r.add(resolve(x));
            }
            return r;
        }
        if (v.isTextual()) {
            Matcher m = TEMPLATE.matcher(v.textValue());
            if (m.matches()) {
                return templateValue(m.group(1), m.group(2));
            }
            return NODES.textNode(resolveString(v.textValue()));
        }
        return v;
    }

    /** Splices every template in the text as Python's {@code str(value)}. */
    String resolveString(String s) {
        Matcher m = TEMPLATE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(PythonValues.str(templateValue(m.group(1), m.group(2)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private JsonNode templateValue(String kind, String arg) {
        return switch (kind) {
            case "hash" -> NODES.textNode(media.sha256(required(arg, kind)));
            case "file_id" -> fileId(required(arg, kind));
            case "var" -> arg == null ? NODES.nullNode() : orNull(state.var(arg));
            case "session_key" -> orNull(state.lastSessionKey());
            case "access_key" -> NODES.textNode(accessKey);
            case "path" -> NODES.textNode(media.path(required(arg, kind)));
            default -> throw new IllegalArgumentException("unknown template '{{" + kind + (arg == null ? "" : ":" + arg) + "}}'");
        };
    }

    /** record.py's {@code file_id}: a known id, else a hidden lookup (remembered only when it found one). */
    private JsonNode fileId(String name) {
        String h = media.sha256(name);
        JsonNode known = state.fileIdOf(h);
        if (known != null) {
            return known.deepCopy();
        }
        JsonNode found = lookup.fileIdFor(h);
        state.noteLookup(name);
        if (found == null || found.isNull()) {
            return NODES.nullNode();
        }
        state.rememberFileId(h, found);
        return found.deepCopy();
    }

    private static String required(String arg, String kind) {
        if (arg == null) {
            throw new IllegalArgumentException("template {{" + kind + "}} needs an argument");
        }
        return arg;
    }

    private static String name(JsonNode a) {
        if (!a.isTextual()) {
            throw new IllegalArgumentException("a media file name must be a string, got " + a);
        }
        return a.textValue();
    }

    /** The names of a list placeholder; like Python, a string is iterated character by character. */
    private static java.util.List<String> names(JsonNode a) {
        java.util.List<String> r = new java.util.ArrayList<>();
        if (a.isArray()) {
            a.forEach(x -> r.add(name(x)));
        } else if (a.isTextual()) {
            a.textValue().codePoints().forEach(cp -> r.add(new String(Character.toChars(cp))));
        } else {
            throw new IllegalArgumentException("a list of media file names is expected, got " + a);
        }
        return r;
    }

    private static JsonNode orNull(JsonNode v) {
        return v == null ? NODES.nullNode() : v.deepCopy();
    }
}
