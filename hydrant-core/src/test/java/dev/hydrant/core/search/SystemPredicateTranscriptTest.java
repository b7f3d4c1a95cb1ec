package dev.hydrant.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.search.parse.SystemPredicateException;
import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.services.DefaultServices;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code system:} text sent to {@code /get_files/search_files} in the transcripts recorded from
 * hydrus 682 (scenarios 07 and 08): the ones hydrus accepted read as the predicate they mean, the ones
 * it refused fail with its exact 400 text.
 */
class SystemPredicateTranscriptTest {

    private static final SystemPredicateParser PARSER = new SystemPredicateParser(RecordedPredicates.NOW);
    private static final PredicateResolver RESOLVER =
            new PredicateResolver(ServiceDirectory.of(DefaultServices.all()));
    private static final Map<String, SystemPredicate> EXPECTED = RecordedPredicates.expected();

    /** Each distinct text with hydrus's outcome: null when accepted, else its 400 text. */
    static Map<String, String> recordedOutcomes() throws IOException {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (RecordedSearches.Step step : RecordedSearches.steps()) {
            if (!step.tagsDecodable()) {
                continue;
            }
            List<String> texts = RecordedSearches.systemTexts(step.tags());
            boolean predicateError = step.error() != null
                    && (step.error().startsWith("Could not parse system predicate")
                    || step.error().startsWith("Problem when trying to parse this system predicate"));
            for (String text : texts) {
                String outcome = predicateError && step.error().contains("\"" + text + "\"") ? step.error() : null;
                outcomes.merge(text, outcome == null ? "" : outcome, (a, b) -> a.equals(b) ? a : a + " | " + b);
            }
        }
        outcomes.replaceAll((text, outcome) -> outcome.isEmpty() ? null : outcome);
        return outcomes;
    }

    static Stream<Arguments> accepted() throws IOException {
        List<Arguments> args = new ArrayList<>();
        recordedOutcomes().forEach((text, error) -> {
            if (error == null) {
                args.add(Arguments.of(text));
            }
        });
        return args.stream();
    }

    static Stream<Arguments> refused() throws IOException {
        List<Arguments> args = new ArrayList<>();
        recordedOutcomes().forEach((text, error) -> {
            if (error != null) {
                args.add(Arguments.of(text, error));
            }
        });
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptedTextReadsAsItsPredicate(String text) {
        assertThat(EXPECTED).as("an expectation for every recorded text").containsKey(text);
        SystemPredicate predicate = RESOLVER.resolve(text, PARSER.parse(text));
        assertThat(predicate).isEqualTo(EXPECTED.get(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedTextFailsWithHydrusText(String text, String error) {
        assertThatThrownBy(() -> RESOLVER.resolve(text, PARSER.parse(text)))
                .isInstanceOf(SystemPredicateException.class)
                .hasMessage(error)
                .satisfies(e -> assertThat(((SystemPredicateException) e).status()).isEqualTo(400));
    }

    @Test
    void theTranscriptsCoverTheWholeGrammarSample() throws IOException {
        Map<String, String> outcomes = recordedOutcomes();
        long refused = outcomes.values().stream().filter(e -> e != null).count();
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(130);
        assertThat(refused).isGreaterThanOrEqualTo(14);
        assertThat(outcomes.values()).as("one outcome per text").filteredOn(e -> e != null)
                .noneMatch(e -> e.contains(" | "));
        assertThat(EXPECTED.keySet()).as("no stale expectations").allMatch(outcomes::containsKey);
    }
}
