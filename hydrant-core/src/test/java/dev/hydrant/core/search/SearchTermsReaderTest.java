package dev.hydrant.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.search.parse.SystemPredicateException;
import dev.hydrant.core.search.predicate.EverythingPredicate;
import dev.hydrant.core.search.predicate.FileFlag;
import dev.hydrant.core.search.predicate.FileFlagPredicate;
import dev.hydrant.core.search.predicate.InboxPredicate;
import dev.hydrant.core.search.predicate.NamespacePredicate;
import dev.hydrant.core.search.predicate.OrPredicate;
import dev.hydrant.core.search.predicate.TagPredicate;
import dev.hydrant.core.search.predicate.WildcardPredicate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code tags} argument of {@code search_files}, read as hydrus's {@code ConvertTagListToPredicates}. */
class SearchTermsReaderTest {

    private static final SearchTermsReader READER = new SearchTermsReader(TestLibrary.PARSER, TestLibrary.RESOLVER);

    @Test
    void termsComeInHydrusOrder() {
        SearchTerms terms = READER.read(List.of("-photo", "system:inbox", "blue square", List.of("a", "b"),
                "creator:*", "blue*", "system:has audio"));
        assertThat(terms.predicates()).containsExactly(
                new OrPredicate(List.of(new TagPredicate("a", true), new TagPredicate("b", true))),
                new InboxPredicate(true),
                new FileFlagPredicate(FileFlag.AUDIO, true),
                new TagPredicate("blue square", true),
                new NamespacePredicate("creator", true),
                new WildcardPredicate("blue*", true),
                new TagPredicate("photo", false));
        assertThat(terms.hasInclusiveTag()).isTrue();
    }

    @Test
    void tagsAreCleanedAndKeptOnce() {
        SearchTerms terms = READER.read(List.of("  Blue   Square ", "blue square", "--Photo", "-photo"));
        assertThat(terms.predicates()).containsExactly(new TagPredicate("blue square", true),
                new TagPredicate("photo", false));
    }

    @Test
    void namespaceAndWildcardForms() {
        assertThat(READER.read(List.of("*")).predicates()).containsExactly(new NamespacePredicate("", true));
        assertThat(READER.read(List.of("*:*")).predicates()).containsExactly(new NamespacePredicate("*", true));
        assertThat(READER.read(List.of("-series:*")).predicates()).containsExactly(new NamespacePredicate("series", false));
        assertThat(READER.read(List.of("*square")).predicates()).containsExactly(new WildcardPredicate("*square", true));
        assertThat(READER.read(List.of("creator:a*")).predicates())
                .containsExactly(new WildcardPredicate("creator:a*", true));
        assertThat(READER.read(List.of("series:*", "-page:*")).hasInclusiveTag()).isFalse();
    }

    @Test
    void onlyLowerCaseSystemPrefixIsAPredicate() {
        assertThat(READER.read(List.of("System:inbox")).predicates()).containsExactly(new TagPredicate("inbox", true));
        assertThat(READER.read(List.of("-system:inbox")).predicates()).containsExactly(new TagPredicate("inbox", false));
        assertThat(READER.read(List.of(" system:inbox")).predicates()).containsExactly(new TagPredicate("inbox", true));
    }

    @Test
    void orGroupsNestAndMayBeEmpty() {
        SearchTerms terms = READER.read(List.of(List.of("system:everything", List.of("x", "-y")), List.of()));
        assertThat(terms.predicates()).containsExactly(
                new OrPredicate(List.of(new OrPredicate(List.of(new TagPredicate("x", true), new TagPredicate("y", false))),
                        new EverythingPredicate())),
                new OrPredicate(List.of()));
        assertThat(terms.hasInclusiveTag()).isFalse();
    }

    @Test
    void otherArgumentShapes() {
        assertThat(READER.read(List.of()).isEmpty()).isTrue();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("a", 1);
        object.put("-b", List.of("ignored"));
        // a JSON object is walked as its keys, a string as its characters; numbers, nulls and objects inside are skipped
        assertThat(READER.read(object).predicates()).containsExactly(new TagPredicate("a", true),
                new TagPredicate("b", false));
        assertThat(READER.read("ab").predicates()).containsExactly(new TagPredicate("a", true),
                new TagPredicate("b", true));
        List<Object> mixed = new ArrayList<>();
        mixed.add(5L);
        mixed.add(null);
        mixed.add(Map.of("x", "y"));
        mixed.add(true);
        mixed.add("tag");
        assertThat(READER.read(mixed).predicates()).containsExactly(new TagPredicate("tag", true));
        assertThatThrownBy(() -> READER.read(5L)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.exceptionType()).isEqualTo("TypeError");
            assertThat(e.getMessage()).isEqualTo("'int' object is not iterable");
        });
        assertThatThrownBy(() -> READER.read(null)).hasMessage("'NoneType' object is not iterable");
    }

    @Test
    void badTagsAre400sQuotingTheTextAsSent() {
        assertThatThrownBy(() -> READER.read(List.of(""))).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo("Could not understand the tag: \"\"");
        });
        assertThatThrownBy(() -> READER.read(List.of("-"))).hasMessage("Could not understand the tag: \"-\"");
        assertThatThrownBy(() -> READER.read(List.of("creator:  "))).hasMessage("Could not understand the tag: \"creator:  \"");
        assertThatThrownBy(() -> READER.read(List.of("ok", List.of("fine", "--"))))
                .hasMessage("Could not understand the tag: \"--\"");
        // negated tags are checked first, and tags before any system predicate of the same list
        assertThatThrownBy(() -> READER.read(List.of("", "-", "system:nonsense")))
                .hasMessage("Could not understand the tag: \"-\"");
        // OR groups are read before the system predicates of the list holding them
        assertThatThrownBy(() -> READER.read(List.of("system:nonsense", List.of(""))))
                .hasMessage("Could not understand the tag: \"\"");
        assertThatThrownBy(() -> READER.read(List.of("system:nonsense", "system:")))
                .isInstanceOf(SystemPredicateException.class)
                .hasMessage("Could not parse system predicate \"system:nonsense\"!");
    }

    @Test
    void thePermissionCheckSeesTheTopLevelAfterTagsAndBeforePredicates() {
        List<List<Object>> calls = new ArrayList<>();
        SearchTermsReader.PermissionCheck recorder = (tags, negated, system, or) ->
                calls.add(List.of(tags, negated, system, or));
        READER.read(List.of("a", "-b", "system:inbox", List.of("c")), recorder);
        assertThat(calls).containsExactly(List.of(List.of("a"), true, true, true));

        calls.clear();
        READER.read(List.of("*", "x"), recorder);
        // hydrus's rule: a tag that is exactly "*" leaves no positive tags for the check
        assertThat(calls).containsExactly(List.of(List.of(), false, false, false));

        SearchTermsReader.PermissionCheck refuse = (tags, negated, system, or) -> {
            throw ApiException.forbidden("no");
        };
        assertThatThrownBy(() -> READER.read(List.of("system:nonsense"), refuse)).hasMessage("no");
        assertThatThrownBy(() -> READER.read(List.of(""), refuse)).hasMessage("Could not understand the tag: \"\"");
    }
}
