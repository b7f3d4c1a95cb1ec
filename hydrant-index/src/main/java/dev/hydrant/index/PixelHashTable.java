package dev.hydrant.index;

import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;

/**
 * Files by pixel hash (hydrus's pixel duplicates), keyed by the hash's first 8 bytes as the file columns keep it:
 * an open-addressing table from that key to the first file of its group, and per file the next file of the same group.
 *
 * <p>Encoding: {@code heads[slot]} is file id + 1 (0: empty slot); {@code next[id]} is 0 when the file is in no group,
 * 1 when it is the last of its group, otherwise the next file's id + 2. One writer at a time (synchronized); lookups
 * take no lock and read the published {@link Table} (volatile): a lookup racing a change may miss the file being
 * changed, never loop (a walk stops after as many steps as there are files).
 */
final class PixelHashTable {
    private record Table(long[] keys, int[] heads, int[] next, long[] keyOf, int files) {
    }

    private volatile Table table = new Table(new long[1 << 10], new int[1 << 10], new int[16], new long[16], 0);
    private int used;

    /** Sets (or with {@code has} false, clears) a file's pixel hash key. */
    synchronized void set(int fileId, long key, boolean has) {
        Table t = table;
        boolean present = fileId < t.next.length && t.next[fileId] != 0;
        if (present && has && t.keyOf[fileId] == key) {
            return;
        }
        if (present) {
            t = unlink(t, fileId);
        }
        if (has) {
            t = link(t, fileId, key);
        }
        table = t;
    }

    /** The files whose pixel hash has this key. */
    RoaringBitmap filesWith(long key) {
        Table t = table;
        RoaringBitmap out = new RoaringBitmap();
        int slot = find(t, key);
        if (slot < 0) {
            return out;
        }
        int id = t.heads[slot] - 1;
        for (int steps = 0; id >= 0 && steps <= t.files; steps++) {
            out.add(id);
            int n = id < t.next.length ? t.next[id] : 0;
            id = n >= 2 ? n - 2 : -1;
        }
        return out;
    }

    /** Heap bytes of the arrays. */
    long approximateBytes() {
        Table t = table;
        return 12L * t.keys.length + 12L * t.next.length;
    }

    private static int find(Table t, long key) {
        int mask = t.keys.length - 1;
        int i = spread(key) & mask;
        while (t.heads[i] != 0) {
            if (t.keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    private Table link(Table t, int fileId, long key) {
        if (fileId >= t.next.length) {
            int n = t.next.length;
            while (n <= fileId) {
                n = n < (1 << 20) ? n * 2 : n + (n >> 1);
            }
            t = new Table(t.keys, t.heads, Arrays.copyOf(t.next, n), Arrays.copyOf(t.keyOf, n), t.files);
        }
        int slot = find(t, key);
        if (slot < 0) {
            if ((used + 1) * 2 > t.keys.length) {
                t = rehash(t, t.keys.length * 2);
            }
            int mask = t.keys.length - 1;
            slot = spread(key) & mask;
            while (t.heads[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t.next[fileId] = 1;
            t.keyOf[fileId] = key;
            t.keys[slot] = key;
            t.heads[slot] = fileId + 1;
            used++;
        } else {
            t.next[fileId] = t.heads[slot] + 1;
            t.keyOf[fileId] = key;
            t.heads[slot] = fileId + 1;
        }
        return new Table(t.keys, t.heads, t.next, t.keyOf, t.files + 1);
    }

    /** Takes the file out of its group (an emptied group keeps its slot with no head: it is rebuilt on rehash). */
    private Table unlink(Table t, int fileId) {
        int slot = find(t, t.keyOf[fileId]);
        int after = t.next[fileId];
        if (slot >= 0) {
            if (t.heads[slot] == fileId + 1) {
                if (after >= 2) {
                    t.heads[slot] = after - 1;
                } else {
                    // the group is empty: rebuild without it (open addressing cannot simply clear a slot)
                    t.next[fileId] = 0;
                    return rehash(new Table(t.keys, t.heads, t.next, t.keyOf, t.files - 1), t.keys.length, slot);
                }
            } else {
                int id = t.heads[slot] - 1;
                for (int steps = 0; id >= 0 && steps <= t.files; steps++) {
                    int n = t.next[id];
                    if (n == fileId + 2) {
                        t.next[id] = after;
                        break;
                    }
                    id = n >= 2 ? n - 2 : -1;
                }
            }
        }
        t.next[fileId] = 0;
        return new Table(t.keys, t.heads, t.next, t.keyOf, t.files - 1);
    }

    private Table rehash(Table t, int capacity) {
        return rehash(t, capacity, -1);
    }

    /** A new key table holding every group of {@code t} but the slot {@code dropped}. */
    private Table rehash(Table t, int capacity, int dropped) {
        long[] keys = new long[capacity];
        int[] heads = new int[capacity];
        int mask = capacity - 1;
        int count = 0;
        for (int i = 0; i < t.keys.length; i++) {
            if (t.heads[i] == 0 || i == dropped) {
                continue;
            }
            int slot = spread(t.keys[i]) & mask;
            while (heads[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = t.keys[i];
            heads[slot] = t.heads[i];
            count++;
        }
        used = count;
        return new Table(keys, heads, t.next, t.keyOf, t.files);
    }
}
