package dev.hydrant.index;

import dev.hydrant.core.tags.SearchableText;
import dev.hydrant.core.tags.Tag;
import dev.hydrant.core.tags.TagTextPattern;
import dev.hydrant.core.tags.TagVocabulary;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Every interned tag in memory, with a word index for autocomplete.
 *
 * <p>The word index holds one entry per word start of each tag's searchable subtag (the start, after whitespace, and
 * after a colon — flagged, as only searches without a namespace start words there). An entry is a {@code long}:
 * tag id (high 32 bits), offset of the word in the searchable subtag (bits 1–30), colon flag (bit 0). Entries live in
 * an immutable base sorted by the text from the word start to the end of the subtag, so a prefix is a binary search
 * and a run; entries added since the base was built sit in a small unsorted tail that queries scan. When the tail
 * outgrows {@code max(4096, base/32)} it is merged into a new base. Readers use a published {@link Snapshot} and
 * never lock; one writer at a time adds tags.
 */
public final class TagWordIndex implements TagVocabulary {
    private static final int MIN_TAIL = 4096;

    /** What readers see: the tag texts and the word entries. Arrays are never changed after publication. */
    private record Snapshot(String[] texts, String[] namespaces, String[] searchable, long[] base, long[] tail,
                            int tailSize, int tagCount) {
    }

    private volatile Snapshot snapshot = new Snapshot(new String[16], new String[16], new String[16], new long[0],
            new long[0], 0, 0);
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(int tagId, String tag) {
        addAll(new int[]{tagId}, new String[]{tag});
    }

    /** Adds many tags at once (one publication). */
    public synchronized void addAll(int[] tagIds, String[] tags) {
        Snapshot s = snapshot;
        String[] texts = s.texts();
        String[] namespaces = s.namespaces();
        String[] searchable = s.searchable();
        long[] tail = s.tail();
        int tailSize = s.tailSize();
        int count = s.tagCount();
        boolean copied = false;
        for (int k = 0; k < tagIds.length; k++) {
            int id = tagIds[k];
            String tag = tags[k];
            if (ids.containsKey(tag)) {
                continue;
            }
            if (!copied) {
                texts = texts.clone();
                namespaces = namespaces.clone();
                searchable = searchable.clone();
                tail = tail.clone();
                copied = true;
            }
            if (id >= texts.length) {
                int size = Math.max(id + 1, texts.length * 2);
                texts = Arrays.copyOf(texts, size);
                namespaces = Arrays.copyOf(namespaces, size);
                searchable = Arrays.copyOf(searchable, size);
            }
            Tag parts = Tag.parse(tag);
            String words = SearchableText.subtag(parts.subtag());
            texts[id] = tag;
            namespaces[id] = parts.namespace().intern();
            searchable[id] = words;
            ids.put(tag, id);
            count++;
            for (int i = 0; i < words.length(); i++) {
                boolean plain = TagTextPattern.isWordStart(words, i, false);
                boolean colon = !plain && TagTextPattern.isWordStart(words, i, true);
                if (plain || colon) {
                    if (tailSize == tail.length) {
                        tail = Arrays.copyOf(tail, Math.max(64, tail.length * 2));
                    }
                    tail[tailSize++] = entry(id, i, colon);
                }
            }
        }
        if (!copied) {
            return;
        }
        long[] base = s.base();
        if (tailSize > Math.max(MIN_TAIL, base.length / 32)) {
            base = merge(base, Arrays.copyOf(tail, tailSize), searchable);
            tail = new long[0];
            tailSize = 0;
        }
        snapshot = new Snapshot(texts, namespaces, searchable, base, tail, tailSize, count);
    }

    private static long entry(int tagId, int offset, boolean colon) {
        return ((long) tagId << 32) | ((long) offset << 1) | (colon ? 1L : 0L);
    }

    private static int tagOf(long entry) {
        return (int) (entry >>> 32);
    }

    private static int offsetOf(long entry) {
        return (int) ((entry & 0xFFFFFFFFL) >>> 1);
    }

    private static boolean colonStart(long entry) {
        return (entry & 1L) != 0;
    }

