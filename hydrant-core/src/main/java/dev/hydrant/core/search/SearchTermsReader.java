package dev.hydrant.core.search;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;
import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.search.predicate.NamespacePredicate;
import dev.hydrant.core.search.predicate.OrPredicate;
import dev.hydrant.core.search.predicate.SearchPredicate;
import dev.hydrant.core.search.predicate.TagPredicate;
import dev.hydrant.core.search.predicate.WildcardPredicate;
import dev.hydrant.core.tags.SearchTag;
import dev.hydrant.core.tags.TagCleaner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code tags} argument of {@code /get_files/search_files} as hydrus's
 * {@code ConvertTagListToPredicates} does.
 *
 * <p>The argument is a list (a JSON object counts as the list of its keys, a string as the list of its
 * characters); at each level, nested lists are OR groups, strings starting with lowercase
 * {@code system:} are system predicates, strings starting with {@code -} are negated tags, other
 * strings are tags; anything else is ignored. Each level is handled in hydrus's order, which decides
 * which error a bad search gets:
 * <ol>
 *   <li>every tag is cleaned; one that cleans to nothing is a 400 "Could not understand the tag: "…""
 *       (negated tags are checked first);</li>
 *   <li>at the top level only, the caller's {@link PermissionCheck} runs;</li>
 *   <li>OR groups are read (recursively, same rules);</li>
 *   <li>system predicates are parsed and their names bound, in order (400s with hydrus's texts);</li>
 *   <li>tags become tag, wildcard ({@code blue*}) or namespace ({@code series:*}) predicates.</li>
 * </ol>
 */
public final class SearchTermsReader {

    /**
     * The permission check hydrus makes between reading the tags and parsing the rest (section 3.4 of
     * the digest), given what the top level holds. It throws (403) to refuse the search.
     */
    @FunctionalInterface
    public interface PermissionCheck {
        /**
         * @param positiveTags the cleaned non-negated tags, or none at all if one of them is exactly
         *                     {@code *} (hydrus's own rule)
         */
        void check(List<String> positiveTags, boolean hasNegatedTags, boolean hasSystemPredicates,
                   boolean hasOrGroups);

        /** For callers that may see every file. */
        PermissionCheck NONE = (tags, negated, system, or) -> {
        };
    }

    private static final String SYSTEM_PREFIX = "system:";

    private final SystemPredicateParser parser;
    private final PredicateResolver resolver;

    public SearchTermsReader(SystemPredicateParser parser, PredicateResolver resolver) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Reads {@code tags} (plain Java values as decoded from JSON or CBOR) without a permission check. */
    public SearchTerms read(Object tags) {
        return read(tags, PermissionCheck.NONE);
    }

    /**
     * Reads {@code tags}.
     *
     * @throws ApiException 400 for a tag or predicate hydrus cannot understand; whatever the check throws
     */
    public SearchTerms read(Object tags, PermissionCheck check) {
        return new SearchTerms(level(items(tags), check));
    }

    private List<SearchPredicate> level(List<?> items, PermissionCheck check) {
        List<List<?>> orGroups = new ArrayList<>();
        List<String> systemTexts = new ArrayList<>();
        List<String> dirtyNegated = new ArrayList<>();
        List<String> dirtyPlain = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof List<?> list) {
                orGroups.add(list);
            } else if (item instanceof String text) {
                if (text.startsWith(SYSTEM_PREFIX)) {
                    systemTexts.add(text);
                } else if (text.startsWith("-")) {
                    dirtyNegated.add(text);
                } else {
                    dirtyPlain.add(text);
                }
            }
        }
        Set<String> negated = clean(dirtyNegated);
        Set<String> plain = clean(dirtyPlain);
        if (check != null) {
            List<String> positive = plain.contains("*") ? List.of() : List.copyOf(plain);
            check.check(positive, !negated.isEmpty(), !systemTexts.isEmpty(), !orGroups.isEmpty());
        }
        List<SearchPredicate> predicates = new ArrayList<>();
        for (List<?> group : orGroups) {
            predicates.add(new OrPredicate(level(group, null)));
        }
        for (String text : systemTexts) {
            predicates.add(resolver.resolve(text, parser.parse(text)));
        }
        for (String tag : plain) {
            predicates.add(tagPredicate(tag, true));
        }
        for (String tag : negated) {
            predicates.add(tagPredicate(tag, false));
        }
        return predicates;
    }

    /** The cleaned tags, each once; a tag that cleans to nothing is a 400 quoting it as sent. */
    private static Set<String> clean(List<String> dirty) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String text : dirty) {
            Optional<SearchTag> tag = TagCleaner.cleanSearchTag(text);
            if (tag.isEmpty()) {
                throw ApiException.badRequest("Could not understand the tag: \"" + text + "\"");
            }
            cleaned.add(tag.get().tag());
        }
        return cleaned;
    }

    private static SearchPredicate tagPredicate(String tag, boolean inclusive) {
        SearchTag term = new SearchTag(tag, !inclusive);
        if (term.isNamespaceSearch()) {
            return new NamespacePredicate(term.searchedNamespace(), inclusive);
        }
        if (term.isWildcardSearch()) {
            return new WildcardPredicate(tag, inclusive);
        }
        return new TagPredicate(tag, inclusive);
    }

    /** What Python's {@code for tag in tags} walks over. */
    private static List<?> items(Object tags) {
        if (tags instanceof List<?> list) {
            return list;
        }
        if (tags instanceof Map<?, ?> map) {
            return new ArrayList<>(map.keySet());
        }
        if (tags instanceof String text) {
            return text.codePoints().mapToObj(Character::toString).toList();
        }
        String type = switch (tags) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case Integer i -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            default -> tags.getClass().getSimpleName();
        };
        throw new ApiException(ErrorKind.SERVER_ERROR, "TypeError", "'" + type + "' object is not iterable");
    }
}
