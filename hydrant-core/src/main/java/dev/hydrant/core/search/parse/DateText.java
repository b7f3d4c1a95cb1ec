package dev.hydrant.core.search.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The moment a time value names, relative to now. Hydrus hands these texts to the {@code dateparser}
 * library, which understands a great many forms in many languages; this class understands the forms
 * people write in searches (English only):
 * <ul>
 *   <li>ages: one or more {@code N unit} pairs, optionally followed by {@code ago} (or led by
 *       {@code in} for the future), units {@code year(s)/yr(s)/y}, {@code month(s)/mo}, {@code week(s)/wk(s)/w},
 *       {@code day(s)/d}, {@code hour(s)/hr(s)/h}, {@code minute(s)/min(s)/m}, {@code second(s)/sec(s)/s};
 *       {@code N} may be {@code a}/{@code an}; pairs may be separated by commas or {@code and};
 *       {@code now}, {@code today}, {@code yesterday}, {@code tomorrow};</li>
 *   <li>dates: {@code YYYY-M-D} (also with {@code /} or {@code .}), {@code M/D/YYYY} (or {@code D/M/YYYY}
 *       when the first number cannot be a month), each optionally followed by {@code H:MM[:SS]};
 *       {@code 4 june 2011}, {@code june 4, 2011}, {@code june 2011}, {@code 2011}.</li>
 * </ul>
 * A date without a day or month takes today's, as {@code dateparser} does. Anything else is not
 * understood, which hydrus reports as an unparseable predicate.
 */
final class DateText {

    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Map<String, String> UNIT_WORDS = unitWords();

    private DateText() {
    }

    /** The moment {@code text} (lower case, stripped) names, or empty if it is not understood. */
    static Optional<LocalDateTime> parse(String text, LocalDateTime now) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<LocalDateTime> special = special(s, now);
            if (special.isPresent()) {
                return special;
            }
            Optional<LocalDateTime> age = age(s, now);
            if (age.isPresent()) {
                return age;
            }
            return calendar(s, now);
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> special(String s, LocalDateTime now) {
        return switch (s) {
            case "now", "today", "right now", "just now" -> Optional.of(now);
            case "yesterday" -> Optional.of(now.minusDays(1));
            case "tomorrow" -> Optional.of(now.plusDays(1));
            default -> Optional.empty();
        };
    }

    /** {@code [in] N unit [N unit]... [ago]}. */
    private static Optional<LocalDateTime> age(String s, LocalDateTime now) {
        List<String> tokens = tokens(s);
        boolean future = false;
        if (!tokens.isEmpty() && tokens.get(0).equals("in")) {
            future = true;
            tokens = tokens.subList(1, tokens.size());
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("ago")) {
            if (future) {
                return Optional.empty();
            }
            tokens = tokens.subList(0, tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        long years = 0;
        long months = 0;
        long weeks = 0;
        long days = 0;
        long hours = 0;
        long minutes = 0;
        long seconds = 0;
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (token.equals("and")) {
                i++;
                continue;
            }
            long amount;
            String unit;
            int split = digitsEnd(token);
            if (split > 0 && split < token.length()) {
                amount = Long.parseLong(token.substring(0, split));
                unit = token.substring(split);
                i++;
            } else if (i + 1 < tokens.size() && (split == token.length() || token.equals("a") || token.equals("an"))) {
                amount = split == token.length() ? Long.parseLong(token) : 1;
                unit = tokens.get(i + 1);
                i += 2;
            } else {
                return Optional.empty();
            }
            String kind = UNIT_WORDS.get(unit);
            if (kind == null) {
                return Optional.empty();
            }
            switch (kind) {
                case "year" -> years = Math.addExact(years, amount);
                case "month" -> months = Math.addExact(months, amount);
                case "week" -> weeks = Math.addExact(weeks, amount);
                case "day" -> days = Math.addExact(days, amount);
                case "hour" -> hours = Math.addExact(hours, amount);
                case "minute" -> minutes = Math.addExact(minutes, amount);
                default -> seconds = Math.addExact(seconds, amount);
            }
        }
        long totalMonths = Math.addExact(Math.multiplyExact(years, 12), months);
        long totalDays = Math.addExact(Math.multiplyExact(weeks, 7), days);
        if (future) {
            return Optional.of(now.plusMonths(totalMonths).plusDays(totalDays).plusHours(hours).plusMinutes(minutes)
                    .plusSeconds(seconds));
        }
        return Optional.of(now.minusMonths(totalMonths).minusDays(totalDays).minusHours(hours).minusMinutes(minutes)
                .minusSeconds(seconds));
    }

    /** Words and numbers, split at whitespace and commas; a number glued to its unit stays one token. */
    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PyText.isSpace(c) || c == ',') {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static int digitsEnd(String token) {
        int i = PyText.skipAsciiDigits(token, 0);
        return i > 18 ? -1 : i;
    }

    /** A date, optionally followed by a clock time after a space or {@code t}. */
    private static Optional<LocalDateTime> calendar(String s, LocalDateTime now) {
        String datePart = s;
        LocalTime time = LocalTime.MIDNIGHT;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            int separator = Math.max(s.lastIndexOf(' ', colon), s.lastIndexOf('t', colon));
            if (separator <= 0) {
                return Optional.empty();
            }
            Optional<LocalTime> clock = clock(s.substring(separator + 1));
            if (clock.isEmpty()) {
                return Optional.empty();
            }
            time = clock.get();
            datePart = s.substring(0, separator).strip();
        }
        LocalTime at = time;
        return day(datePart, now).map(d -> d.atTime(at));
    }

