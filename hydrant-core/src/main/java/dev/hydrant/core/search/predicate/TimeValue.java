package dev.hydrant.core.search.predicate;

/**
 * The time a {@link TimePredicate} compares with: a calendar date, or an age ("1 day", "7 years 45 days
 * 7h", measured back from when the predicate was read).
 */
public sealed interface TimeValue permits TimeValue.CalendarDate, TimeValue.Age {

    /**
     * A point on the calendar, in the client's local time, to the minute (hydrus's "date" value).
     */
    record CalendarDate(int year, int month, int day, int hour, int minute) implements TimeValue {
        public CalendarDate {
            if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                    || minute > 59) {
                throw new IllegalArgumentException("not a calendar time: " + year + "-" + month + "-" + day
                        + " " + hour + ":" + minute);
            }
        }
    }

    /**
     * An age: this many days and hours before now (hydrus's "delta" value; years and months are
     * already counted into the days). Days can be negative for a time in the future.
     */
    record Age(long days, long hours) implements TimeValue {
    }
}