    /** Compares the text of an entry (from its word start) with another's. */
    private static int compareEntries(long a, long b, String[] searchable) {
        String sa = searchable[tagOf(a)];
        String sb = searchable[tagOf(b)];
        int ia = offsetOf(a);
        int ib = offsetOf(b);
        int la = sa.length() - ia;
        int lb = sb.length() - ib;
        int n = Math.min(la, lb);
        for (int k = 0; k < n; k++) {
            char ca = sa.charAt(ia + k);
            char cb = sb.charAt(ib + k);
            if (ca != cb) {
                return ca - cb;
            }
        }
        if (la != lb) {
            return la - lb;
        }
        return Long.compare(a, b);
    }

    private static long[] merge(long[] base, long[] tail, String[] searchable) {
        Long[] boxed = new Long[tail.length];
        for (int i = 0; i < tail.length; i++) {
            boxed[i] = tail[i];
        }
        Arrays.sort(boxed, (x, y) -> compareEntries(x, y, searchable));
        long[] out = new long[base.length + tail.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < base.length || j < boxed.length) {
            if (j >= boxed.length || (i < base.length && compareEntries(base[i], boxed[j], searchable) <= 0)) {
                out[n++] = base[i++];
            } else {
                out[n++] = boxed[j++];
            }
        }
        return out;
    }

    /** Sign of (entry's text, cut to the prefix length) compared with the prefix. */
    private static int comparePrefix(long entry, String prefix, String[] searchable) {
        String s = searchable[tagOf(entry)];
        int off = offsetOf(entry);
        int len = Math.min(s.length() - off, prefix.length());
        for (int k = 0; k < len; k++) {
            char c = s.charAt(off + k);
            char p = prefix.charAt(k);
            if (c != p) {
                return c - p;
            }
        }
        return (s.length() - off) < prefix.length() ? -1 : 0;
    }

    @Override
    public String text(int tagId) {
        String[] texts = snapshot.texts();
        return tagId >= 0 && tagId < texts.length ? texts[tagId] : null;
    }

    @Override
    public OptionalInt idOf(String tag) {
        Integer id = ids.get(tag);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    @Override
    public int size() {
        return snapshot.tagCount();
    }

    /** Every known tag with its id (for index snapshots). */
    public void forEachTag(java.util.function.ObjIntConsumer<String> out) {
        String[] texts = snapshot.texts();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                out.accept(texts[i], i);
            }
        }
    }

    @Override
    public void matching(TagTextPattern pattern, IntConsumer out) {
        Snapshot s = snapshot;
        if (pattern.subtagRule() != TagTextPattern.SubtagRule.WORD_PREFIX) {
            scan(s, pattern, out);
            return;
        }
        String prefix = pattern.prefix();
        boolean colons = pattern.wordsStartAfterColons();
        BitSet seen = new BitSet();
        long[] base = s.base();
        int from = firstAtLeast(base, prefix, s.searchable(), 0);
        int to = firstAtLeast(base, prefix, s.searchable(), 1);
        for (int i = from; i < to; i++) {
            emit(s, base[i], pattern, colons, seen, out);
        }
        long[] tail = s.tail();
        for (int i = 0; i < s.tailSize(); i++) {
            if (comparePrefix(tail[i], prefix, s.searchable()) == 0) {
                emit(s, tail[i], pattern, colons, seen, out);
            }
        }
    }

    /**
     * The first index of the sorted base whose entry, cut to the prefix length, compares at least {@code sign} with
     * the prefix: with 0 the start of the prefix's run, with 1 its end (so the run needs no comparison per entry).
     */
    private static int firstAtLeast(long[] base, String prefix, String[] searchable, int sign) {
        int lo = 0;
        int hi = base.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Integer.signum(comparePrefix(base[mid], prefix, searchable)) < sign) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void emit(Snapshot s, long entry, TagTextPattern pattern, boolean colons, BitSet seen,
                             IntConsumer out) {
        if (colonStart(entry) && !colons) {
            return;
        }
        int tag = tagOf(entry);
        if (!seen.get(tag) && (pattern.namespaceRule() == TagTextPattern.NamespaceRule.ANY
                || pattern.namespaceMatches(s.namespaces()[tag]))) {
            seen.set(tag);
            out.accept(tag);
        }
    }

    private static void scan(Snapshot s, TagTextPattern pattern, IntConsumer out) {
        String[] searchable = s.searchable();
        String[] namespaces = s.namespaces();
        for (int id = 0; id < searchable.length; id++) {
            String words = searchable[id];
            if (words != null && pattern.namespaceMatches(namespaces[id]) && pattern.subtagMatches(words)) {
                out.accept(id);
            }
        }
    }
}
