package dev.hydrant.bench;

import dev.hydrant.index.PerceptualHashTable;
import org.roaringbitmap.RoaringBitmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Similar-files search ({@code system:similar to}) at N perceptual hashes: the index's search (band index for small
 * distances, popcount scan otherwise), its plain popcount scan over the primitive arrays, and a same-run baseline — a
 * straightforward per-file loop over boxed objects (each file an object holding a {@code List<Long>} of hashes,
 * results in a {@code HashSet<Integer>}), what a first implementation would write. All three must give the same
 * files for every query; the benchmark checks that before timing anything.
 *
 * <p>Corpus (deterministic, seed 682): one hash per file; 85 % of files random 64-bit hashes, 15 % near duplicates
 * of an earlier file (1–6 bits flipped), so searches find clusters as they do in a real library. Queries are hashes
 * of existing files (half of them from clusters) at hydrus's usual distances (0 exact, 4 default for files, 8 default
 * for data, 12 wide).
 *
 * <p>Usage: {@code bench/similar.sh [hashes...]} (default 1000000 10000000).
 */
public final class SimilarBenchmark {
    private static final int[] DISTANCES = {0, 4, 8, 12};
    private static final int QUERIES = 200;
    private static final int BASELINE_QUERIES = 20;

    /** The baseline's file: an object per file with boxed hashes. */
    private record BoxedFile(Integer id, List<Long> hashes) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000_000, 10_000_000);
        }
        System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        for (int n : sizes) {
            run(n);
        }
        storeLoad(sizes.get(sizes.size() - 1));
    }

    /**
     * Start-up cost: N rows in the store's {@code perceptual_hashes} table (written by JDBC into a fresh data folder),
     * then the index loaded from them as {@code Library.open} does (JDBC read in primary-key order + build).
     */
    private static void storeLoad(int n) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("hydrant-similar-bench-");
        dev.hydrant.app.DataFolder data = new dev.hydrant.app.DataFolder(folder);
        try {
            dev.hydrant.app.Library.open(data).close();
            Random random = new Random(682);
            long start = System.nanoTime();
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.database())) {
                c.setAutoCommit(false);
                try (var st = c.prepareStatement("INSERT INTO perceptual_hashes (hash_id, phash) VALUES (?, ?)")) {
                    for (int i = 1; i <= n; i++) {
                        st.setLong(1, i);
                        st.setLong(2, random.nextLong());
                        st.addBatch();
                        if (i % 100_000 == 0) {
                            st.executeBatch();
                        }
                    }
                    st.executeBatch();
                }
                c.commit();
            }
            System.out.printf("%n== start-up: %,d rows written in %,d ms%n", n, (System.nanoTime() - start) / 1_000_000);
            try (dev.hydrant.app.Library library = dev.hydrant.app.Library.open(data)) {
                System.gc();
                long t0 = System.nanoTime();
                dev.hydrant.index.SimilarFilesIndex index = new dev.hydrant.index.SimilarFilesIndex();
                index.load(library.files(), library.searchEngine().columns().data());
                System.out.printf("similar-files index loaded from SQLite in %,d ms (%,d hashes)%n",
                        (System.nanoTime() - t0) / 1_000_000, index.perceptual().size());
            }
        } finally {
            try (var paths = java.nio.file.Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(int n) {
        Random random = new Random(682);
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(100) < 15) {
                long h = hashes[random.nextInt(i)];
                int flips = 1 + random.nextInt(6);
                for (int f = 0; f < flips; f++) {
                    h ^= 1L << random.nextInt(64);
                }
                hashes[i] = h;
            } else {
                hashes[i] = random.nextLong();
            }
        }
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        PerceptualHashTable table = new PerceptualHashTable();
        for (int i = 0; i < n; i++) {
            table.load(i + 1, hashes[i]);
        }
        table.finishLoading();
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long tableHeap = usedHeap() - heapBefore;
        System.out.printf("%n== %,d perceptual hashes: index built in %,d ms, %.1f MiB (%.1f bytes per hash), band "
                + "index %s%n", n, buildMs, tableHeap / 1048576.0, (double) tableHeap / n, table.banded());

        List<BoxedFile> boxed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boxed.add(new BoxedFile(i + 1, new ArrayList<>(List.of(hashes[i]))));
        }
        System.gc();
        long boxedHeap = usedHeap() - heapBefore - tableHeap;
        System.out.printf("baseline objects: %.1f MiB (%.1f bytes per hash)%n", boxedHeap / 1048576.0,
                (double) boxedHeap / n);

        long[] queries = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            queries[i] = hashes[i % 2 == 0 ? n - 1 - random.nextInt(Math.max(1, n / 10)) : random.nextInt(n)];
        }
        // agreement first, and JIT warm-up
        long matches = 0;
        for (int d : DISTANCES) {
            for (int i = 0; i < BASELINE_QUERIES; i++) {
                long[] q = {queries[i]};
                RoaringBitmap fast = table.within(q, d);
                RoaringBitmap scan = table.scan(q, d);
                Set<Integer> slow = baseline(boxed, q[0], d);
                RoaringBitmap slowBitmap = new RoaringBitmap();
                slow.forEach(slowBitmap::add);
                if (!fast.equals(scan) || !fast.equals(slowBitmap)) {
                    throw new IllegalStateException("results differ at distance " + d + " for " + q[0]);
                }
                matches += fast.getLongCardinality();
            }
        }
        System.out.printf("agreement checked on %d queries (%,d matches in all)%n",
                DISTANCES.length * BASELINE_QUERIES, matches);
        // JIT warm-up of the index's paths (the timed loops then measure compiled code)
        long warm = 0;
        for (int round = 0; round < 20; round++) {
            for (int d : DISTANCES) {
                for (long q : queries) {
                    warm += table.within(new long[]{q}, d).getLongCardinality();
                }
            }
            warm += table.scan(new long[]{queries[round]}, 4).getLongCardinality();
        }
        if (warm < 0) {
            System.out.println(warm);
        }

        System.out.println("| distance | index p50 | index p99 | primitive scan p50 | boxed baseline p50 | index vs "
                + "baseline | scan vs baseline | mean matches |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int d : DISTANCES) {
            long[] fast = new long[QUERIES];
            long[] scan = new long[QUERIES];
            long found = 0;
            for (int i = 0; i < QUERIES; i++) {
                long[] q = {queries[i]};
                long t0 = System.nanoTime();
                found += table.within(q, d).getLongCardinality();
                long t1 = System.nanoTime();
                table.scan(q, d);
                long t2 = System.nanoTime();
                fast[i] = t1 - t0;
                scan[i] = t2 - t1;
            }
            long[] slow = new long[BASELINE_QUERIES];
            for (int i = 0; i < BASELINE_QUERIES; i++) {
                long t0 = System.nanoTime();
                baseline(boxed, queries[i], d);
                slow[i] = System.nanoTime() - t0;
            }
            double fastP50 = percentile(fast, 50);
            double slowP50 = percentile(slow, 50);
            double scanP50 = percentile(scan, 50);
            System.out.printf("| %d | %s | %s | %s | %s | %.0fx | %.1fx | %.1f |%n", d, ms(fastP50),
                    ms(percentile(fast, 99)), ms(scanP50), ms(slowP50), slowP50 / fastP50, slowP50 / scanP50,
                    (double) found / QUERIES);
        }
        boxed.clear();
    }

    /** The straightforward evaluation: every file, every boxed hash. */
    private static Set<Integer> baseline(List<BoxedFile> files, long query, int distance) {
        Set<Integer> out = new HashSet<>();
        for (BoxedFile f : files) {
            for (Long h : f.hashes()) {
                if (Long.bitCount(h ^ query) <= distance) {
                    out.add(f.id());
                    break;
                }
            }
        }
        return out;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String ms(double millis) {
        return millis < 0.1 ? String.format("%.1f µs", millis * 1000) : String.format("%.2f ms", millis);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
