package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.TimeValue;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Hydrus's reading of a time value ({@code DATE_OR_TIME_INTERVAL}): the text names a moment; if it
 * contains none of the words {@code year}, {@code month}, {@code day}, {@code hour}, {@code second} or
 * {@code ago} it is a calendar date (so "2 weeks" and "5 minutes" are dates, a week and five minutes
 * back), otherwise an age: the whole days and the rounded hours between that moment and now. An age
 * of zero days and zero hours becomes a calendar date again.
 */
final class TimeValues {

    private static final List<String> AGE_WORDS = List.of("year", "month", "day", "hour", "second", "ago");

    private TimeValues() {
    }

    /** Hydrus's {@code string_looks_like_date}: none of the age words appears anywhere in the text. */
    static boolean looksLikeDate(String text) {
        for (String word : AGE_WORDS) {
            if (text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the whole of {@code text} as a time value, relative to {@code now}. */
    static TimeValue read(String text, LocalDateTime now) {
        String s = PyText.strip(text);
        LocalDateTime moment = DateText.parse(s, now)
                .orElseThrow(() -> ParseFailure.unparseable("Could not parse that date!"));
        if (moment.getYear() < 1 || moment.getYear() > 9999) {
            throw ParseFailure.unparseable("date value out of range");
        }
        if (!looksLikeDate(s)) {
            long seconds = Duration.between(moment, now).getSeconds();
            long days = Math.floorDiv(seconds, 86_400L);
            long hours = (long) Math.rint(Math.floorMod(seconds, 86_400L) / 3600.0);
            if (days + hours != 0) {
                return new TimeValue.Age(days, hours);
            }
        }
        return new TimeValue.CalendarDate(moment.getYear(), moment.getMonthValue(), moment.getDayOfMonth(),
                moment.getHour(), moment.getMinute());
    }
}
