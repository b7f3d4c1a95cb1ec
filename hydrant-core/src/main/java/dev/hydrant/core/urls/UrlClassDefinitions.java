package dev.hydrant.core.urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reads URL class definitions from the JSON data model (objects as {@link Map}, arrays as {@link List}, strings,
 * numbers, booleans), so that this package needs no JSON library: the caller parses the text. The format is
 * documented in {@code docs/URL_CLASSES.md}; in short:
 *
 * <pre>{@code
 * {"url_classes": [
 *   {"name": "danbooru file page", "type": "post", "example": "https://danbooru.donmai.us/posts/123456",
 *    "domains": ["danbooru.donmai.us"], "path": ["posts", {"match": "number"}],
 *    "parameters": [{"name": "page", "match": "number", "default": "1"}],
 *    "api": [{"append": ".json"}]}
 * ],
 *  "remove": ["names of shipped classes to leave out"]}
 * }</pre>
 *
 * Unknown keys are errors, so that a misspelt rule is not silently ignored. Fixed texts, defaults and parameter
 * names are percent-encoded where they are not yet, as URLs are compared in encoded form. Every class must match
 * its own example.
 */
public final class UrlClassDefinitions {
    /** Where the shipped default classes are, as a class-path resource. */
    public static final String DEFAULTS_RESOURCE = "/dev/hydrant/core/urls/default-url-classes.json";

    private static final Set<String> TOP_KEYS = Set.of("url_classes", "remove", "comment");
    private static final Set<String> CLASS_KEYS = Set.of("name", "type", "example", "scheme", "domains",
            "domain_regexes", "match_subdomains", "keep_subdomains", "path", "parameters", "single_value_parameters",
            "alphabetise_parameters", "no_more_path_components", "no_more_parameters",
            "keep_extra_parameters_for_server", "keep_fragment", "can_produce_multiple_files", "associate_with_files",
            "api", "parser", "comment");
    private static final Set<String> MATCH_KEYS = Set.of("fixed", "regex", "match", "min_chars", "max_chars");

    /** One definitions file: its classes, and the names of earlier (shipped) classes it removes. */
    public record Definitions(List<UrlClass> classes, List<String> removed) {
    }

    private UrlClassDefinitions() {
    }

