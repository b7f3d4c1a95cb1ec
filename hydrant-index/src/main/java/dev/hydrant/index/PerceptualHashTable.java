package dev.hydrant.index;

import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;

/**
 * Every stored perceptual hash (hydrus's 64-bit shape hash) with the file it belongs to, and the search "files with a
 * hash within Hamming distance N of one of these hashes".
 *
 * <p>Layout: parallel primitive arrays {@code hashes[slot]} and {@code owners[slot]} (the file id, {@code -1} once the
 * slot is removed); a file's hashes occupy consecutive slots ({@code first[file]}, {@code count[file]}). Slots
 * {@code [0, indexed)} also have a band index (multi-index hashing): the 64 bits are cut into four 16-bit bands, and
 * per band the hashes (with their slots) are copied in order of that band's value ({@code starts} gives each value's
 * run), so a run is read sequentially. Two hashes
 * within distance {@code d} agree within {@code d / 4} bits on at least one band (pigeonhole), so a search visits only
 * the runs of band values within {@code d / 4} bits of the query's bands and checks each candidate's full distance.
 * Slots {@code [indexed, size)} — appended since the last rebuild — and searches whose runs would hold more candidates
 * than a scan costs are answered by a popcount scan ({@link #scan}, also the reference the tests compare with).
 *
 * <p>Concurrency: one writer at a time (the methods that change anything are synchronized); searches take no lock.
 * A search reads one published {@link View} (volatile): slots below its {@code size} were written before it was
 * published. The writer appends beyond the published size, removes by writing {@code -1} owners in place (a search
 * running at that moment may still see the file), grows arrays by copying into new ones, and rebuilds the band index
 * (dropping removed slots) into new arrays when the appended tail or the removed slots grow large.
 */
public final class PerceptualHashTable {
    static final int BANDS = 4;
    private static final int BAND_VALUES = 1 << 16;
    /** Below this many live hashes no band index is built: a scan of them is as fast as any lookup. */
    static final int MIN_INDEXED = 1 << 15;
    /** The appended tail or the removed slots may reach this (or an eighth of the index) before a rebuild. */
    static final int MIN_REBUILD = 1 << 16;
    /** Bands are searched for distances up to {@code 4 * MAX_RADIUS + 3}; larger ones scan. */
    static final int MAX_RADIUS = 3;
    /**
     * The cost model choosing between the band index and a scan, in scanned slots: a candidate read from a run costs
     * {@code CANDIDATE_COST}, reaching a run (a jump in memory) {@code RUN_COST}.
     */
    private static final int CANDIDATE_COST = 2;
    private static final int RUN_COST = 64;
    private static final int[][] MASKS_WITHIN = masksWithin(MAX_RADIUS);

    /** The slot arrays; grown by copying. */
    private static final class Slots {
        final long[] hashes;
        final int[] owners;

        Slots(int capacity) {
            hashes = new long[capacity];
            owners = new int[capacity];
        }
    }

    /**
     * Per band, the slots {@code [0, indexed)} ordered by that band's value ({@code starts[b][v]} begins value v): the
     * hashes themselves in that order (a lookup reads its runs sequentially) and their slots (read on a match).
     */
    private record Bands(int indexed, int[][] starts, long[][] hashes, int[][] slots) {
    }

    /** What a search reads, published at once. {@code first} holds slot + 1 (0: none). */
    private record View(Slots slots, int size, Bands bands, int[] first, short[] count) {
    }

    private volatile View view = new View(new Slots(16), 0, null, new int[16], new short[16]);
    /** Slots whose owner is -1 (writer only). */
    private int removed;
    /** The file {@link #load} appended last (writer only). */
    private int lastLoaded = -1;

    /** Appends one hash of a file while loading (hashes of a file consecutively); {@link #finishLoading} indexes. */
    public synchronized void load(int fileId, long hash) {
        View v = view;
        boolean fresh = fileId >= v.first.length || v.first[fileId] == 0;
        if (fileId != lastLoaded && fresh) {
            View grown = ensure(v, v.size + 1, fileId);
            grown.slots.hashes[grown.size] = hash;
            grown.slots.owners[grown.size] = fileId;
            grown.first[fileId] = grown.size + 1;
            grown.count[fileId] = 1;
            view = new View(grown.slots, grown.size + 1, grown.bands, grown.first, grown.count);
        } else if (fileId != lastLoaded) {
            long[] merged = Arrays.copyOf(hashesOf(v, fileId), v.count[fileId] + 1);
            merged[merged.length - 1] = hash;
            replaceWithoutRebuild(fileId, merged);
        } else {
            View grown = ensure(v, v.size + 1, fileId);
            grown.slots.hashes[grown.size] = hash;
            grown.slots.owners[grown.size] = fileId;
            grown.count[fileId]++;
            view = new View(grown.slots, grown.size + 1, grown.bands, grown.first, grown.count);
        }
        lastLoaded = fileId;
    }

    /** Builds the band index over what {@link #load} appended. */
    public synchronized void finishLoading() {
        lastLoaded = -1;
        rebuild();
    }

