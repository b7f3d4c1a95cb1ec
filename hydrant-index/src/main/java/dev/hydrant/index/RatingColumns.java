package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.ratings.RatingIndex;
import dev.hydrant.core.ratings.StoredRating;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every rating of every rating service in memory: per service, one array indexed by file id — stored fractions
 * (like/dislike and numerical services) or counts (inc/dec services) — so rating predicates read memory, never SQL.
 *
 * <p>Invariants: a file without a rating has {@code NaN} as its fraction and 0 as its count. One writer ({@link #set},
 * called after each commit in commit order, and {@link #load} before any reader) writes values in place — single
 * primitive writes, so a reader sees each value old or new — and grows an array by copying it into a new one
 * published through a volatile field. The service map is copied on change and published the same way.
 */
public final class RatingColumns implements RatingIndex {
    /** One service's ratings. A reader reads through {@link #fraction} and {@link #count}. */
    public static final class Column {
        private volatile double[] fractions = new double[0];
        private volatile long[] counts = new long[0];

        /** The stored fraction, or NaN when the file has none. */
        public double fraction(int fileId) {
            double[] f = fractions;
            return fileId < f.length ? f[fileId] : Double.NaN;
        }

        /** The stored count, 0 when the file has none. */
        public long count(int fileId) {
            long[] c = counts;
            return fileId < c.length ? c[fileId] : 0;
        }

        /** Whether the file has a rating (a fraction, or a count above zero). */
        public boolean rated(int fileId) {
            return !Double.isNaN(fraction(fileId)) || count(fileId) > 0;
        }

        private void put(int fileId, StoredRating rating) {
            double[] f = fractions;
            long[] c = counts;
            switch (rating) {
                case null -> {
                    if (fileId < f.length) {
                        f[fileId] = Double.NaN;
                    }
                    if (fileId < c.length) {
                        c[fileId] = 0;
                    }
                }
                case StoredRating.Fraction fraction -> {
                    if (fileId >= f.length) {
                        double[] grown = Arrays.copyOf(f, grownLength(f.length, fileId));
                        Arrays.fill(grown, f.length, grown.length, Double.NaN);
                        grown[fileId] = fraction.value();
                        fractions = grown;
                    } else {
                        f[fileId] = fraction.value();
                    }
                    if (fileId < c.length) {
                        c[fileId] = 0;
                    }
                }
                case StoredRating.Count count -> {
                    if (fileId >= c.length) {
                        long[] grown = Arrays.copyOf(c, grownLength(c.length, fileId));
                        grown[fileId] = count.value();
                        counts = grown;
                    } else {
                        c[fileId] = count.value();
                    }
                    if (fileId < f.length) {
                        f[fileId] = Double.NaN;
                    }
                }
            }
        }

        private static int grownLength(int length, int fileId) {
            return Math.max(fileId + 1, length + (length >> 1) + 16);
        }
    }

    private volatile Map<ByteKey, Column> columns = Map.of();

    /** The ratings of a service, or null when it has none. */
    public Column column(ByteKey service) {
        return columns.get(service);
    }

    @Override
    public synchronized void load(ByteKey service, long fileId, StoredRating rating) {
        columnFor(service).put(checkedId(fileId), rating);
    }

    @Override
    public synchronized void set(ByteKey service, Collection<Long> fileIds, StoredRating rating) {
        Column column = rating == null ? columns.get(service) : columnFor(service);
        if (column == null) {
            return;
        }
        for (Long id : fileIds) {
            column.put(checkedId(id), rating);
        }
    }

    @Override
    public synchronized void dropService(ByteKey service) {
        if (columns.containsKey(service)) {
            Map<ByteKey, Column> copy = new HashMap<>(columns);
            copy.remove(service);
            columns = Map.copyOf(copy);
        }
    }

    private Column columnFor(ByteKey service) {
        Column column = columns.get(service);
        if (column == null) {
            column = new Column();
            Map<ByteKey, Column> copy = new HashMap<>(columns);
            copy.put(service, column);
            columns = Map.copyOf(copy);
        }
        return column;
    }

    private static int checkedId(long fileId) {
        if (fileId < 0 || fileId >= Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("file id out of range: " + fileId);
        }
        return (int) fileId;
    }
}
