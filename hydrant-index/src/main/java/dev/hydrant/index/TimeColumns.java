package dev.hydrant.index;

import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.CanvasViews;
import dev.hydrant.core.files.FileTimes;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The times search reads besides {@link FileColumns}: per file the earliest modified time a web domain gave it, and
 * its viewing statistics. Built from the store when the library opens (not part of the index snapshot) and kept
 * current after each commit, like the file columns.
 *
 * <p>Invariants: domain modified times are dense (one {@code long} per file id, {@link FileColumns#NULL_LONG} for
 * none; most downloaded files have one); viewing statistics are sparse (a map entry only for files with statistics,
 * an immutable {@link Viewing} replaced whole). One writer ({@link #update}, synchronized); readers see each value
 * old or new. The domain array grows by copying into a new array published through a volatile field.
 */
public final class TimeColumns {
    private static final CanvasType[] CANVASES = CanvasType.values();

    /** A file's viewing statistics, indexed by {@link CanvasType#ordinal()}. Immutable. */
    public static final class Viewing {
        private final int present;
        private final long[] views = new long[CANVASES.length];
        private final long[] viewtimeMs = new long[CANVASES.length];
        private final long mediaLastViewedMs;

        Viewing(Map<CanvasType, CanvasViews> canvases) {
            int bits = 0;
            long lastViewed = FileColumns.NULL_LONG;
            for (Map.Entry<CanvasType, CanvasViews> e : canvases.entrySet()) {
                int i = e.getKey().ordinal();
                bits |= 1 << i;
                views[i] = e.getValue().views();
                viewtimeMs[i] = e.getValue().viewtimeMs();
                if (e.getKey() == CanvasType.MEDIA_VIEWER && e.getValue().lastViewedMs() != null) {
                    lastViewed = e.getValue().lastViewedMs();
                }
            }
            this.present = bits;
            this.mediaLastViewedMs = lastViewed;
        }

        /** Whether the file has statistics on at least one of {@code canvases}. */
        public boolean hasAny(Set<CanvasType> canvases) {
            for (CanvasType c : canvases) {
                if ((present & (1 << c.ordinal())) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** The views (or viewing time in ms) summed over {@code canvases}. */
        public long sum(Set<CanvasType> canvases, boolean viewtime) {
            long total = 0;
            for (CanvasType c : canvases) {
                total += viewtime ? viewtimeMs[c.ordinal()] : views[c.ordinal()];
            }
            return total;
        }

        public long views(CanvasType canvas) {
            return views[canvas.ordinal()];
        }

        public long viewtimeMs(CanvasType canvas) {
            return viewtimeMs[canvas.ordinal()];
        }

        /** The media viewer's last viewed time, or {@link FileColumns#NULL_LONG}. */
        public long mediaLastViewedMs() {
            return mediaLastViewedMs;
        }
    }

    /** Visits one file's statistics. */
    @FunctionalInterface
    public interface ViewingVisitor {
        void visit(int fileId, Viewing viewing);
    }

    private volatile long[] domainModifiedMin = new long[0];
    private final ConcurrentHashMap<Integer, Viewing> viewing = new ConcurrentHashMap<>();

    /** Adds a batch read from the store (start-up). */
    public synchronized void load(Map<Long, FileTimes> batch) {
        for (Map.Entry<Long, FileTimes> e : batch.entrySet()) {
            write(Math.toIntExact(e.getKey()), e.getValue());
        }
    }

    /** Replaces the times of {@code fileIds} by their committed state; ids absent from {@code times} have none. */
    public synchronized void update(Collection<Long> fileIds, Map<Long, FileTimes> times) {
        for (Long id : fileIds) {
            write(Math.toIntExact(id), times.getOrDefault(id, FileTimes.NONE));
        }
    }

    private void write(int id, FileTimes t) {
        Long min = t.aggregateModifiedMs(null);
        long[] a = domainModifiedMin;
        if (min != null && id >= a.length) {
            int capacity = Math.max(1024, a.length);
            while (capacity <= id) {
                capacity = capacity < (1 << 20) ? capacity * 2 : capacity + (capacity >> 1);
            }
            long[] grown = Arrays.copyOf(a, capacity);
            Arrays.fill(grown, a.length, capacity, FileColumns.NULL_LONG);
            domainModifiedMin = grown;
            a = grown;
        }
        if (id < a.length) {
            a[id] = min == null ? FileColumns.NULL_LONG : min;
        }
        if (t.canvases().isEmpty()) {
            viewing.remove(id);
        } else {
            viewing.put(id, new Viewing(t.canvases()));
        }
    }

    /** The earliest domain modified time of a file, or {@link FileColumns#NULL_LONG}. */
    public long domainModifiedMin(int id) {
        long[] a = domainModifiedMin;
        return id < a.length ? a[id] : FileColumns.NULL_LONG;
    }

    /**
     * Hydrus's aggregate modified time: the earliest of the file's modified time column and its domain modified
     * times, or {@link FileColumns#NULL_LONG}.
     */
    public long modifiedMs(FileColumns.Data d, int id) {
        long own = id < d.capacity ? d.modifiedMs[id] : FileColumns.NULL_LONG;
        long domain = domainModifiedMin(id);
        if (own == FileColumns.NULL_LONG) {
            return domain;
        }
        return domain == FileColumns.NULL_LONG ? own : Math.min(own, domain);
    }

    /** A file's viewing statistics, or null when it has none. */
    public Viewing viewing(int id) {
        return viewing.get(id);
    }

    /** Every file with viewing statistics (weakly consistent while a commit runs). */
    public void forEachViewing(ViewingVisitor visitor) {
        viewing.forEach(visitor::visit);
    }

    /** How many files have viewing statistics. */
    public int countViewed() {
        return viewing.size();
    }
}
