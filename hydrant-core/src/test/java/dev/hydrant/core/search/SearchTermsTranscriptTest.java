package dev.hydrant.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.services.DefaultServices;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded {@code search_files} request's {@code tags} argument, read whole: where hydrus
 * answered 200 (or refused for a reason that is not the tags, such as a bad sort type or file
 * domain) the reader accepts it; where hydrus refused the tags or a predicate, the reader refuses
 * with the same 400 text.
 */
class SearchTermsTranscriptTest {

    private static final SearchTermsReader READER = new SearchTermsReader(
            new SystemPredicateParser(RecordedPredicates.NOW),
            new PredicateResolver(ServiceDirectory.of(DefaultServices.all())));

    static Stream<RecordedSearches.Step> steps() throws IOException {
        return RecordedSearches.steps().stream().filter(RecordedSearches.Step::tagsDecodable)
                .filter(step -> step.tags() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void readsTheTagsAsHydrusDid(RecordedSearches.Step step) {
        if (step.error() != null && isAboutTheTags(step.error())) {
            assertThatThrownBy(() -> READER.read(step.tags()))
                    .isInstanceOf(ApiException.class)
                    .hasMessage(step.error())
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(step.status()));
        } else {
            assertThatCode(() -> READER.read(step.tags())).doesNotThrowAnyException();
        }
    }

    private static boolean isAboutTheTags(String error) {
        return error.startsWith("Could not understand the tag")
                || error.startsWith("Could not parse system predicate")
                || error.startsWith("Problem when trying to parse this system predicate");
    }
}
