package dev.hydrant.core.search;

import static dev.hydrant.core.search.TestLibrary.assertUnparseable;
import static dev.hydrant.core.search.TestLibrary.read;
import static dev.hydrant.core.search.predicate.Operator.APPROX;
import static dev.hydrant.core.search.predicate.Operator.EQUAL;
import static dev.hydrant.core.search.predicate.Operator.GREATER;
import static dev.hydrant.core.search.predicate.Operator.GREATER_OR_EQUAL;
import static dev.hydrant.core.search.predicate.Operator.LESS;
import static dev.hydrant.core.search.predicate.Operator.LESS_OR_EQUAL;
import static dev.hydrant.core.search.predicate.Operator.NOT_EQUAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.search.predicate.FileNumber;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.FileSizePredicate;
import dev.hydrant.core.search.predicate.LimitPredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.PixelCountPredicate;
import dev.hydrant.core.search.predicate.PixelUnit;
import dev.hydrant.core.search.predicate.RatioOperator;
import dev.hydrant.core.search.predicate.RatioPredicate;
import dev.hydrant.core.search.predicate.RelationshipCountPredicate;
import dev.hydrant.core.search.predicate.RelationshipKind;
import dev.hydrant.core.search.predicate.SizeUnit;
import dev.hydrant.core.search.predicate.TagCountPredicate;
import dev.hydrant.core.search.predicate.ViewCanvas;
import dev.hydrant.core.search.predicate.ViewingMeasure;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The numeric families: operators, units (normalised to bytes, pixels, milliseconds, seconds), fuzzy tests. */
class NumericPredicatesTest {

    private static FileNumberPredicate number(FileNumber property, Operator op, long value) {
        return new FileNumberPredicate(property, new NumberTest(op, value));
    }

    @Nested
    class Operators {

        @ParameterizedTest(name = "width {0}")
        @CsvSource(delimiter = '|', value = {
            "= 5|EQUAL", "== 5|EQUAL", "is 5|EQUAL", "!= 5|NOT_EQUAL", "\u2260 5|NOT_EQUAL", "is not 5|NOT_EQUAL",
            "isn't 5|NOT_EQUAL", "< 5|LESS", "less than 5|LESS", "fewer than 5|LESS", "> 5|GREATER",
            "more than 5|GREATER", "greater than 5|GREATER", "<= 5|LESS_OR_EQUAL", "\u2264 5|LESS_OR_EQUAL",
            "less than or equal to 5|LESS_OR_EQUAL", "fewer than or equal to 5|LESS_OR_EQUAL",
            ">= 5|GREATER_OR_EQUAL", "\u2265 5|GREATER_OR_EQUAL", "more than or equal to 5|GREATER_OR_EQUAL",
            "greater than or equal to 5|GREATER_OR_EQUAL", "~= 5|APPROX", "\u2248 5|APPROX", "about 5|APPROX",
            "is about 5|APPROX"})
        void numberTestVocabulary(String rest, Operator op) {
            assertThat(read("system:width " + rest)).isEqualTo(number(FileNumber.WIDTH, op, 5));
            assertThat(read("system:number of frames " + rest)).isEqualTo(number(FileNumber.FRAME_COUNT, op, 5));
            assertThat(read("system:number of words " + rest)).isEqualTo(number(FileNumber.WORD_COUNT, op, 5));
        }

        @ParameterizedTest(name = "number of tags {0}")
        @CsvSource(delimiter = '|', value = {
            "= 5|EQUAL", "== 5|EQUAL", "is 5|EQUAL", "!= 5|NOT_EQUAL", "\u2260 5|NOT_EQUAL", "is not 5|NOT_EQUAL",
            "isn't 5|NOT_EQUAL", "< 5|LESS", "> 5|GREATER", "~= 5|APPROX", "\u2248 5|APPROX"})
        void relationalVocabulary(String rest, Operator op) {
            assertThat(read("system:number of tags " + rest)).isEqualTo(new TagCountPredicate(Optional.empty(), op, 5));
            assertThat(read("system:number of urls " + rest)).isEqualTo(number(FileNumber.URL_COUNT, op, 5));
            assertThat(read("system:framerate " + rest)).isEqualTo(number(FileNumber.FRAMERATE, op, 5));
        }

