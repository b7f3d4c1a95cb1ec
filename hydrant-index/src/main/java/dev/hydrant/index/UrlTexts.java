package dev.hydrant.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * URL texts interned to dense ids, compactly: the UTF-8 bytes of every text in one growing arena, with an
 * open-addressing table (linear probing) from text to id. A text is never removed (a URL that loses its last file
 * keeps its id, as the store keeps its row).
 *
 * <p>Invariants: ids are {@code 0..size()-1} in order of first interning; {@code starts[id]..starts[id+1]} is the
 * text's range in {@code bytes} ({@code starts[size()]} is the arena's used length); {@code slots} holds {@code id+1}
 * or 0 for empty and is at most half full. Not thread-safe: {@link UrlSearchIndex} guards it.
 */
final class UrlTexts {
    private byte[] bytes = new byte[1 << 12];
    private int[] starts = new int[65];
    private int[] hashes = new int[65];
    private int[] slots = new int[128];
    private int size;

    int size() {
        return size;
    }

    /** The id of {@code text}, or -1. */
    int idOf(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return idOf(utf8, hash(utf8));
    }

    private int idOf(byte[] utf8, int hash) {
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            int id = slot - 1;
            if (hashes[id] == hash && equalsAt(id, utf8)) {
                return id;
            }
        }
    }

    /** The id of {@code text}, adding it when new. */
    int intern(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int hash = hash(utf8);
        int existing = idOf(utf8, hash);
        if (existing >= 0) {
            return existing;
        }
        int id = size;
        if (id + 1 >= starts.length) {
            int capacity = starts.length * 2;
            starts = Arrays.copyOf(starts, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        int from = starts[id];
        if (from + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, from + utf8.length));
        }
        System.arraycopy(utf8, 0, bytes, from, utf8.length);
        starts[id + 1] = from + utf8.length;
        hashes[id] = hash;
        size++;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            place(id);
        }
        return id;
    }

    String text(int id) {
        return new String(bytes, starts[id], starts[id + 1] - starts[id], StandardCharsets.UTF_8);
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int i = hashes[id] & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = id + 1;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }

    private boolean equalsAt(int id, byte[] utf8) {
        int from = starts[id];
        return Arrays.equals(bytes, from, starts[id + 1], utf8, 0, utf8.length);
    }

    /** FNV-1a, spread so that linear probing over a power-of-two table sees the high bits too. */
    private static int hash(byte[] utf8) {
        int h = 0x811c9dc5;
        for (byte b : utf8) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
