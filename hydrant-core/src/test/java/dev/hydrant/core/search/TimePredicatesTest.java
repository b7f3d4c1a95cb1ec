package dev.hydrant.core.search;

import static dev.hydrant.core.search.TestLibrary.assertUnparseable;
import static dev.hydrant.core.search.TestLibrary.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.TimeField;
import dev.hydrant.core.search.predicate.TimePredicate;
import dev.hydrant.core.search.predicate.TimeValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import, modified, last viewed and archived times: calendar dates, ages measured back from now
 * (2026-11-22 11:37 in these tests), and the word operators.
 */
class TimePredicatesTest {

    private static TimeValue date(int y, int m, int d, int h, int min) {
        return new TimeValue.CalendarDate(y, m, d, h, min);
    }

    private static TimeValue age(long days, long hours) {
        return new TimeValue.Age(days, hours);
    }

    private static TimePredicate imported(Operator op, TimeValue value) {
        return new TimePredicate(TimeField.IMPORTED, op, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2011-06-04|2011|6|4|0|0", "2011-1-3|2011|1|3|0|0", "2020/05/06|2020|5|6|0|0", "2020.05.06|2020|5|6|0|0",
        "06/04/2011|2011|6|4|0|0", "25/12/2020|2020|12|25|0|0", "june 4 2011|2011|6|4|0|0",
        "4 june 2011|2011|6|4|0|0", "jun 4, 2011|2011|6|4|0|0", "4th of june 2011|0|0|0|0|0",
        "june 2011|2011|6|22|0|0", "february 2021|2021|2|22|0|0", "2011|2011|11|22|0|0",
        "2011-06-04 12:30|2011|6|4|12|30", "2011-06-04t12:30:15|2011|6|4|12|30", "december 31, 1999 23:59|1999|12|31|23|59"})
    void calendarDates(String text, int y, int m, int d, int h, int min) {
        if (y == 0) {
            assertUnparseable("system:import time > " + text);
            return;
        }
        assertThat(read("system:import time > " + text)).isEqualTo(imported(Operator.GREATER, date(y, m, d, h, min)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"system:import time > 2011-13-04", "system:import time > 2011-02-30",
        "system:import time > gibberish", "system:import time > 2011-06-04 25:00", "system:import time >",
        "system:import time", "system:import time > 99999999999999999999 days ago",
        "system:import time > 9999999 years ago", "system:import time > 1.5 days ago"})
    void unreadableTimes(String text) {
        assertUnparseable(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1 day|1|0", "3 days ago|3|0", "a day ago|1|0", "2 days, 5 hours ago|2|5", "7 years 45 days 7h|2602|7",
        "yesterday|1|0", "30 hours|1|6", "1 year|365|0", "1 month|31|0", "2 years 3 months ago|822|0",
        "1 week 2 days|9|0", "1 day 2 hours 30 minutes|1|2", "1 day 2 hours 31 minutes|1|3",
        "90 minutes ago|0|2", "150 minutes ago|0|2", "210 minutes ago|0|4", "in 3 days|-3|0", "1 day 2h|1|2", "1d 2 hours|1|2"})
    void agesAreWholeDaysAndRoundedHours(String text, long days, long hours) {
        // hydrus rounds the hours half to even: 1.5 → 2, 2.5 → 2, 3.5 → 4
        assertThat(read("system:import time < " + text)).isEqualTo(imported(Operator.LESS, age(days, hours)));
    }

    @Test
    void textsWithoutAgeWordsAreDatesEvenWhenRelative() {
        // "week" and "minute" are not among hydrus's age words, so these become calendar dates
        assertThat(read("system:import time > 2 weeks")).isEqualTo(imported(Operator.GREATER, date(2026, 11, 8, 11, 37)));
        assertThat(read("system:import time > 5 minutes")).isEqualTo(imported(Operator.GREATER, date(2026, 11, 22, 11, 32)));
        // an age of zero days and zero hours becomes a date too
        assertThat(read("system:import time > 10 seconds ago"))
                .isEqualTo(imported(Operator.GREATER, date(2026, 11, 22, 11, 36)));
        assertThat(read("system:import time > today")).isEqualTo(imported(Operator.GREATER, date(2026, 11, 22, 11, 37)));
        assertThat(read("system:import time = today")).isEqualTo(imported(Operator.EQUAL, date(2026, 11, 22, 11, 37)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "since 2011-06-04|GREATER|date", "since 3 days ago|LESS|age", "before 2011-06-04|LESS|date",
        "before 3 days ago|GREATER|age", "on the day of 2011-06-04|EQUAL|date", "in the month of 2011-06-04|APPROX|date",
        "around 3 days ago|APPROX|age", "= 3 days ago|APPROX|age", "is 3 days ago|APPROX|age", "= 2011-06-04|EQUAL|date",
        "\u2260 2011-06-04|NOT_EQUAL|date", "!= 3 days ago|NOT_EQUAL|age", "~= 2011-06-04|APPROX|date",
        "\u2248 3 days ago|APPROX|age", "> 2011-06-04|GREATER|date", "< 3 days ago|LESS|age"})
    void timeOperators(String text, Operator op, String kind) {
        TimeValue value = kind.equals("date") ? date(2011, 6, 4, 0, 0) : age(3, 0);
        assertThat(read("system:import time " + text)).isEqualTo(imported(op, value));
    }

    @Test
    void wordOperatorsNeedTheRightKindOfValue() {
        // "day" only works with a date and "around" only with an age; otherwise the plain operators apply
        assertUnparseable("system:import time on the day of 3 days ago");
        assertUnparseable("system:import time around 2011-06-04");
        assertUnparseable("system:import time <= 2011-06-04");
        // without a digit, the plain operators apply to the whole text
        assertThat(read("system:import time < yesterday")).isEqualTo(imported(Operator.LESS, age(1, 0)));
    }

    @Test
    void namesOfTheFourTimes() {
        assertThat(read("system:date imported < 1 day")).isEqualTo(imported(Operator.LESS, age(1, 0)));
        assertThat(read("system:imported < 1 day")).isEqualTo(imported(Operator.LESS, age(1, 0)));
        assertThat(read("system:import date < 1 day")).isEqualTo(imported(Operator.LESS, age(1, 0)));
        assertThat(read("system:time_modified > 2011-06-04"))
                .isEqualTo(new TimePredicate(TimeField.MODIFIED, Operator.GREATER, date(2011, 6, 4, 0, 0)));
        assertThat(read("system:modified > 2011-06-04"))
                .isEqualTo(new TimePredicate(TimeField.MODIFIED, Operator.GREATER, date(2011, 6, 4, 0, 0)));
        assertThat(read("system:last view time < 1 day"))
                .isEqualTo(new TimePredicate(TimeField.LAST_VIEWED, Operator.LESS, age(1, 0)));
        assertThat(read("system:date last viewed < 1 day"))
                .isEqualTo(new TimePredicate(TimeField.LAST_VIEWED, Operator.LESS, age(1, 0)));
        assertThat(read("system:archive date < 1 day"))
                .isEqualTo(new TimePredicate(TimeField.ARCHIVED, Operator.LESS, age(1, 0)));
        assertThat(read("system:time archived < 1 day"))
                .isEqualTo(new TimePredicate(TimeField.ARCHIVED, Operator.LESS, age(1, 0)));
    }

    @Test
    void agesFollowTheCalendarOfTheClockZone() {
        // a month back from 31 March is 28 February (one clamp for years and months together)
        SystemPredicateParser parser = new SystemPredicateParser(
                Clock.fixed(Instant.parse("2027-03-31T10:00:00Z"), ZoneId.of("UTC")));
        assertThat(parser.parse("system:import time < 1 month")).isEqualTo(imported(Operator.LESS, age(31, 0)));
        assertThat(parser.parse("system:import time < 1 year 1 month")).isEqualTo(imported(Operator.LESS, age(396, 0)));
        SystemPredicateParser tokyo = new SystemPredicateParser(
                Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Asia/Tokyo")));
        assertThat(tokyo.parse("system:import time > 5 minutes"))
                .isEqualTo(imported(Operator.GREATER, date(2026, 11, 23, 8, 25)));
    }
}