    /**
     * @param tree   the parsed JSON document
     * @param source where it came from, for error messages
     * @throws IllegalArgumentException naming the source, the class and the problem
     */
    public static Definitions read(Object tree, String source) {
        Map<String, Object> top = object(tree, source);
        checkKeys(top, TOP_KEYS, source);
        List<UrlClass> classes = new ArrayList<>();
        List<Object> items = list(top.getOrDefault("url_classes", List.of()), source + ": url_classes");
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = object(items.get(i), source + ": url_classes[" + i + "]");
            String where = source + ": url_classes[" + i + "]"
                    + (item.get("name") instanceof String n ? " (\"" + n + "\")" : "");
            try {
                classes.add(urlClass(item));
            } catch (IllegalArgumentException | UrlClassException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        List<String> removed = new ArrayList<>();
        for (Object o : list(top.getOrDefault("remove", List.of()), source + ": remove")) {
            removed.add(string(o, source + ": remove"));
        }
        return new Definitions(classes, removed);
    }

    /**
     * Later definitions over earlier ones: a class whose name (case-insensitive) is already there replaces it in
     * place, {@code remove} drops shipped classes by name, new classes are appended.
     */
    public static List<UrlClass> merge(List<UrlClass> base, Definitions overrides) {
        Map<String, UrlClass> byName = new LinkedHashMap<>();
        for (UrlClass c : base) {
            byName.put(key(c.name()), c);
        }
        for (String name : overrides.removed()) {
            if (byName.remove(key(name)) == null) {
                throw new IllegalArgumentException("cannot remove URL class \"" + name + "\": there is none by that name");
            }
        }
        for (UrlClass c : overrides.classes()) {
            byName.put(key(c.name()), c);
        }
        return List.copyOf(byName.values());
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static UrlClass urlClass(Map<String, Object> o) {
        checkKeys(o, CLASS_KEYS, "URL class");
        String name = string(require(o, "name"), "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is empty");
        }
        UrlType type = type(string(require(o, "type"), "type"));
        String example = string(require(o, "example"), "example");
        List<String> domains = strings(o.getOrDefault("domains", List.of()), "domains");
        List<String> regexes = strings(o.getOrDefault("domain_regexes", List.of()), "domain_regexes");
        for (String r : regexes) {
            compiles(r, "domain regex");
        }
        if (domains.isEmpty() && regexes.isEmpty()) {
            throw new IllegalArgumentException("needs \"domains\" or \"domain_regexes\"");
        }
        DomainMask mask = new DomainMask(domains, regexes, bool(o, "match_subdomains", false),
                bool(o, "keep_subdomains", false));
        UrlClass.Builder b = UrlClass.builder(name, type, mask, example);
        if (o.containsKey("scheme")) {
            String scheme = string(o.get("scheme"), "scheme");
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("scheme must be \"http\" or \"https\"");
            }
            b.scheme(scheme);
        }
        List<Object> path = list(o.getOrDefault("path", List.of()), "path");
        for (int i = 0; i < path.size(); i++) {
            b.path(pathComponent(path.get(i), "path[" + i + "]"));
        }
        List<Object> parameters = list(o.getOrDefault("parameters", List.of()), "parameters");
        for (int i = 0; i < parameters.size(); i++) {
            b.parameter(parameter(parameters.get(i), "parameters[" + i + "]"));
        }
        if (o.containsKey("single_value_parameters")) {
            Map<String, Object> m = object(o.get("single_value_parameters"), "single_value_parameters");
            checkKeys(m, MATCH_KEYS, "single_value_parameters");
            b.singleValueParameters(match(m, "single_value_parameters", false));
        }
        b.alphabetiseParameters(bool(o, "alphabetise_parameters", true));
        b.noMorePathComponents(bool(o, "no_more_path_components", false));
        b.noMoreParameters(bool(o, "no_more_parameters", false));
        if (o.containsKey("keep_extra_parameters_for_server")) {
            b.keepExtraParametersForServer(bool(o, "keep_extra_parameters_for_server", false));
        }
        b.keepFragment(bool(o, "keep_fragment", false));
        b.canProduceMultipleFiles(bool(o, "can_produce_multiple_files", false));
        if (o.containsKey("associate_with_files")) {
            b.associateWithFiles(bool(o, "associate_with_files", true));
        }
        if (o.containsKey("api")) {
            List<Object> steps = list(o.get("api"), "api");
            List<StringConverter.Conversion> conversions = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                conversions.add(conversion(steps.get(i), "api[" + i + "]"));
            }
            b.apiConverter(new StringConverter(conversions));
        }
        if (o.containsKey("parser") && o.get("parser") != null) {
            b.parser(string(o.get("parser"), "parser"));
        }
        UrlClass urlClass = b.build();
        String failure = urlClass.failure(example);
        if (failure != null) {
            throw new IllegalArgumentException("the class does not match its own example " + example + ": " + failure);
        }
        urlClass.normalise(UrlText.ensureEncoded(example, true));
        return urlClass;
    }

    private static UrlType type(String text) {
        return switch (text) {
            case "post" -> UrlType.POST;
            case "api" -> UrlType.API;
            case "file" -> UrlType.FILE;
            case "gallery" -> UrlType.GALLERY;
            case "watchable" -> UrlType.WATCHABLE;
            default -> throw new IllegalArgumentException(
                    "type must be one of post, api, file, gallery, watchable; not \"" + text + "\"");
        };
    }

    private static PathComponent pathComponent(Object item, String where) {
        if (item instanceof String fixed) {
            return PathComponent.fixed(UrlText.encodePathComponent(fixed));
        }
        Map<String, Object> m = object(item, where);
        Set<String> keys = new java.util.HashSet<>(MATCH_KEYS);
        keys.add("default");
        checkKeys(m, keys, where);
        String defaultValue = m.get("default") == null ? null
                : UrlText.encodePathComponent(string(m.get("default"), where + ".default"));
        return new PathComponent(match(m, where, true), defaultValue);
    }

    private static UrlParameter parameter(Object item, String where) {
        Map<String, Object> m = object(item, where);
        Set<String> keys = new java.util.HashSet<>(MATCH_KEYS);
        keys.addAll(List.of("name", "default", "ephemeral"));
        checkKeys(m, keys, where);
        String name = UrlText.encodeParamComponent(string(require(m, "name"), where + ".name"));
        String defaultValue = m.get("default") == null ? null
                : UrlText.encodeParamComponent(string(m.get("default"), where + ".default"));
        return new UrlParameter(name, match(m, where, false), defaultValue, bool(m, "ephemeral", false));
    }

    /** Exactly one of {@code fixed}, {@code regex}, {@code match}; plus optional length limits. */
    private static StringMatch match(Map<String, Object> m, String where, boolean path) {
        int rules = (m.containsKey("fixed") ? 1 : 0) + (m.containsKey("regex") ? 1 : 0) + (m.containsKey("match") ? 1 : 0);
        if (rules != 1) {
            throw new IllegalArgumentException(where + ": needs exactly one of \"fixed\", \"regex\", \"match\"");
        }
        StringMatch result;
        if (m.containsKey("fixed")) {
            String fixed = string(m.get("fixed"), where + ".fixed");
            result = StringMatch.fixed(path ? UrlText.encodePathComponent(fixed) : UrlText.encodeParamComponent(fixed));
        } else if (m.containsKey("regex")) {
            String regex = string(m.get("regex"), where + ".regex");
            compiles(regex, where + ".regex");
            result = StringMatch.regex(regex);
        } else {
            String kind = string(m.get("match"), where + ".match");
            result = StringMatch.of(switch (kind) {
                case "any" -> StringMatch.Kind.ANY;
                case "number" -> StringMatch.Kind.NUMERIC;
                case "alpha" -> StringMatch.Kind.ALPHA;
                case "alphanumeric" -> StringMatch.Kind.ALPHANUMERIC;
                case "hex" -> StringMatch.Kind.HEX;
                case "base64" -> StringMatch.Kind.BASE64;
                default -> throw new IllegalArgumentException(where
                        + ".match must be one of any, number, alpha, alphanumeric, hex, base64; not \"" + kind + "\"");
            });
        }
        Integer min = m.containsKey("min_chars") ? integer(m.get("min_chars"), where + ".min_chars") : null;
        Integer max = m.containsKey("max_chars") ? integer(m.get("max_chars"), where + ".max_chars") : null;
        return min == null && max == null ? result : result.withLength(min, max);
    }

    private static StringConverter.Conversion conversion(Object item, String where) {
        Map<String, Object> m = object(item, where);
        if (m.size() != 1) {
            throw new IllegalArgumentException(where + ": a conversion step is an object with exactly one key");
        }
        Map.Entry<String, Object> e = m.entrySet().iterator().next();
        Object v = e.getValue();
        String at = where + "." + e.getKey();
        return switch (e.getKey()) {
            case "remove_start" -> new StringConverter.RemoveFromStart(integer(v, at));
            case "remove_end" -> new StringConverter.RemoveFromEnd(integer(v, at));
            case "keep_start" -> new StringConverter.KeepStart(integer(v, at));
            case "keep_end" -> new StringConverter.KeepEnd(integer(v, at));
            case "prepend" -> new StringConverter.Prepend(string(v, at));
            case "append" -> new StringConverter.Append(string(v, at));
            case "reverse" -> new StringConverter.Reverse();
            case "add_integer" -> new StringConverter.AddInteger(signedInteger(v, at));
            case "hash" -> new StringConverter.Hash(string(v, at));
            case "encode" -> new StringConverter.Encode(encoding(string(v, at), at));
            case "decode" -> new StringConverter.Decode(encoding(string(v, at), at));
            case "regex_sub" -> {
                List<String> pair = strings(v, at);
                if (pair.size() != 2) {
                    throw new IllegalArgumentException(at + ": needs [pattern, replacement]");
                }
                compiles(pair.get(0), at);
                yield new StringConverter.RegexSubstitution(pair.get(0), pair.get(1));
            }
            default -> throw new IllegalArgumentException(where + ": unknown conversion \"" + e.getKey() + "\"");
        };
    }

    private static StringConverter.Encoding encoding(String text, String where) {
        return switch (text) {
            case "url" -> StringConverter.Encoding.URL_PERCENT;
            case "hex" -> StringConverter.Encoding.HEX;
            case "base64" -> StringConverter.Encoding.BASE64;
            case "html" -> StringConverter.Encoding.HTML_ENTITIES;
            default -> throw new IllegalArgumentException(where + " must be url, hex, base64 or html; not \"" + text + "\"");
        };
    }

    private static void compiles(String regex, String where) {
        try {
            PythonRegex.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": invalid regular expression: " + e.getDescription());
        }
    }

    private static void checkKeys(Map<String, Object> m, Set<String> allowed, String where) {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key \"" + k + "\"");
            }
        }
    }

    private static Object require(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("\"" + key + "\" is required");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(where + ": expected an object");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String where) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new IllegalArgumentException(where + ": expected a list");
    }

    private static List<String> strings(Object o, String where) {
        List<String> out = new ArrayList<>();
        for (Object item : list(o, where)) {
            out.add(string(item, where));
        }
        return out;
    }

    private static String string(Object o, String where) {
        if (o instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(where + ": expected a string");
    }

    private static int integer(Object o, String where) {
        if (o instanceof Integer || o instanceof Long || o instanceof Short) {
            long v = ((Number) o).longValue();
            if (v >= 0 && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        throw new IllegalArgumentException(where + ": expected a whole number ≥ 0");
    }

    private static long signedInteger(Object o, String where) {
        if (o instanceof Integer || o instanceof Long || o instanceof Short) {
            return ((Number) o).longValue();
        }
        throw new IllegalArgumentException(where + ": expected a whole number");
    }

    private static boolean bool(Map<String, Object> m, String key, boolean ifMissing) {
        Object v = m.get(key);
        if (v == null) {
            return ifMissing;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("\"" + key + "\": expected true or false");
    }
}
