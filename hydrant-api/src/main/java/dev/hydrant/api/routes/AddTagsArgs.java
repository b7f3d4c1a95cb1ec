package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.args.PythonInt;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.TagAction;
import dev.hydrant.core.tags.TagCleaner;
import dev.hydrant.core.tags.TagEditor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag arguments of {@code /add_tags/add_tags} (digest §5.4, §9.2) in hydrus's order of checks:
 * {@code service_keys_to_tags} first, then {@code service_keys_to_actions_to_tags}, which replaces it when both are
 * given; the legacy {@code service_names_to_...} forms are turned into keys by service name first.
 */
final class AddTagsArgs {
    private AddTagsArgs() {
    }

    static TagEditor.Request parse(ApiArguments args, ServiceCatalog catalog, TagEditor editor) {
        namesToKeys(args, catalog, "service_names_to_tags", "service_keys_to_tags");
        namesToKeys(args, catalog, "service_names_to_actions_to_tags", "service_keys_to_actions_to_tags");
        boolean override = args.getBoolean("override_previously_deleted_mappings", true);
        boolean createNewDeleted = args.getBoolean("create_new_deleted_mappings", true);
        Map<ByteKey, Map<TagAction, List<TagEditor.TagEdit>>> edits = null;
        if (args.has("service_keys_to_tags")) {
            edits = new LinkedHashMap<>();
            for (Map.Entry<Object, Object> e : args.getMap("service_keys_to_tags").orElseThrow().entrySet()) {
                ByteKey key = (ByteKey) e.getKey();
                Service service = editor.tagService(key);
                String name = "tags in service_keys_to_tags";
                List<String> tags = new ArrayList<>();
                new ApiArguments(Map.of(name, e.getValue())).getList(name, ArgType.STRING)
                        .ifPresent(items -> items.forEach(i -> tags.add((String) i)));
                var cleaned = TagCleaner.cleanTags(tags);
                if (cleaned.isEmpty()) {
                    continue;
                }
                List<TagEditor.TagEdit> list = cleaned.stream()
                        .map(t -> new TagEditor.TagEdit(t, TagEditor.DEFAULT_REASON)).toList();
                Map<TagAction, List<TagEditor.TagEdit>> actions = new LinkedHashMap<>();
                actions.put(TagEditor.plainAction(service), list);
                edits.put(key, actions);
            }
        }
        if (args.has("service_keys_to_actions_to_tags")) {
            edits = new LinkedHashMap<>();
            for (Map.Entry<Object, Object> e : args.getMap("service_keys_to_actions_to_tags").orElseThrow().entrySet()) {
                ByteKey key = (ByteKey) e.getKey();
                Service service = editor.tagService(key);
                ApiArguments.check("actions_to_tags", e.getValue(), ArgType.OBJECT);
                Map<TagAction, List<TagEditor.TagEdit>> actions = new LinkedHashMap<>();
                for (Map.Entry<?, ?> a : ((Map<?, ?>) e.getValue()).entrySet()) {
                    ApiArguments.check("action in actions_to_tags", a.getKey(), ArgType.STRING);
                    String text = (String) a.getKey();
                    BigInteger number = PythonInt.parse(text).orElseThrow(() -> ApiException.badRequest(
                            "Sorry, got an action, \"" + text + "\", that was not an integer!"));
                    long value = number.bitLength() > 62 ? Long.MAX_VALUE : number.longValue();
                    TagAction action = TagEditor.checkAction(service, text, value);
                    ApiArguments.check("tags in actions_to_tags", a.getValue(), ArgType.LIST);
                    List<TagEditor.TagEdit> list = items((List<?>) a.getValue());
                    if (action != null) {
                        actions.put(action, list);
                    }
                }
                if (!actions.isEmpty()) {
                    edits.put(key, actions);
                }
            }
        }
        if (edits == null) {
            throw ApiException.badRequest("Need a service_keys_to_tags or service_keys_to_actions_to_tags parameter!");
        }
        return new TagEditor.Request(edits, override, createNewDeleted);
    }

    /** Tags or [tag, reason] pairs; anything else, and tags that clean to nothing, are skipped silently. */
    private static List<TagEditor.TagEdit> items(List<?> raw) {
        Map<String, TagEditor.TagEdit> out = new LinkedHashMap<>();
        for (Object item : raw) {
            String tag;
            String reason = TagEditor.DEFAULT_REASON;
            if (item instanceof String s) {
                tag = s;
            } else if (item instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof String t
                    && pair.get(1) instanceof String r) {
                tag = t;
                reason = r;
            } else {
                continue;
            }
            String clean = TagCleaner.clean(tag);
            if (!TagCleaner.hasEmptySubtag(clean)) {
                out.put(clean, new TagEditor.TagEdit(clean, reason));
            }
        }
        return List.copyOf(out.values());
    }

    private static void namesToKeys(ApiArguments args, ServiceCatalog catalog, String namesParam, String keysParam) {
        if (!args.has(namesParam)) {
            return;
        }
        Map<Object, Object> byName = args.getMap(namesParam).orElseThrow();
        Map<Object, Object> byKey = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : byName.entrySet()) {
            String name = String.valueOf(e.getKey());
            Service s = catalog.findByName(name, EnumSet.allOf(ServiceType.class)).orElseThrow(() ->
                    ApiException.notFound("Sorry, did not find a service with name \"" + name + "\"!"));
            byKey.put(s.key(), e.getValue());
        }
        args.put(keysParam, byKey);
    }
}
