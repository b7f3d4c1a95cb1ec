package dev.hydrant.index;

import dev.hydrant.core.search.FileSortType;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntToLongFunction;

/**
 * Orders search results as hydrus's {@code file_sort_type} does, from the columns. Sorting is stable and starts from
 * increasing file id, so files with equal values keep that order in both directions (as Python's
 * {@code sort(reverse=True)} keeps hydrus's own tie order). Values a file lacks sort first ascending and last
 * descending, except for the hash, blurhash and average-colour sorts (21–27), where they are last either way.
 * Multi-part keys (ratios of colours, bitrates) are sorted part by part, least significant first.
 */
final class ResultOrder {
    private ResultOrder() {
    }

    /**
     * @param ids    increasing file ids (reordered in place and returned)
     * @param counts per-file tag counts for {@link FileSortType#NUM_TAGS}, else unused (may be null)
     * @param times  viewing statistics and domain modified times (views, viewtime, last viewed, modified sorts)
     */
    static int[] sort(int[] ids, FileColumns.Data d, FileSortType sort, boolean ascending, int[] counts,
                      TimeColumns times) {
        if (ids.length < 2) {
            return ids;
        }
        boolean up = sort.ascendingIsIncreasing() == ascending;
        switch (sort) {
            case RANDOM -> shuffle(ids);
            case FILE_SIZE -> by(ids, up, id -> d.size[id]);
            case DURATION -> by(ids, up, id -> d.durationMs[id]);
            case IMPORT_TIME -> by(ids, up, id -> d.importedMs[id]);
            case FILETYPE -> by(ids, up, id -> d.fileType(id).number());
            case WIDTH -> by(ids, up, id -> intKey(d.width[id]));
            case HEIGHT -> by(ids, up, id -> intKey(d.height[id]));
            case RATIO -> by(ids, up, id -> {
                int w = d.width[id];
                int h = d.height[id];
                return w == FileColumns.NULL_INT || h == FileColumns.NULL_INT || h == 0 ? Long.MIN_VALUE
                        : doubleKey((double) w / h);
            });
            case NUM_PIXELS -> by(ids, up, id -> {
                int w = d.width[id];
                int h = d.height[id];
                return w == FileColumns.NULL_INT || h == FileColumns.NULL_INT ? Long.MIN_VALUE : (long) w * h;
            });
            case NUM_TAGS -> by(ids, up, id -> counts == null || id >= counts.length ? 0 : counts[id]);
            case MEDIA_VIEWS -> by(ids, up, id -> interesting(times, id, false));
            case MEDIA_VIEWTIME -> by(ids, up, id -> interesting(times, id, true));
            case NUM_COLLECTION_FILES -> {
                // no collections: every file has the same value
            }
            case LAST_VIEWED_TIME -> by(ids, up, id -> {
                TimeColumns.Viewing v = times.viewing(id);
                return v == null ? FileColumns.NULL_LONG : v.mediaLastViewedMs();
            });
            case APPROXIMATE_BITRATE -> {
                by(ids, up, id -> doubleKey(bitrate(d, id)[1]));
                by(ids, up, id -> doubleKey(bitrate(d, id)[0]));
            }
            case HAS_AUDIO -> by(ids, up, id -> (d.bits[id] & FileColumns.AUDIO) != 0 ? 1 : 0);
            case MODIFIED_TIME -> by(ids, up, id -> times.modifiedMs(d, id));
            case FRAMERATE -> by(ids, up, id -> {
                Double f = SystemTerms.framerate(d, id);
                return f == null ? Long.MIN_VALUE : doubleKey(f);
            });
            case NUM_FRAMES -> by(ids, up, id -> intKey(d.frames[id]));
            case ARCHIVE_TIME -> by(ids, up, id -> d.archivedMs[id]);
            case HASH -> by(ids, up, id -> d.sha256Prefix(id) ^ Long.MIN_VALUE);
            case PIXEL_HASH -> {
                by(ids, up, id -> d.pixelHashPrefix[id] ^ Long.MIN_VALUE);
                missingLast(ids, id -> (d.bits[id] & FileColumns.PIXEL_HASH) == 0);
            }
            case BLURHASH -> {
                by(ids, up, id -> d.blurhashKey[id]);
                missingLast(ids, id -> d.blurhashKey[id] == FileColumns.NULL_LONG);
            }
            case AVERAGE_COLOUR_LIGHTNESS -> colour(ids, d, up, lab -> lab[0], lab -> chroma(lab));
            case AVERAGE_COLOUR_CHROMATIC_MAGNITUDE -> colour(ids, d, up, ResultOrder::chroma, lab -> lab[0]);
            case AVERAGE_COLOUR_GREEN_RED -> colour(ids, d, up, lab -> lab[1], lab -> -lab[0]);
            case AVERAGE_COLOUR_BLUE_YELLOW -> colour(ids, d, up, lab -> lab[2], lab -> -lab[0]);
            case AVERAGE_COLOUR_HUE -> {
                java.util.function.IntToDoubleFunction hue = id -> Blurhashes.hsl(d.averageColour[id])[0];
                by(ids, up, id -> d.averageColour[id] < 0 ? 0 : doubleKey(-Blurhashes.hsl(d.averageColour[id])[1]));
                by(ids, up, id -> d.averageColour[id] < 0 ? 0 : doubleKey(hue.applyAsDouble(id)));
                // greys (saturation < 0.03) at the bottom in both directions
                by(ids, true, id -> {
                    int rgb = d.averageColour[id];
                    return rgb >= 0 && Blurhashes.hsl(rgb)[1] < 0.03 ? 1 : 0;
                });
                missingLast(ids, id -> d.averageColour[id] < 0);
            }
        }
        return ids;
    }

