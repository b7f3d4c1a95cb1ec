package dev.hydrant.core.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Hydrus's tag filter: rules on tag slices. A slice is {@code ""} (all unnamespaced tags), {@code ":"} (all
 * namespaced tags), {@code "ns:"} (one namespace) or a whole tag. A tag is tested against the most specific
 * slice that has a rule (tag, then namespace, then the "all" slices); with no matching rule it is allowed.
 * A filter with no blacklist rule allows everything.
 */
public final class TagFilter {
    public static final String UNNAMESPACED = "";
    public static final String NAMESPACED = ":";
    private static final int TOO_MANY_RULES = 12;

    /** What a rule does with the tags of its slice. */
    public enum Rule { ALLOW, BLOCK }

    private final Map<String, Rule> rules;

    private TagFilter(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    public static TagFilter allowingEverything() {
        return new TagFilter(Map.of());
    }

    public static TagFilter of(Map<String, Rule> rules) {
        return new TagFilter(rules);
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    public boolean allowsEverything() {
        return !rules.containsValue(Rule.BLOCK);
    }

    /** Whether a (clean) tag passes the filter. */
    public boolean allows(String tag) {
        Rule tagRule = rules.get(tag);
        if (tagRule != null) {
            return tagRule == Rule.ALLOW;
        }
        int colon = tag.indexOf(':');
        if (colon <= 0) {
            // no namespace; a leading colon (":)" cleans to "::)") is an unnamespaced tag whose subtag has a colon
            return rules.getOrDefault(UNNAMESPACED, Rule.ALLOW) == Rule.ALLOW;
        }
        Rule namespaceRule = rules.get(tag.substring(0, colon + 1));
        if (namespaceRule != null) {
            return namespaceRule == Rule.ALLOW;
        }
        return rules.getOrDefault(NAMESPACED, Rule.ALLOW) == Rule.ALLOW;
    }

    static boolean isNamespaceSlice(String slice) {
        return !slice.equals(UNNAMESPACED) && !slice.equals(NAMESPACED)
                && slice.endsWith(":") && slice.indexOf(':') == slice.length() - 1;
    }

    static String prettySlice(String slice) {
        if (slice.equals(UNNAMESPACED)) {
            return "unnamespaced tags";
        }
        if (slice.equals(NAMESPACED)) {
            return "namespaced tags";
        }
        if (isNamespaceSlice(slice)) {
            return "'" + slice.substring(0, slice.length() - 1) + "' tags";
        }
        return slice;
    }

    private static String prettyList(Iterable<String> slices) {
        List<String> parts = new ArrayList<>();
        for (String s : slices) {
            parts.add(prettySlice(s));
        }
        return String.join(", ", parts);
    }

    /** The sentence hydrus uses in {@code human_description}, e.g. "allowing all tags". */
    public String toPermittedString() {
        TreeSet<String> blacklist = new TreeSet<>();
        TreeSet<String> whitelist = new TreeSet<>();
        rules.forEach((slice, rule) -> (rule == Rule.BLOCK ? blacklist : whitelist).add(slice));
        TreeSet<String> functionalBlacklist = new TreeSet<>(blacklist);
        functionalBlacklist.removeAll(List.of(UNNAMESPACED, NAMESPACED));
        TreeSet<String> functionalWhitelist = new TreeSet<>(whitelist);
        functionalWhitelist.removeAll(List.of(UNNAMESPACED, NAMESPACED));
        if (blacklist.isEmpty()) {
            return "allowing all tags";
        }
        StringBuilder text = new StringBuilder();
        if (blacklist.contains(UNNAMESPACED) && blacklist.contains(NAMESPACED)) {
            if (whitelist.isEmpty()) {
                text.append("not allowing any tags");
            } else {
                text.append(whitelist.size() > TOO_MANY_RULES
                        ? "only allowing on " + whitelist.size() + " rules"
                        : "only allowing " + prettyList(whitelist));
                appendStillDisallowing(text, functionalBlacklist);
            }
        } else if (blacklist.contains(UNNAMESPACED) || blacklist.contains(NAMESPACED)) {
            text.append(blacklist.contains(UNNAMESPACED) ? "allowing all namespaced tags" : "allowing all unnamespaced tags");
            if (whitelist.size() > TOO_MANY_RULES) {
                text.append(" and ").append(functionalWhitelist.size()).append(" other rules");
            } else if (!whitelist.isEmpty()) {
                text.append(" and ").append(prettyList(functionalWhitelist));
            }
            appendStillDisallowing(text, functionalBlacklist);
        } else {
            text.append(blacklist.size() > TOO_MANY_RULES
                    ? "allowing all tags except on " + blacklist.size() + " rules"
                    : "allowing all tags except " + prettyList(blacklist));
            if (functionalWhitelist.size() > TOO_MANY_RULES) {
                text.append(" while still allowing ").append(functionalWhitelist.size()).append(" rules");
            } else if (!functionalWhitelist.isEmpty()) {
                text.append(" while still allowing ").append(prettyList(functionalWhitelist));
            }
        }
        return text.toString();
    }

    private static void appendStillDisallowing(StringBuilder text, TreeSet<String> functionalBlacklist) {
        if (functionalBlacklist.size() > TOO_MANY_RULES) {
            text.append(" while still disllowing ").append(functionalBlacklist.size()).append(" rules");
        } else if (!functionalBlacklist.isEmpty()) {
            text.append(" while still disallowing ").append(prettyList(functionalBlacklist));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagFilter f && f.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return toPermittedString();
    }
}
