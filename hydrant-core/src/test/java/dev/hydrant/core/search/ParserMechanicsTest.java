package dev.hydrant.core.search;

import static dev.hydrant.core.search.TestLibrary.PARSER;
import static dev.hydrant.core.search.TestLibrary.assertProblem;
import static dev.hydrant.core.search.TestLibrary.assertUnparseable;
import static dev.hydrant.core.search.TestLibrary.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.search.parse.SystemPredicateException;
import dev.hydrant.core.search.predicate.BestQualityPredicate;
import dev.hydrant.core.search.predicate.FileFlag;
import dev.hydrant.core.search.predicate.FileFlagPredicate;
import dev.hydrant.core.search.predicate.FileNumber;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.InboxPredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.TimeField;
import dev.hydrant.core.search.predicate.TimePredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a text is cut into name, operator, value and unit, and the two error texts. */
class ParserMechanicsTest {

    private static final FileNumberPredicate HEIGHT_OVER_100 =
            new FileNumberPredicate(FileNumber.HEIGHT, new NumberTest(Operator.GREATER, 100));

    @ParameterizedTest
    @ValueSource(strings = {"system:height > 100", "system:height>100", "system:Height > 100",
        "SYSTEM:HEIGHT > 100", "  system:height > 100  ", "system:height   >   100", "system:height: > 100",
        "system:height:>100", "system:height > 100 px", "system:height > 100 pixels", "system:height > 100px",
        "system:height > 100\n", "system:height > 1,0,0", "system:height \u00a0> 100"})
    void spacingCaseColonsAndCommasAsHydrus(String text) {
        assertThat(read(text)).isEqualTo(HEIGHT_OVER_100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"system:  height   >   100  ", "system: height > 100", "system:\theight > 100",
        "system:height > 100 apples", "system:height > 100 px px", "system:height >> 100", "system:height",
        "system:heights > 100", "system:inbox please", "system:everything:x",
        // only a space or a colon starts hydrus's skipping before the operator, not another blank
        "system:height\u00a0> 100"})
    void refusedShapes(String text) {
        assertUnparseable(text);
    }

    @Test
    void spacesInNamesMayBeUnderscoresOrRuns() {
        assertThat(read("system:has_audio")).isEqualTo(new FileFlagPredicate(FileFlag.AUDIO, true));
        assertThat(read("system:has  __ audio")).isEqualTo(new FileFlagPredicate(FileFlag.AUDIO, true));
        assertThat(read("system:is_the_best_quality_file_of_its_duplicate_group")).isEqualTo(new BestQualityPredicate(true));
        assertThat(read("system:isn't the best quality of group")).isEqualTo(new BestQualityPredicate(false));
        assertThat(read("system:time_imported < 1 day")).isInstanceOf(TimePredicate.class)
                .extracting(p -> ((TimePredicate) p).field()).isEqualTo(TimeField.IMPORTED);
    }

    @Test
    void aColonMayFollowAName() {
        assertThat(read("system:inbox:")).isEqualTo(new InboxPredicate(true));
        assertThat(read("system:has audio:")).isEqualTo(new FileFlagPredicate(FileFlag.AUDIO, true));
        assertUnparseable("system:inbox::");
    }

    @Test
    void theBarePrefixIsAProblemNotAParseError() {
        assertProblem("system:");
        assertProblem("system:   ");
        assertProblem("  system:");
    }

    @Test
    void theParserItselfRefusesNegationAndOtherTexts() {
        assertUnparseable("-system:inbox");
        assertUnparseable("inbox");
        assertUnparseable("");
        assertUnparseable("system");
    }

    @Test
    void theFirstMatchingNameDecidesEvenIfTheRestFails() {
        // "has tags" is tried before "has tag": the rest ": x" then fails instead of reading a tag
        assertUnparseable("system:has tags: \"x\"");
        // "archived" alone is the archive; with more text it is the archived time, which needs a value
        assertThat(read("system:archived")).isEqualTo(new InboxPredicate(false));
        assertUnparseable("system:archived:");
    }

    @Test
    void errorsQuoteTheTextExactlyAsSent() {
        assertThatThrownBy(() -> PARSER.parse("system:NONSENSE  "))
                .isInstanceOfSatisfying(SystemPredicateException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Could not parse system predicate \"system:NONSENSE  \"!");
                    assertThat(e.reason()).isEqualTo(SystemPredicateException.Kind.UNPARSEABLE);
                    assertThat(e.text()).isEqualTo("system:NONSENSE  ");
                    assertThat(e.detail()).isEqualTo("Unknown system predicate!");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.exceptionType()).isEqualTo("BadRequestException");
                });
    }

    @Test
    void flagFamilies() {
        assertThat(read("system:has alpha")).isEqualTo(new FileFlagPredicate(FileFlag.TRANSPARENCY, true));
        assertThat(read("system:no alpha")).isEqualTo(new FileFlagPredicate(FileFlag.TRANSPARENCY, false));
        assertThat(read("system:has xmp")).isEqualTo(new FileFlagPredicate(FileFlag.XMP, true));
        assertThat(read("system:no iptc")).isEqualTo(new FileFlagPredicate(FileFlag.IPTC, false));
        assertThat(read("system:has software/source metadata"))
                .isEqualTo(new FileFlagPredicate(FileFlag.SOFTWARE_SOURCE, true));
        assertThat(read("system:has embedded metadata"))
                .isEqualTo(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, true));
        assertThat(read("system:no non-embedded or embedded metadata"))
                .isEqualTo(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, false));
        assertThat(read("system:no human-readable metadata"))
                .isEqualTo(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, false));
        assertUnparseable("system:has embedded metadata please");
        assertThat(read("system:no width")).isEqualTo(new FileNumberPredicate(FileNumber.WIDTH, NumberTest.absent()));
        assertThat(read("system:has height")).isEqualTo(new FileNumberPredicate(FileNumber.HEIGHT, NumberTest.present()));
        assertThat(read("system:no frames")).isEqualTo(new FileNumberPredicate(FileNumber.FRAME_COUNT, NumberTest.absent()));
        assertThat(read("system:no words")).isEqualTo(new FileNumberPredicate(FileNumber.WORD_COUNT, NumberTest.absent()));
        assertThat(read("system:has note")).isEqualTo(new FileNumberPredicate(FileNumber.NOTE_COUNT, NumberTest.present()));
        assertThat(read("system:doesn't have note"))
                .isEqualTo(new FileNumberPredicate(FileNumber.NOTE_COUNT, NumberTest.absent()));
    }
}