    /** Views (or viewing time) summed over hydrus's default interesting canvases; 0 for an unviewed file. */
    private static long interesting(TimeColumns times, int id, boolean viewtime) {
        TimeColumns.Viewing v = times.viewing(id);
        return v == null ? 0 : v.sum(dev.hydrant.core.files.CanvasType.INTERESTING, viewtime);
    }

    private static double chroma(double[] lab) {
        return lab[1] * lab[1] + lab[2] * lab[2];
    }

    private static void colour(int[] ids, FileColumns.Data d, boolean up,
                               java.util.function.ToDoubleFunction<double[]> primary,
                               java.util.function.ToDoubleFunction<double[]> secondary) {
        by(ids, up, id -> d.averageColour[id] < 0 ? 0 : doubleKey(secondary.applyAsDouble(Blurhashes.lab(d.averageColour[id]))));
        by(ids, up, id -> d.averageColour[id] < 0 ? 0 : doubleKey(primary.applyAsDouble(Blurhashes.lab(d.averageColour[id]))));
        missingLast(ids, id -> d.averageColour[id] < 0);
    }

    /**
     * Hydrus's approximate bitrate key: (bytes per second, bytes per second per frame) for timed media;
     * (0, bytes per pixel) for still media; -1 parts where the size or dimensions are unknown.
     */
    static double[] bitrate(FileColumns.Data d, int id) {
        long size = d.size[id];
        long duration = d.durationMs[id];
        if (duration == FileColumns.NULL_LONG || duration == 0) {
            if (size <= 0) {
                return new double[]{-1, -1};
            }
            int w = d.width[id];
            int h = d.height[id];
            if (w == FileColumns.NULL_INT || h == FileColumns.NULL_INT || w == 0 || h == 0) {
                return new double[]{0, -1};
            }
            return new double[]{0, (double) size / ((long) w * h)};
        }
        if (size <= 0) {
            return new double[]{-1, -1};
        }
        double perSecond = size / (duration / 1000.0);
        int frames = d.frames[id];
        return new double[]{perSecond, frames == FileColumns.NULL_INT || frames == 0 ? 0 : perSecond / frames};
    }

    private static long intKey(int v) {
        return v == FileColumns.NULL_INT ? Long.MIN_VALUE : v;
    }

    /** A long whose signed order is the double's order. */
    static long doubleKey(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    }

    private static void shuffle(int[] ids) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = ids.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
    }

    /** Moves files without a value after the others, keeping both groups' order. */
    private static void missingLast(int[] ids, java.util.function.IntPredicate missing) {
        int[] out = new int[ids.length];
        int n = 0;
        for (int id : ids) {
            if (!missing.test(id)) {
                out[n++] = id;
            }
        }
        for (int id : ids) {
            if (missing.test(id)) {
                out[n++] = id;
            }
        }
        System.arraycopy(out, 0, ids, 0, ids.length);
    }

    /** Stable sort of {@code ids} by {@code key}, increasing when {@code up}, else decreasing. */
    static void by(int[] ids, boolean up, IntToLongFunction key) {
        int n = ids.length;
        // ids are given in increasing id order, which is mostly import order: often the keys are already in order
        // (import time ascending) or strictly in reverse (import time descending), and need no sort at all. That is
        // checked before any key array is allocated: on millions of files the allocation (and the GC work it causes)
        // costs far more than the check.
        boolean ordered = true;
        boolean strictlyReversed = true;
        long previous = 0;
        for (int i = 0; i < n && (ordered || strictlyReversed); i++) {
            long k = key.applyAsLong(ids[i]);
            k = up ? k : ~k;
            if (i > 0) {
                ordered &= previous <= k;
                strictlyReversed &= previous > k;
            }
            previous = k;
        }
        if (ordered) {
            return;
        }
        if (strictlyReversed) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = ids[i];
                ids[i] = ids[j];
                ids[j] = t;
            }
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long k = key.applyAsLong(ids[i]);
            keys[i] = up ? k : ~k;
        }
        radixSort(keys, ids);
    }

    /** Stable LSD radix sort of (keys, values) by signed key, 16 bits a pass, passes whose digit never varies skipped. */
    static void radixSort(long[] keys, int[] values) {
        int n = keys.length;
        if (n < 64) {
            insertionSort(keys, values);
            return;
        }
        long[] k2 = new long[n];
        int[] v2 = new int[n];
        int[] count = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            Arrays.fill(count, 0);
            for (long k : keys) {
                count[digit(k, shift)]++;
            }
            if (count[digit(keys[0], shift)] == n) {
                continue;
            }
            int sum = 0;
            for (int i = 0; i < count.length; i++) {
                int c = count[i];
                count[i] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = count[digit(keys[i], shift)]++;
                k2[at] = keys[i];
                v2[at] = values[i];
            }
            System.arraycopy(k2, 0, keys, 0, n);
            System.arraycopy(v2, 0, values, 0, n);
        }
    }

    private static int digit(long key, int shift) {
        long unsigned = key ^ Long.MIN_VALUE;
        return (int) ((unsigned >>> shift) & 0xFFFF);
    }

    private static void insertionSort(long[] keys, int[] values) {
        for (int i = 1; i < keys.length; i++) {
            long k = keys[i];
            int v = values[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > k) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
    }
}
