package dev.hydrant.index;

import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The band-indexed search against the plain popcount scan and against a model that knows nothing of slots (a map
 * of file → hashes checked one by one), over clustered hashes (near duplicates are what the search is for), through
 * loads, replacements, removals and the rebuilds they trigger.
 */
class PerceptualHashTableTest {

    /** file → its distinct hashes: the model. */
    private final Map<Integer, long[]> model = new TreeMap<>();

    private static long near(long centre, int flips, Random random) {
        long h = centre;
        for (int i = 0; i < flips; i++) {
            h ^= 1L << random.nextInt(64);
        }
        return h;
    }

    private static long[] hashesFor(long[] centres, Random random) {
        int n = random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 1;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextInt(8) == 0 ? random.nextLong()
                    : near(centres[random.nextInt(centres.length)], random.nextInt(14), random);
        }
        return Arrays.stream(out).distinct().toArray();
    }

    private RoaringBitmap expected(long[] queries, int distance) {
        RoaringBitmap out = new RoaringBitmap();
        for (Map.Entry<Integer, long[]> e : model.entrySet()) {
            boolean match = false;
            for (long h : e.getValue()) {
                for (long q : queries) {
                    match |= Long.bitCount(h ^ q) <= distance;
                }
            }
            if (match) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private void checkQueries(PerceptualHashTable table, long[] centres, Random random, int count) {
        for (int i = 0; i < count; i++) {
            long[] queries = new long[1 + random.nextInt(3)];
            for (int q = 0; q < queries.length; q++) {
                queries[q] = random.nextInt(4) == 0 ? random.nextLong()
                        : near(centres[random.nextInt(centres.length)], random.nextInt(6), random);
            }
            int distance = random.nextInt(10) == 0 ? random.nextInt(70) : random.nextInt(17);
            RoaringBitmap want = expected(queries, distance);
            assertThat(table.within(queries, distance)).as("within %s distance %d", Arrays.toString(queries), distance)
                    .isEqualTo(want);
            assertThat(table.scan(queries, distance)).isEqualTo(want);
        }
    }

    @Test
    void bandedSearchAgreesWithTheScanAndTheModelThroughChanges() {
        Random random = new Random(20_682);
        long[] centres = new long[300];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = random.nextLong();
        }
        PerceptualHashTable table = new PerceptualHashTable();
        int files = 80_000;
        for (int id = 1; id <= files; id++) {
            long[] hashes = hashesFor(centres, random);
            model.put(id, hashes);
            for (long h : hashes) {
                table.load(id, h);
            }
        }
        table.finishLoading();
        assertThat(table.banded()).isTrue();
        assertThat(table.size()).isEqualTo(model.values().stream().mapToInt(h -> h.length).sum());
        checkQueries(table, centres, random, 300);

        // replacements, removals and new files: the tail grows past the rebuild threshold more than once
        int nextId = files + 1;
        for (int op = 0; op < 160_000; op++) {
            int kind = random.nextInt(10);
            int id;
            long[] hashes;
            if (kind < 5) {
                id = nextId++;
                hashes = hashesFor(centres, random);
            } else if (kind < 8) {
                id = 1 + random.nextInt(nextId - 1);
                hashes = hashesFor(centres, random);
            } else {
                id = 1 + random.nextInt(nextId - 1);
                hashes = new long[0];
            }
            table.replace(id, hashes);
            if (hashes.length == 0) {
                model.remove(id);
            } else {
                model.put(id, hashes);
            }
            if (op % 8_000 == 0) {
                checkQueries(table, centres, random, 25);
            }
        }
        checkQueries(table, centres, random, 300);
        assertThat(table.size()).isEqualTo(model.values().stream().mapToInt(h -> h.length).sum());
        for (int i = 0; i < 2_000; i++) {
            int id = 1 + random.nextInt(nextId - 1);
            long[] want = model.getOrDefault(id, new long[0]).clone();
            long[] got = table.hashesOf(id);
            Arrays.sort(want);
            Arrays.sort(got);
            assertThat(got).as("hashes of %d", id).isEqualTo(want);
        }
    }

    @Test
    void smallTablesScanAndKeepEachFilesHashes() {
        PerceptualHashTable table = new PerceptualHashTable();
        table.finishLoading();
        assertThat(table.within(new long[]{0L}, 64)).isEqualTo(new RoaringBitmap());
        table.replace(7, new long[]{0x856497da4c25c73eL, 0x856497da4c25c73eL});
        table.replace(9, new long[]{0x856497da4825cf3eL});
        table.replace(11, new long[]{0xa56493d25d21c66fL, 0x8e141e68b768e71dL});
        assertThat(table.banded()).isFalse();
        assertThat(table.hashesOf(7)).containsExactly(0x856497da4c25c73eL);
        assertThat(table.within(new long[]{0x856497da4c25c73eL}, 0)).isEqualTo(RoaringBitmap.bitmapOf(7));
        assertThat(table.within(new long[]{0x856497da4c25c73eL}, 2)).isEqualTo(RoaringBitmap.bitmapOf(7, 9));
        assertThat(table.within(new long[]{0x856497da4c25c73eL}, 10)).isEqualTo(RoaringBitmap.bitmapOf(7, 9, 11));
        assertThat(table.within(new long[]{0x856497da4c25c73eL}, -1)).isEqualTo(new RoaringBitmap());
        table.replace(11, new long[0]);
        assertThat(table.hashesOf(11)).isEmpty();
        assertThat(table.within(new long[]{0x8e141e68b768e71dL}, 64)).isEqualTo(RoaringBitmap.bitmapOf(7, 9));
        assertThat(table.size()).isEqualTo(2);
    }
}
