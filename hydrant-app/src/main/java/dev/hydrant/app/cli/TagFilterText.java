package dev.hydrant.app.cli;

import dev.hydrant.core.tags.TagFilter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CLI's text form of a search tag filter: comma-separated rules, {@code -SLICE} blocks and {@code +SLICE}
 * allows; a slice is a tag, a namespace ({@code series:}), {@code [unnamespaced]} or {@code [namespaced]}.
 * Example: {@code -[unnamespaced],-[namespaced],+series:} allows only series tags.
 */
final class TagFilterText {
    private TagFilterText() {
    }

    static TagFilter parse(String text) {
        Map<String, TagFilter.Rule> rules = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return TagFilter.allowingEverything();
        }
        for (String part : text.split(",")) {
            String rule = part.strip();
            if (rule.isEmpty()) {
                continue;
            }
            char sign = rule.charAt(0);
            if (sign != '+' && sign != '-') {
                throw new IllegalArgumentException("a rule starts with + (allow) or - (block): " + rule);
            }
            String slice = rule.substring(1).strip();
            slice = switch (slice) {
                case "[unnamespaced]" -> TagFilter.UNNAMESPACED;
                case "[namespaced]" -> TagFilter.NAMESPACED;
                default -> slice.toLowerCase(java.util.Locale.ROOT);
            };
            rules.put(slice, sign == '+' ? TagFilter.Rule.ALLOW : TagFilter.Rule.BLOCK);
        }
        return TagFilter.of(rules);
    }
}
