package dev.hydrant.index;

import dev.hydrant.core.notes.NoteIndex;
import org.roaringbitmap.RoaringBitmap;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory note data of the search: per note name the files that have a note of that name, the files with any
 * note, and per file its number of notes. Filled from the store when the library opens, then changed only after
 * commits ({@link #update}).
 *
 * <p>Invariants: a published bitmap is never modified (a change builds a new one and swaps it in), so searches read
 * without locks; a name maps to a non-empty bitmap; {@code counts[id]} is the number of names whose bitmap holds
 * {@code id}, and {@code withNotes} is exactly the ids with a count above zero. Writers are serialised.
 */
public final class NoteNames implements NoteIndex {
    private final Map<String, RoaringBitmap> byName = new ConcurrentHashMap<>();
    private volatile RoaringBitmap withNotes = new RoaringBitmap();
    private volatile int[] counts = new int[0];

    /** Adds one (file, name) pair while loading, before any search runs; {@link #finishLoading} publishes them. */
    public synchronized void load(long fileId, String name) {
        int id = Math.toIntExact(fileId);
        byName.computeIfAbsent(name, n -> new RoaringBitmap()).add(id);
        withNotes.add(id);
        counts = grown(counts, id);
        counts[id]++;
    }

    /** Compacts what {@link #load} gathered. */
    public synchronized void finishLoading() {
        byName.values().forEach(RoaringBitmap::runOptimize);
        withNotes.runOptimize();
    }

    @Override
    public synchronized void update(long fileId, Set<String> before, Set<String> after) {
        int id = Math.toIntExact(fileId);
        for (String name : before) {
            if (!after.contains(name)) {
                RoaringBitmap files = byName.get(name);
                if (files != null && files.contains(id)) {
                    RoaringBitmap changed = files.clone();
                    changed.remove(id);
                    if (changed.isEmpty()) {
                        byName.remove(name);
                    } else {
                        byName.put(name, changed);
                    }
                }
            }
        }
        for (String name : after) {
            if (!before.contains(name)) {
                RoaringBitmap files = byName.get(name);
                RoaringBitmap changed = files == null ? new RoaringBitmap() : files.clone();
                changed.add(id);
                byName.put(name, changed);
            }
        }
        int[] c = grown(counts, id);
        c[id] = after.size();
        counts = c;
        if (withNotes.contains(id) != !after.isEmpty()) {
            RoaringBitmap changed = withNotes.clone();
            if (after.isEmpty()) {
                changed.remove(id);
            } else {
                changed.add(id);
            }
            withNotes = changed;
        }
    }

    private static int[] grown(int[] array, int id) {
        if (id < array.length) {
            return array;
        }
        return java.util.Arrays.copyOf(array, Math.max(id + 1, array.length + (array.length >> 1) + 16));
    }

    /** The files with at least one note (never modify it). */
    public RoaringBitmap withNotes() {
        return withNotes;
    }

    /** The files with a note named exactly {@code name} (never modify it). */
    public RoaringBitmap named(String name) {
        RoaringBitmap files = byName.get(name);
        return files == null ? new RoaringBitmap() : files;
    }

    /** How many notes a file has. */
    public int count(int fileId) {
        int[] c = counts;
        return fileId >= 0 && fileId < c.length ? c[fileId] : 0;
    }

    /** How many distinct note names some file uses. */
    public int nameCount() {
        return byName.size();
    }
}