    private static Optional<LocalTime> clock(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        int[] values = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 2 || PyText.skipAsciiDigits(parts[i], 0) != parts[i].length()) {
                return Optional.empty();
            }
            values[i] = Integer.parseInt(parts[i]);
        }
        return Optional.of(LocalTime.of(values[0], values[1], values[2]));
    }

    private static Optional<LocalDate> day(String s, LocalDateTime now) {
        String[] numeric = s.split("[-/.]", -1);
        if (numeric.length == 3 && allDigits(numeric)) {
            int a = Integer.parseInt(numeric[0]);
            int b = Integer.parseInt(numeric[1]);
            int c = Integer.parseInt(numeric[2]);
            if (numeric[0].length() == 4) {
                return Optional.of(LocalDate.of(a, b, c));
            }
            if (numeric[2].length() == 4) {
                return Optional.of(a > 12 ? LocalDate.of(c, b, a) : LocalDate.of(c, a, b));
            }
            return Optional.empty();
        }
        if (numeric.length == 1 && allDigits(numeric) && s.length() == 4) {
            return Optional.of(clampedDate(Integer.parseInt(s), now.getMonthValue(), now.getDayOfMonth()));
        }
        List<String> words = tokens(s);
        Integer month = null;
        Integer dayOfMonth = null;
        Integer year = null;
        for (String word : words) {
            Integer named = MONTHS.get(word);
            if (named != null && month == null) {
                month = named;
                continue;
            }
            String digits = stripOrdinal(word);
            if (digits == null) {
                return Optional.empty();
            }
            if (digits.length() == 4 && year == null) {
                year = Integer.parseInt(digits);
            } else if (digits.length() <= 2 && dayOfMonth == null) {
                dayOfMonth = Integer.parseInt(digits);
            } else {
                return Optional.empty();
            }
        }
        if (month == null || year == null) {
            return Optional.empty();
        }
        if (dayOfMonth == null) {
            return Optional.of(clampedDate(year, month, now.getDayOfMonth()));
        }
        return Optional.of(LocalDate.of(year, month, dayOfMonth));
    }

    private static LocalDate clampedDate(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    private static String stripOrdinal(String word) {
        int end = PyText.skipAsciiDigits(word, 0);
        if (end == 0 || end > 4) {
            return null;
        }
        String suffix = word.substring(end);
        if (suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th")) {
            return word.substring(0, end);
        }
        return null;
    }

    private static boolean allDigits(String[] parts) {
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || PyText.skipAsciiDigits(part, 0) != part.length()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> monthNames() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }

    private static Map<String, String> unitWords() {
        Map<String, String> units = new java.util.HashMap<>();
        for (String w : List.of("year", "years", "yr", "yrs", "y")) {
            units.put(w, "year");
        }
        for (String w : List.of("month", "months", "mo", "mos")) {
            units.put(w, "month");
        }
        for (String w : List.of("week", "weeks", "wk", "wks", "w")) {
            units.put(w, "week");
        }
        for (String w : List.of("day", "days", "d")) {
            units.put(w, "day");
        }
        for (String w : List.of("hour", "hours", "hr", "hrs", "h")) {
            units.put(w, "hour");
        }
        for (String w : List.of("minute", "minutes", "min", "mins", "m")) {
            units.put(w, "minute");
        }
        for (String w : List.of("second", "seconds", "sec", "secs", "s")) {
            units.put(w, "second");
        }
        return Map.copyOf(units);
    }
}
