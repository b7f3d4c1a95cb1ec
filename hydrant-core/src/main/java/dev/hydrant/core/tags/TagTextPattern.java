package dev.hydrant.core.tags;

import java.util.regex.Pattern;

/**
 * What an autocomplete search text (searchable form, ending in {@code *}) matches, as hydrus's tag search and its
 * result filter decide together:
 * <ul>
 *   <li>the namespace: any (no namespace or {@code *} typed), exactly one, or a wildcard over namespaces;</li>
 *   <li>the subtag (searchable form): a simple text ending in one {@code *} must start a word — the start of the
 *       subtag or after whitespace, and for a search without a namespace also after a {@code :}; any other wildcard
 *       (more than one {@code *}, a {@code *} inside, or no letter or digit) must match the whole subtag.</li>
 * </ul>
 */
public final class TagTextPattern {
    public enum NamespaceRule { ANY, EXACT, WILDCARD }

    public enum SubtagRule { EVERYTHING, WORD_PREFIX, WILDCARD }

    private final NamespaceRule namespaceRule;
    private final String namespace;
    private final Pattern namespacePattern;
    private final SubtagRule subtagRule;
    private final String prefix;
    private final Pattern subtagPattern;

    private TagTextPattern(NamespaceRule namespaceRule, String namespace, SubtagRule subtagRule, String subtagText) {
        this.namespaceRule = namespaceRule;
        this.namespace = namespace;
        this.namespacePattern = namespaceRule == NamespaceRule.WILDCARD ? glob(namespace) : null;
        this.subtagRule = subtagRule;
        this.prefix = subtagRule == SubtagRule.WORD_PREFIX ? subtagText.substring(0, subtagText.length() - 1) : null;
        this.subtagPattern = subtagRule == SubtagRule.WILDCARD ? glob(subtagText) : null;
    }

    /**
     * The pattern of an autocompleting search text such as {@code "blu*"}, {@code "creator:so*"} or
     * {@code "*square*"}. The subtag must not be empty.
     */
    public static TagTextPattern of(String searchText) {
        Tag parts = Tag.parse(searchText);
        String ns = parts.namespace();
        String subtag = parts.subtag();
        NamespaceRule nsRule;
        if (ns.isEmpty() || ns.equals("*")) {
            nsRule = NamespaceRule.ANY;
        } else if (ns.indexOf('*') >= 0) {
            nsRule = NamespaceRule.WILDCARD;
        } else {
            nsRule = NamespaceRule.EXACT;
        }
        SubtagRule rule;
        if (subtag.equals("*")) {
            rule = SubtagRule.EVERYTHING;
        } else if (isComplexWildcard(subtag) || !hasWordCharacters(subtag)) {
            rule = SubtagRule.WILDCARD;
        } else {
            rule = SubtagRule.WORD_PREFIX;
        }
        return new TagTextPattern(nsRule, ns, rule, subtag);
    }

    public NamespaceRule namespaceRule() {
        return namespaceRule;
    }

    /** The namespace text (exact, or the namespace wildcard). */
    public String namespace() {
        return namespace;
    }

    public SubtagRule subtagRule() {
        return subtagRule;
    }

    /** For {@link SubtagRule#WORD_PREFIX}: the text a word must start with. */
    public String prefix() {
        return prefix;
    }

    /** For {@link SubtagRule#WORD_PREFIX}: whether a word may also start after a {@code :} inside the subtag. */
    public boolean wordsStartAfterColons() {
        return namespaceRule == NamespaceRule.ANY;
    }

    public boolean namespaceMatches(String tagNamespace) {
        return switch (namespaceRule) {
            case ANY -> true;
            case EXACT -> namespace.equals(tagNamespace);
            case WILDCARD -> namespacePattern.matcher(tagNamespace).matches();
        };
    }

    /** Whether the pattern matches a searchable subtag. */
    public boolean subtagMatches(String searchableSubtag) {
        return switch (subtagRule) {
            case EVERYTHING -> true;
            case WILDCARD -> subtagPattern.matcher(searchableSubtag).matches();
            case WORD_PREFIX -> hasWordStartingWith(searchableSubtag, prefix, wordsStartAfterColons());
        };
    }

    /** Whether the pattern matches a (clean) tag. The reference rule every index must agree with. */
    public boolean matches(String tag) {
        Tag parts = Tag.parse(tag);
        return namespaceMatches(parts.namespace()) && subtagMatches(SearchableText.subtag(parts.subtag()));
    }

    /** Whether {@code text} has {@code prefix} at its start or right after whitespace (or a colon, if allowed). */
    public static boolean hasWordStartingWith(String text, String prefix, boolean afterColons) {
        int from = 0;
        while (from <= text.length() - prefix.length()) {
            if (isWordStart(text, from, afterColons) && text.startsWith(prefix, from)) {
                return true;
            }
            from++;
        }
        return false;
    }

    /** Whether a word starts at {@code i}: the text's start, or after whitespace (or a colon, if allowed). */
    public static boolean isWordStart(String text, int i, boolean afterColons) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before == ' ' || (afterColons && before == ':') || SearchableText.isPythonWhitespace(before);
    }

    static boolean isComplexWildcard(String text) {
        int stars = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '*') {
                stars++;
            }
        }
        return stars > 1 || (stars == 1 && !text.endsWith("*"));
    }

    /** Hydrus's FTS4 test: some character that is a letter or digit, or not ASCII. */
    static boolean hasWordCharacters(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '*' && (cp >= 128 || Character.isLetterOrDigit(cp))) {
                return true;
            }
        }
        return false;
    }

    private static Pattern glob(String wildcard) {
        StringBuilder regex = new StringBuilder();
        String[] parts = wildcard.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!parts[i].isEmpty()) {
                regex.append(Pattern.quote(parts[i]));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    }

    @Override
    public String toString() {
        return namespaceRule + ":" + namespace + " " + subtagRule + ":" + (prefix != null ? prefix : subtagPattern);
    }
}