    /** Replaces a file's hashes (distinct values kept); an empty array removes them. */
    public synchronized void replace(int fileId, long[] hashes) {
        lastLoaded = -1;
        replaceWithoutRebuild(fileId, hashes);
        View v = view;
        int indexed = v.bands == null ? 0 : v.bands.indexed;
        int tail = v.size - indexed;
        int live = v.size - removed;
        if ((v.bands == null && live >= MIN_INDEXED && tail >= MIN_REBUILD)
                || (v.bands != null && tail > Math.max(MIN_REBUILD, indexed / 8))
                || removed > Math.max(MIN_REBUILD, v.size / 4)) {
            rebuild();
        }
    }

    private void replaceWithoutRebuild(int fileId, long[] hashes) {
        long[] distinct = Arrays.stream(hashes).distinct().toArray();
        if (distinct.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many perceptual hashes for one file: " + distinct.length);
        }
        View v = ensure(view, view.size + distinct.length, fileId);
        int first = v.first[fileId] - 1;
        if (first >= 0) {
            for (int s = first; s < first + v.count[fileId]; s++) {
                v.slots.owners[s] = -1;
                removed++;
            }
        }
        int at = v.size;
        for (long h : distinct) {
            v.slots.hashes[at] = h;
            v.slots.owners[at] = fileId;
            at++;
        }
        v.first[fileId] = distinct.length == 0 ? 0 : v.size + 1;
        v.count[fileId] = (short) distinct.length;
        view = new View(v.slots, at, v.bands, v.first, v.count);
    }

    /** {@code v} with room for {@code slots} slots and for {@code fileId} (new arrays where needed, not published). */
    private static View ensure(View v, int slots, int fileId) {
        Slots s = v.slots;
        if (slots > s.hashes.length) {
            s = new Slots(grow(s.hashes.length, slots));
            System.arraycopy(v.slots.hashes, 0, s.hashes, 0, v.size);
            System.arraycopy(v.slots.owners, 0, s.owners, 0, v.size);
        }
        int[] first = v.first;
        short[] count = v.count;
        if (fileId >= first.length) {
            int n = grow(first.length, fileId + 1);
            first = Arrays.copyOf(first, n);
            count = Arrays.copyOf(count, n);
        }
        return new View(s, v.size, v.bands, first, count);
    }

    private static int grow(int current, int needed) {
        long n = Math.max(16, current);
        while (n < needed) {
            n = n < (1 << 20) ? n * 2 : n + (n >> 1);
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 16);
    }

    /** Drops removed slots, renumbers, rebuilds the band index and publishes it. */
    private void rebuild() {
        View v = view;
        int live = v.size - removed;
        Slots s = new Slots(grow(16, live + live / 8));
        int[] first = new int[v.first.length];
        short[] count = new short[v.count.length];
        int at = 0;
        for (int i = 0; i < v.size; i++) {
            int owner = v.slots.owners[i];
            if (owner < 0) {
                continue;
            }
            s.hashes[at] = v.slots.hashes[i];
            s.owners[at] = owner;
            if (first[owner] == 0) {
                first[owner] = at + 1;
            }
            count[owner]++;
            at++;
        }
        removed = 0;
        Bands bands = at >= MIN_INDEXED ? bands(s.hashes, at) : null;
        view = new View(s, at, bands, first, count);
    }