        @ParameterizedTest
        @ValueSource(strings = {"system:number of tags <= 5", "system:number of tags >= 5",
            "system:number of tags less than 5", "system:filesize >= 5 kb", "system:num pixels \u2264 5 px",
            "system:framerate about 5", "system:num notes ~= 2", "system:num notes != 2", "system:num notes \u2248 2",
            "system:limit < 5", "system:limit != 5"})
        void narrowerVocabulariesRefuseTheOthers(String text) {
            assertUnparseable(text);
        }

        @Test
        void exactVocabularyOfNoteCounts() {
            assertThat(read("system:num notes < 3")).isEqualTo(number(FileNumber.NOTE_COUNT, LESS, 3));
            assertThat(read("system:number of note is 1")).isEqualTo(number(FileNumber.NOTE_COUNT, EQUAL, 1));
            assertThat(read("system:limit is 7")).isEqualTo(new LimitPredicate(7));
            assertThat(read("system:limit == 7")).isEqualTo(new LimitPredicate(7));
        }

        @Test
        void hasAndNoWordsAreZeroTests() {
            // the operator reads "has…" as > and "no…" as =, the value reads either as 0
            assertThat(read("system:width has")).isEqualTo(number(FileNumber.WIDTH, GREATER, 0));
            assertThat(read("system:number of urls nothing")).isEqualTo(number(FileNumber.URL_COUNT, EQUAL, 0));
            assertThat(read("system:duration has")).isEqualTo(number(FileNumber.DURATION, GREATER, 0));
            assertThat(read("system:width > has 5")).isEqualTo(number(FileNumber.WIDTH, GREATER, 0));
        }
    }

