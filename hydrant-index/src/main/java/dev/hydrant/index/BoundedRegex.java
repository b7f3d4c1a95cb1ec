package dev.hydrant.index;

import java.util.regex.Pattern;

/**
 * Runs a regular expression under a budget of character reads per text, so that a pattern that backtracks
 * catastrophically ({@code (a+)+$} on a long URL) stops instead of pinning a CPU: Java's matcher reads its input
 * only through {@link CharSequence#charAt}, and each read spends one unit. The count is deterministic (no clocks).
 * Deep recursion in the matcher is treated the same way.
 */
final class BoundedRegex {
    /** Reads allowed for one text: far above what any reasonable pattern needs on a URL. */
    static final long READS_PER_TEXT = 1_000_000;

    /** The pattern needed more than its budget on some text. */
    static final class TooExpensive extends RuntimeException {
        TooExpensive() {
            super("regex over budget", null, false, false);
        }
    }

    private final Pattern pattern;
    private final long budget;

    BoundedRegex(Pattern pattern, long budget) {
        this.pattern = pattern;
        this.budget = budget;
    }

    /**
     * Python's {@code re.search}: whether the pattern matches anywhere in {@code text}.
     *
     * @throws TooExpensive when the match needs more than the budget
     */
    boolean find(String text) {
        try {
            return pattern.matcher(new Budgeted(text, 0, text.length(), new long[]{budget})).find();
        } catch (StackOverflowError e) {
            throw new TooExpensive();
        }
    }

    /** A text whose reads draw from a shared counter. */
    private record Budgeted(String text, int start, int end, long[] left) implements CharSequence {
        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new TooExpensive();
            }
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Budgeted(text, start + from, start + to, left);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
