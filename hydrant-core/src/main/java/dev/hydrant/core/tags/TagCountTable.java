package dev.hydrant.core.tags;

import java.util.Arrays;

/**
 * Autocomplete's working table: tag id → (current count, pending count), merged across tag services by taking the
 * larger of each. Open addressing on primitive arrays, so counting a hundred thousand matching tags allocates a few
 * arrays instead of a hundred thousand map entries. Not thread-safe; one per search.
 */
final class TagCountTable {
    private static final int FREE = -1;

    private int[] keys;
    private int[] current;
    private int[] pending;
    private int size;

    TagCountTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, FREE);
        current = new int[capacity];
        pending = new int[capacity];
    }

    /** Records a service's counts for a tag: each count becomes the larger of what it was and the given one. */
    void max(int tagId, int currentCount, int pendingCount) {
        if (tagId < 0) {
            throw new IllegalArgumentException("negative tag id " + tagId);
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slotOf(tagId, keys);
        if (keys[slot] == FREE) {
            keys[slot] = tagId;
            size++;
        }
        current[slot] = Math.max(current[slot], currentCount);
        pending[slot] = Math.max(pending[slot], pendingCount);
    }

    private static int slotOf(int tagId, int[] keys) {
        int mask = keys.length - 1;
        int slot = mix(tagId) & mask;
        while (keys[slot] != FREE && keys[slot] != tagId) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCurrent = current;
        int[] oldPending = pending;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        current = new int[keys.length];
        pending = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slotOf(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                current[slot] = oldCurrent[i];
                pending[slot] = oldPending[i];
            }
        }
    }

    int size() {
        return size;
    }

    /** Visits every tag with its counts (in no particular order). */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                visitor.visit(keys[i], current[i], pending[i]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int tagId, int current, int pending);
    }
}
