package dev.hydrant.core.search;

import static dev.hydrant.core.search.TestLibrary.STARS;
import static dev.hydrant.core.search.TestLibrary.assertUnparseable;
import static dev.hydrant.core.search.TestLibrary.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.FiletypePredicate;
import dev.hydrant.core.search.predicate.HashPredicate;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.OrPredicate;
import dev.hydrant.core.search.predicate.PixelCountPredicate;
import dev.hydrant.core.search.predicate.PixelUnit;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatingValue;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.search.predicate.TagCountPredicate;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import dev.hydrant.core.services.DefaultServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs meant to hurt: numbers past 64 bits, megabyte-long texts shaped to make backtracking regexes
 * quadratic, odd characters. Each must be answered correctly (a 400 or a predicate) and quickly.
 */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final int MEGA = 1_000_000;

    private static void quickly(Runnable check) {
        assertTimeoutPreemptively(QUICKLY, check::run);
    }

    private static <T> T quickly(Supplier<T> read) {
        return assertTimeoutPreemptively(QUICKLY, read::get);
    }

    @ParameterizedTest
    @ValueSource(strings = {"system:width > 99999999999999999999", "system:width > 9223372036854775808",
        "system:limit = 99999999999999999999", "system:filesize > 9999999999 gb", "system:num pixels > 99999999999999 mpx",
        "system:duration < 9999999999999999 hours", "system:ratio = 99999999999999999999:1",
        "system:rating for stars > 99999999999999999999/99999999999999999999",
        "system:tag as number page > -99999999999999999999", "system:all viewtime > 999999999999999999 days",
        "system:similar to 0123456789 with distance 99999999999", "system:number of tags > 1,000,000,000,000,000,000,000"})
    void numbersTooLargeForALongAreRefusedCleanly(String text) {
        // hydrus's Python would accept most of these; refusing them is our only deliberate difference here
        quickly(() -> assertUnparseable(text));
    }

    @Test
    void largestLongsAreFine() {
        assertThat(read("system:limit = 9223372036854775807")).extracting(p -> ((dev.hydrant.core.search.predicate
                .LimitPredicate) p).limit()).isEqualTo(Long.MAX_VALUE);
        assertThat(read("system:filesize > 8589934591 gb")).isNotNull();
    }

    static List<String> longRefusedTexts() {
        return List.of(
                "system:" + "a".repeat(MEGA),
                "system:has " + "embedded ".repeat(MEGA / 9),
                "system:has embedded " + "metadata ".repeat(MEGA / 9) + "x",
                "system:no " + "human-readable".repeat(MEGA / 14),
                "system:rating for " + "1".repeat(MEGA),
                "system:rating for " + "1/".repeat(MEGA / 2),
                "system:count for x" + " 1".repeat(MEGA / 2) + "/",
                "system:tag as number a" + " ".repeat(MEGA) + "b",
                "system:number of " + " tags".repeat(MEGA / 5),
                "system:number of x" + " tags ".repeat(MEGA / 6),
                "system:duration < " + "1h".repeat(MEGA / 2),
                "system:width > " + "9".repeat(MEGA),
                "system:hash = " + "abcdefgh ".repeat(MEGA / 9),
                "system:similar to " + "abcd ".repeat(MEGA / 5),
                "system:import time < " + "1 x ".repeat(MEGA / 4),
                "system:filetype = " + "png,".repeat(MEGA / 4) + "x",
                "system:filetype = " + "p".repeat(MEGA),
                "system:ratio = " + "1".repeat(MEGA),
                "system:all " + "x".repeat(MEGA) + " rated",
                "system:views in " + "media,".repeat(MEGA / 6) + " >",
                "system:" + " ".repeat(MEGA) + "inbox");
    }

    @ParameterizedTest
    @MethodSource("longRefusedTexts")
    void longTextsAreRefusedQuickly(String text) {
        quickly(() -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(text))
                .isInstanceOf(dev.hydrant.core.search.parse.SystemPredicateException.class)
                .hasMessageStartingWith("Could not parse system predicate \"system:")
                .hasMessageEndingWith("\"!"));
    }

    @Test
    void aLongTagOptionListWithoutColonIsAProblemQuickly() {
        quickly(() -> TestLibrary.assertProblem("system:has tag \"x\"" + ", y".repeat(MEGA / 3)));
    }

    @Test
    void longButValidTextsAreReadQuickly() {
        FiletypePredicate types = (FiletypePredicate) quickly(
                () -> read("system:filetype = " + "png, ".repeat(MEGA / 5) + "jpeg"));
        assertThat(types.types()).containsExactlyInAnyOrder(FileType.IMAGE_PNG, FileType.IMAGE_JPEG);

        HashPredicate sameHash = (HashPredicate) quickly(
                () -> read("system:hash = " + (RecordedPredicates.PNG_RGB + " ").repeat(MEGA / 65)));
        assertThat(sameHash.hashes()).hasSize(1);

        Random random = new Random(42);
        StringBuilder many = new StringBuilder("system:hash = ");
        for (int i = 0; i < 20_000; i++) {
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            many.append(HexFormat.of().formatHex(hash)).append(i % 2 == 0 ? ", " : " ");
        }
        HashPredicate manyHashes = (HashPredicate) quickly(() -> read(many.toString()));
        assertThat(manyHashes.hashes()).hasSize(20_000);

        assertThat(quickly(() -> read("system:number of " + "_".repeat(MEGA / 2) + "x tags > 1")))
                .isEqualTo(new TagCountPredicate(Optional.of("x"), Operator.GREATER, 1));
        assertThat(quickly(() -> read("system:num pixels > " + ",".repeat(MEGA) + "5 px")))
                .isEqualTo(new PixelCountPredicate(Operator.GREATER, 5, 5, PixelUnit.PIXELS));
        assertThat(quickly(() -> read("system:views in " + "media ".repeat(MEGA / 6) + "> 1")))
                .isInstanceOf(ViewingPredicate.class);
        AdvancedTagPredicate longTag = (AdvancedTagPredicate) quickly(
                () -> read("system:has tag: \"" + "x".repeat(MEGA) + "\""));
        assertThat(longTag.tag()).hasSize(1024);
    }

    @Test
    void unicodeDigitsCountWhereHydrusUsesBackslashD() {
        // \d in Python matches any decimal digit: ratings read "３/５"; [0-9] does not, so widths refuse "５"
        assertThat(read("system:rating for stars > \uFF13/\uFF15"))
                .isEqualTo(new RatingPredicate(new ServiceRef("stars", STARS), Operator.GREATER,
                        new RatingValue.Stars(3, 5)));
        assertUnparseable("system:width > \uFF15");
    }

    @Test
    void oddCharacters() {
        assertThat(read("system:has tag: \"\uD800\"")).isEqualTo(new AdvancedTagPredicate(Optional.empty(), false,
                Set.of(dev.hydrant.core.search.predicate.TagStatus.CURRENT,
                        dev.hydrant.core.search.predicate.TagStatus.PENDING), "invalid tag", true));
        assertUnparseable("system:inbox\u0000");
        assertUnparseable("system:\uD83D\uDE00");
        // quotes around a line break do not count as quotes: the whole text is the tag (its controls removed)
        assertThat(read("system:has tag: \"x\nyz\", \"")).extracting(p -> ((AdvancedTagPredicate) p).tag())
                .isEqualTo("\"xyz\", \"");
        assertThat(read("system:has note with name \uD83D\uDE00")).isNotNull();
    }

    @Test
    void deeplyNestedOrGroupsAreRead() {
        Object tags = List.of("system:everything");
        for (int i = 0; i < 900; i++) {
            tags = List.of(tags);
        }
        SearchTermsReader reader = new SearchTermsReader(new SystemPredicateParser(RecordedPredicates.NOW),
                new PredicateResolver(ServiceDirectory.of(DefaultServices.all())));
        Object nested = tags;
        SearchTerms terms = quickly(() -> reader.read(nested));
        assertThat(terms.predicates()).singleElement().isInstanceOf(OrPredicate.class);
    }

    @Test
    void manySearchTermsAreRead() {
        List<Object> tags = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            tags.add("tag " + i);
            tags.add("system:width > " + i);
        }
        SearchTermsReader reader = new SearchTermsReader(new SystemPredicateParser(RecordedPredicates.NOW),
                new PredicateResolver(ServiceDirectory.of(DefaultServices.all())));
        assertThat(quickly(() -> reader.read(tags)).predicates()).hasSize(200_000);
    }
}