    @Nested
    class Units {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "5 b|5|BYTES|5", "5 B|5|BYTES|5", "5 kb|5|KILOBYTES|5120", "5 kilobyte|5|KILOBYTES|5120",
            "5 kilobytes|5|KILOBYTES|5120", "5 MB|5|MEGABYTES|5242880", "5 megabytes|5|MEGABYTES|5242880",
            "2 gb|2|GIGABYTES|2147483648", "2 gigabyte|2|GIGABYTES|2147483648", "1,024 kb|1024|KILOBYTES|1048576",
            "5kb|5|KILOBYTES|5120"})
        void fileSizeUnitsAreBinary(String value, long amount, SizeUnit unit, long bytes) {
            assertThat(read("system:filesize > " + value))
                    .isEqualTo(new FileSizePredicate(GREATER, bytes, amount, unit));
            assertThat(read("system:file size > " + value))
                    .isEqualTo(new FileSizePredicate(GREATER, bytes, amount, unit));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            // 'b' is tried before 'byte' and 'bytes', leaving "ytes" behind: hydrus refuses these
            "system:filesize > 5 bytes", "system:filesize > 5 byte",
            "system:filesize > 5", "system:filesize > 5 tb", "system:filesize > 1.5 mb", "system:filesize > -5 kb",
            "system:filesize > five kb", "system:filesize > 5 kb 3 b"})
        void fileSizeRefusals(String text) {
            assertUnparseable(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "50 px|50|PIXELS|50", "50 pixel|50|PIXELS|50", "50 pixels|50|PIXELS|50",
            "3 kpx|3|KILOPIXELS|3000", "3 kilopixels|3|KILOPIXELS|3000", "2 mpx|2|MEGAPIXELS|2000000",
            "2 megapixel|2|MEGAPIXELS|2000000", "2 megapixels|2|MEGAPIXELS|2000000"})
        void pixelUnitsAreDecimal(String value, long amount, PixelUnit unit, long pixels) {
            assertThat(read("system:num pixels ~= " + value))
                    .isEqualTo(new PixelCountPredicate(APPROX, pixels, amount, unit));
            assertThat(read("system:number of pixels ~= " + value))
                    .isEqualTo(new PixelCountPredicate(APPROX, pixels, amount, unit));
        }

        @ParameterizedTest
        @ValueSource(strings = {"system:num pixels > 50", "system:num pixels < 0.02 megapixels",
            "system:num pixels > 2 gigapixels", "system:width > 5 kpx", "system:framerate > 30 hz",
            "system:framerate > 29.97 fps"})
        void pixelAndFramerateRefusals(String text) {
            assertUnparseable(text);
        }

        @Test
        void dimensionsAndFramerateTakeAnOptionalUnit() {
            assertThat(read("system:width = 640 px")).isEqualTo(number(FileNumber.WIDTH, EQUAL, 640));
            assertThat(read("system:width = 640 pixel")).isEqualTo(number(FileNumber.WIDTH, EQUAL, 640));
            assertThat(read("system:framerate = 30 fps")).isEqualTo(number(FileNumber.FRAMERATE, EQUAL, 30));
            assertThat(read("system:framerate = 30")).isEqualTo(number(FileNumber.FRAMERATE, EQUAL, 30));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "5 seconds|5000", "5 second|5000", "5 secs|5000", "5 sec|5000", "5s|5000", "500 ms|500",
            "500msec|500", "500 milliseconds|500", "2 minutes|120000", "2 minute|120000", "2 mins|120000",
            "2m|120000", "2 m|120000", "1h30m|5400000", "1 h 30 m 5 s 5 ms|5405005", "1 hour|3600000",
            "2 hours|7200000", "1 hr|3600000", "0 s|0", "3m5s|185000"})
        void durationsAreMilliseconds(String value, long ms) {
            assertThat(read("system:duration < " + value)).isEqualTo(number(FileNumber.DURATION, LESS, ms));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            // "min" is not a duration unit; an hour after minutes is out of order; leading zeros stop a number
            "system:duration < 5 min", "system:duration < 30 m 1 h", "system:duration < 05 s",
            "system:duration < 5", "system:duration < 1.5 seconds", "system:duration < 5 days",
            "system:duration < 5mx"})
        void durationRefusals(String text) {
            assertUnparseable(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "10 seconds|10", "1 minute|60", "2 mins|120", "2 min|120", "1 day|86400", "1 day 2 hours|93600",
            "3h|10800", "90 seconds|90", "1 days 25 hours 61 minutes 61 seconds|180121"})
        void viewtimesAreSeconds(String value, long seconds) {
            assertThat(read("system:media viewtime > " + value))
                    .isEqualTo(new ViewingPredicate(ViewingMeasure.VIEWTIME, Set.of(ViewCanvas.MEDIA), GREATER, seconds));
        }

        @ParameterizedTest
        @ValueSource(strings = {"system:all viewtime < 5", "system:all viewtime < 5 ms",
            "system:preview viewtime > 1 week"})
        void viewtimeRefusals(String text) {
            assertUnparseable(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"system:width > 1.5", "system:height = 1e3", "system:number of tags > 0.5",
            "system:limit = 2.0", "system:ratio = 1.5:1", "system:num pixels ~= 1.5 mpx"})
        void decimalsAreRefused(String text) {
            assertUnparseable(text);
        }
    }

    @Nested
    class Families {

        @Test
        void tagCounts() {
            assertThat(read("system:num tags > 2")).isEqualTo(new TagCountPredicate(Optional.empty(), GREATER, 2));
            assertThat(read("system:number of character tags \u2260 2"))
                    .isEqualTo(new TagCountPredicate(Optional.of("character"), NOT_EQUAL, 2));
            assertThat(read("system:num series tags is 1"))
                    .isEqualTo(new TagCountPredicate(Optional.of("series"), EQUAL, 1));
            assertThat(read("system:number of unnamespaced tags < 10"))
                    .isEqualTo(new TagCountPredicate(Optional.of(""), LESS, 10));
            assertThat(read("system:number of * tags > 1"))
                    .isEqualTo(new TagCountPredicate(Optional.empty(), GREATER, 1));
            // the namespace is everything before the last " tags " that leaves an operator and a number
            assertThat(read("system:number of my tags tags > 1"))
                    .isEqualTo(new TagCountPredicate(Optional.of("my tags"), GREATER, 1));
            assertUnparseable("system:number of creator tags > many");
            assertUnparseable("system:number of creator tags 5");
            // the operator text is read with the relational words and the rest of it ignored: "<=" is "<"
            assertThat(read("system:number of creator tags <= 5"))
                    .isEqualTo(new TagCountPredicate(Optional.of("creator"), LESS, 5));
        }

        @Test
        void ratios() {
            assertThat(read("system:ratio = 16:9")).isEqualTo(new RatioPredicate(RatioOperator.EQUAL, 16, 9));
            assertThat(read("system:ratio == 0:1")).isEqualTo(new RatioPredicate(RatioOperator.EQUAL, 0, 1));
            assertThat(read("system:ratio ~= 4:3")).isEqualTo(new RatioPredicate(RatioOperator.APPROX, 4, 3));
            assertThat(read("system:ratio \u2248 4:3")).isEqualTo(new RatioPredicate(RatioOperator.APPROX, 4, 3));
            assertThat(read("system:ratio wider than 2:1")).isEqualTo(new RatioPredicate(RatioOperator.WIDER_THAN, 2, 1));
            assertThat(read("system:ratio is taller than 1:2"))
                    .isEqualTo(new RatioPredicate(RatioOperator.TALLER_THAN, 1, 2));
            assertThat(read("system:ratio is square")).isEqualTo(new RatioPredicate(RatioOperator.EQUAL, 1, 1));
            assertThat(read("system:ratio portrait")).isEqualTo(new RatioPredicate(RatioOperator.TALLER_THAN, 1, 1));
            assertThat(read("system:ratio = landscape")).isEqualTo(new RatioPredicate(RatioOperator.WIDER_THAN, 1, 1));
            assertUnparseable("system:ratio = 04:3");
            assertUnparseable("system:ratio < 4:3");
            assertUnparseable("system:ratio = 4/3");
            assertUnparseable("system:ratio = round");
        }

        @Test
        void relationshipCounts() {
            assertThat(read("system:num file relationships > 1 potential duplicates"))
                    .isEqualTo(new RelationshipCountPredicate(GREATER, 1, RelationshipKind.POTENTIAL_DUPLICATES));
            assertThat(read("system:number of file relationships = 2 not related/false positives"))
                    .isEqualTo(new RelationshipCountPredicate(EQUAL, 2, RelationshipKind.FALSE_POSITIVE));
            assertThat(read("system:number_of_file_relationships < 2 false positive"))
                    .isEqualTo(new RelationshipCountPredicate(LESS, 2, RelationshipKind.FALSE_POSITIVE));
            assertThat(read("system:num file relationships \u2248 4 not related"))
                    .isEqualTo(new RelationshipCountPredicate(APPROX, 4, RelationshipKind.FALSE_POSITIVE));
            assertUnparseable("system:num file relationships > 1");
            assertUnparseable("system:num file relationships > 1 kings");
        }

        @Test
        void views() {
            assertThat(read("system:views in media, preview > 3"))
                    .isEqualTo(new ViewingPredicate(ViewingMeasure.VIEWS, Set.of(ViewCanvas.MEDIA, ViewCanvas.PREVIEW),
                            GREATER, 3));
            assertThat(read("system:views in client api < 3"))
                    .isEqualTo(new ViewingPredicate(ViewingMeasure.VIEWS, Set.of(ViewCanvas.CLIENT_API), LESS, 3));
            assertThat(read("system:preview views = 0"))
                    .isEqualTo(new ViewingPredicate(ViewingMeasure.VIEWS, Set.of(ViewCanvas.PREVIEW), EQUAL, 0));
            assertThat(read("system:all views \u2260 1")).isEqualTo(new ViewingPredicate(ViewingMeasure.VIEWS,
                    Set.of(ViewCanvas.MEDIA, ViewCanvas.PREVIEW), NOT_EQUAL, 1));
            assertThat(read("system:viewtime > 1 hour")).isEqualTo(
                    new ViewingPredicate(ViewingMeasure.VIEWTIME, Set.of(), GREATER, 3600));
            assertUnparseable("system:views in media >= 3");
        }

        @Test
        void limits() {
            assertThat(read("system:limit = 0")).isEqualTo(new LimitPredicate(0));
            assertThat(read("system:limit=1,000")).isEqualTo(new LimitPredicate(1000));
            assertUnparseable("system:limit = -1");
            assertUnparseable("system:limit 5");
        }

        @Test
        void negativeNaturalsAreRefused() {
            assertUnparseable("system:width <= -5");
            assertUnparseable("system:number of tags > -1");
            assertUnparseable("system:framerate > -1 fps");
        }

        @Test
        void greaterOrEqualIsOnlyForNumberTests() {
            assertThat(read("system:height >= 100")).isEqualTo(number(FileNumber.HEIGHT, GREATER_OR_EQUAL, 100));
            assertThat(read("system:height <= 100")).isEqualTo(number(FileNumber.HEIGHT, LESS_OR_EQUAL, 100));
        }
    }
}
