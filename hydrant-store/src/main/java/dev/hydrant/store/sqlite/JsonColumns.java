package dev.hydrant.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.services.RatingColour;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.tags.TagFilter;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Encodes the few structured values kept in TEXT columns as JSON. */
final class JsonColumns {
    private final ObjectMapper mapper = new ObjectMapper();

    String permissions(Set<Permission> permissions) {
        ArrayNode a = mapper.createArrayNode();
        permissions.forEach(p -> a.add(p.number()));
        return a.toString();
    }

    Set<Permission> permissions(String json) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        for (JsonNode n : parse(json)) {
            Permission.byNumber(n.asInt()).ifPresent(result::add);
        }
        return result;
    }

    String tagFilter(TagFilter filter) {
        ArrayNode a = mapper.createArrayNode();
        filter.rules().forEach((slice, rule) -> a.addArray().add(slice).add(rule == TagFilter.Rule.ALLOW ? "allow" : "block"));
        return a.toString();
    }

    TagFilter tagFilter(String json) {
        Map<String, TagFilter.Rule> rules = new LinkedHashMap<>();
        for (JsonNode n : parse(json)) {
            rules.put(n.get(0).asText(), "allow".equals(n.get(1).asText()) ? TagFilter.Rule.ALLOW : TagFilter.Rule.BLOCK);
        }
        return TagFilter.of(rules);
    }

    String rating(RatingOptions r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("star_shape", r.starShape());
        ObjectNode colours = o.putObject("colours");
        r.colours().forEach((k, c) -> colours.putObject(k).put("pen", c.pen()).put("brush", c.brush()));
        o.put("show_in_thumbnail", r.showInThumbnail());
        o.put("show_in_thumbnail_even_when_null", r.showInThumbnailEvenWhenNull());
        o.put("num_stars", r.numStars());
        o.put("allow_zero", r.allowZero());
        o.put("svg", r.svg());
        return o.toString();
    }

    RatingOptions rating(String json) {
        if (json == null) {
            return null;
        }
        JsonNode o = parse(json);
        Map<String, RatingColour> colours = new LinkedHashMap<>();
        o.get("colours").properties().forEach(e ->
                colours.put(e.getKey(), new RatingColour(e.getValue().get("pen").asText(), e.getValue().get("brush").asText())));
        JsonNode svg = o.get("svg");
        return new RatingOptions(o.get("star_shape").asText(), colours, o.get("show_in_thumbnail").asBoolean(),
                o.get("show_in_thumbnail_even_when_null").asBoolean(), o.get("num_stars").asInt(),
                o.get("allow_zero").asBoolean(), svg == null || svg.isNull() ? null : svg.asText());
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + json, e);
        }
    }
}
