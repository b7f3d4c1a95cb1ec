package dev.hydrant.core.search.parse;

import java.util.List;

/** Durations written as amounts of time units. */
final class Durations {

    private static final List<String> HOURS = List.of("hours", "hour", "hr", "h");
    private static final List<String> SECONDS = List.of("seconds", "second", "secs", "sec", "s");
    private static final List<String> MILLISECONDS = List.of("milliseconds", "millisecond", "msecs", "msec", "ms");
    private static final List<String> INTERVAL_DAYS = List.of("days", "day");
    private static final List<String> INTERVAL_HOURS = List.of("hours", "hour", "h");
    private static final List<String> INTERVAL_MINUTES = List.of("minutes", "minute", "mins", "min");

    private Durations() {
    }

    /**
     * {@code TIME_TO_MSEC} ({@code system:duration}): {@code has…}/{@code no…} is 0; else, in this order
     * and each optional, {@code N hours|hour|hr|h}, {@code N minutes|minute|mins|m}, {@code N
     * seconds|second|secs|sec|s}, {@code N milliseconds|millisecond|msecs|msec|ms}, with optional
     * whitespace around; at least one. {@code N} is {@code 0} or has no leading zero. A bare {@code m}
     * must end the text or be followed by whitespace or a digit; {@code min} is not a unit here.
     * The value is in milliseconds.
     */
    static Read<Long> milliseconds(String text) {
        String s = PyText.strip(text);
        if (s.startsWith("has") || s.startsWith("no")) {
            return new Read<>(0L, "");
        }
        Amounts amounts = new Amounts(s);
        amounts.amount(HOURS, 3_600_000L);
        amounts.spaces();
        amounts.minutes(60_000L);
        amounts.spaces();
        amounts.amount(SECONDS, 1_000L);
        amounts.spaces();
        amounts.amount(MILLISECONDS, 1L);
        if (!amounts.any) {
            throw ParseFailure.unparseable("Invalid value, expected a duration");
        }
        return new Read<>(amounts.total, s.substring(amounts.pos));
    }

    /**
     * {@code TIME_INTERVAL} (viewtime): in this order and each optional, {@code N days|day},
     * {@code N hours|hour|h}, {@code N minutes|minute|mins|min}, {@code N seconds|second|secs|sec|s};
     * at least one. The value is in seconds.
     */
    static Read<Long> seconds(String text) {
        String s = PyText.strip(text);
        Amounts amounts = new Amounts(s);
        amounts.amount(INTERVAL_DAYS, 86_400L);
        amounts.spaces();
        amounts.amount(INTERVAL_HOURS, 3_600L);
        amounts.spaces();
        amounts.amount(INTERVAL_MINUTES, 60L);
        amounts.spaces();
        amounts.amount(SECONDS, 1L);
        if (!amounts.any) {
            throw ParseFailure.unparseable("Invalid value, expected a time interval");
        }
        return new Read<>(amounts.total, s.substring(amounts.pos));
    }

    /** A left-to-right reader of optional {@code N unit} groups. */
    private static final class Amounts {
        private final String text;
        private int pos;
        private long total;
        private boolean any;

        Amounts(String text) {
            this.text = text;
        }

        /** {@code \s*} between groups. */
        void spaces() {
            pos = PyText.skipSpaces(text, pos);
        }

        /** {@code (?P<n>0|([1-9][0-9]*))\s*(unit|unit...)}, optional. */
        void amount(List<String> units, long scale) {
            int numberEnd = Numbers.plainNumberEnd(text, pos);
            if (numberEnd < 0) {
                return;
            }
            int unitStart = PyText.skipSpaces(text, numberEnd);
            String unit = Numbers.firstWordAt(text, unitStart, units);
            if (unit != null) {
                add(numberEnd, scale, unitStart + unit.length());
            }
        }

        /** {@code (?P<min>0|([1-9][0-9]*))\s*(minutes|minute|mins|m$|m\s|m(?=\d))}, optional. */
        void minutes(long scale) {
            int numberEnd = Numbers.plainNumberEnd(text, pos);
            if (numberEnd < 0) {
                return;
            }
            int unitStart = PyText.skipSpaces(text, numberEnd);
            String unit = Numbers.firstWordAt(text, unitStart, List.of("minutes", "minute", "mins"));
            if (unit != null) {
                add(numberEnd, scale, unitStart + unit.length());
                return;
            }
            if (!text.startsWith("m", unitStart)) {
                return;
            }
            int after = unitStart + 1;
            if (after == text.length()) {
                add(numberEnd, scale, after);
            } else if (PyText.isSpace(text.charAt(after))) {
                add(numberEnd, scale, after + 1);
            } else if (PyText.isDigit(text.codePointAt(after))) {
                add(numberEnd, scale, after);
            }
        }

        private void add(int numberEnd, long scale, int end) {
            long amount = PyText.parseDigits(text.substring(pos, numberEnd));
            try {
                total = Math.addExact(total, Math.multiplyExact(amount, scale));
            } catch (ArithmeticException e) {
                throw ParseFailure.unparseable("duration too long");
            }
            any = true;
            pos = end;
        }
    }
}