    /** A counting sort of the slots by each band's value. */
    private static Bands bands(long[] hashes, int n) {
        int[][] starts = new int[BANDS][];
        long[][] ordered = new long[BANDS][];
        int[][] slots = new int[BANDS][];
        for (int b = 0; b < BANDS; b++) {
            int shift = 16 * b;
            int[] start = new int[BAND_VALUES + 1];
            for (int i = 0; i < n; i++) {
                start[(int) (hashes[i] >>> shift) & 0xFFFF]++;
            }
            int sum = 0;
            for (int value = 0; value < BAND_VALUES; value++) {
                int c = start[value];
                start[value] = sum;
                sum += c;
            }
            start[BAND_VALUES] = sum;
            int[] next = Arrays.copyOf(start, BAND_VALUES);
            int[] order = new int[n];
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                int at = next[(int) (hashes[i] >>> shift) & 0xFFFF]++;
                order[at] = i;
                values[at] = hashes[i];
            }
            starts[b] = start;
            ordered[b] = values;
            slots[b] = order;
        }
        return new Bands(n, starts, ordered, slots);
    }

    /** The file's hashes (empty when it has none). */
    public long[] hashesOf(int fileId) {
        View v = view;
        long[] found = validHashesOf(v, fileId);
        if (found != null) {
            return found;
        }
        synchronized (this) {
            // a writer was changing this file while we read: read again under its lock
            return hashesOf(view, fileId);
        }
    }

    /** The hashes the view holds for the file, or null when a concurrent change made the view's entries disagree. */
    private static long[] validHashesOf(View v, int fileId) {
        if (fileId < 0 || fileId >= v.first.length) {
            return new long[0];
        }
        int first = v.first[fileId] - 1;
        int n = v.count[fileId];
        if (first < 0) {
            return new long[0];
        }
        if (first + n > v.size) {
            return null;
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            if (v.slots.owners[first + i] != fileId) {
                return null;
            }
            out[i] = v.slots.hashes[first + i];
        }
        return out;
    }

    private static long[] hashesOf(View v, int fileId) {
        if (fileId < 0 || fileId >= v.first.length || v.first[fileId] == 0) {
            return new long[0];
        }
        int first = v.first[fileId] - 1;
        return Arrays.copyOfRange(v.slots.hashes, first, first + v.count[fileId]);
    }

    /** How many hashes are stored (live slots). */
    public synchronized int size() {
        return view.size - removed;
    }

    /** Whether the band index exists (enough hashes for it). */
    public boolean banded() {
        return view.bands != null;
    }

    /** Heap bytes of the arrays. */
    public long approximateBytes() {
        View v = view;
        long bytes = 12L * v.slots.hashes.length + 6L * v.first.length;
        if (v.bands != null) {
            bytes += BANDS * (12L * v.bands.indexed + 4L * (BAND_VALUES + 1));
        }
        return bytes;
    }

    /**
     * The files with a hash within {@code distance} bits of one of {@code queries} (hydrus's "similar files":
     * distance 0 is equality).
     */
    public RoaringBitmap within(long[] queries, int distance) {
        View v = view;
        IntBuffer out = new IntBuffer();
        if (queries.length == 0 || distance < 0) {
            return new RoaringBitmap();
        }
        Bands b = v.bands;
        int scanFrom = 0;
        if (b != null && distance / BANDS <= MAX_RADIUS) {
            int[] masks = MASKS_WITHIN[distance / BANDS];
            long candidates = 0;
            for (long q : queries) {
                for (int band = 0; band < BANDS; band++) {
                    int value = (int) (q >>> (16 * band)) & 0xFFFF;
                    int[] start = b.starts[band];
                    for (int m : masks) {
                        candidates += start[(value ^ m) + 1] - start[value ^ m];
                    }
                }
            }
            long runs = (long) masks.length * BANDS * queries.length;
            if (candidates * CANDIDATE_COST + runs * RUN_COST < (long) b.indexed * queries.length) {
                lookUp(v, b, masks, queries, distance, out);
                scanFrom = b.indexed;
            }
        }
        scan(v, scanFrom, v.size, queries, distance, out);
        return out.toBitmap();
    }

    /** The reference answer: a popcount scan of every slot. */
    public RoaringBitmap scan(long[] queries, int distance) {
        View v = view;
        IntBuffer out = new IntBuffer();
        if (distance >= 0) {
            scan(v, 0, v.size, queries, distance, out);
        }
        return out.toBitmap();
    }

    private static void lookUp(View v, Bands b, int[] masks, long[] queries, int distance, IntBuffer out) {
        int[] owners = v.slots.owners;
        for (long q : queries) {
            for (int band = 0; band < BANDS; band++) {
                int value = (int) (q >>> (16 * band)) & 0xFFFF;
                int[] start = b.starts[band];
                long[] hashes = b.hashes[band];
                for (int m : masks) {
                    int key = value ^ m;
                    for (int i = start[key], end = start[key + 1]; i < end; i++) {
                        if (Long.bitCount(hashes[i] ^ q) <= distance) {
                            int owner = owners[b.slots[band][i]];
                            if (owner >= 0) {
                                out.add(owner);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void scan(View v, int from, int to, long[] queries, int distance, IntBuffer out) {
        long[] hashes = v.slots.hashes;
        int[] owners = v.slots.owners;
        if (queries.length == 1) {
            long q = queries[0];
            for (int i = from; i < to; i++) {
                if (Long.bitCount(hashes[i] ^ q) <= distance) {
                    int owner = owners[i];
                    if (owner >= 0) {
                        out.add(owner);
                    }
                }
            }
            return;
        }
        for (int i = from; i < to; i++) {
            long h = hashes[i];
            for (long q : queries) {
                if (Long.bitCount(h ^ q) <= distance) {
                    int owner = owners[i];
                    if (owner >= 0) {
                        out.add(owner);
                    }
                    break;
                }
            }
        }
    }

    /** Per radius r, every 16-bit mask with at most r bits set. */
    private static int[][] masksWithin(int maxRadius) {
        int[][] out = new int[maxRadius + 1][];
        for (int r = 0; r <= maxRadius; r++) {
            int radius = r;
            out[r] = java.util.stream.IntStream.range(0, BAND_VALUES).filter(m -> Integer.bitCount(m) <= radius)
                    .toArray();
        }
        return out;
    }

    /** A growable int list for results (owners may repeat; the bitmap keeps each once). */
    private static final class IntBuffer {
        private int[] values = new int[16];
        private int n;

        void add(int v) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        RoaringBitmap toBitmap() {
            return RoaringBitmap.bitmapOfUnordered(Arrays.copyOf(values, n));
        }
    }
}
