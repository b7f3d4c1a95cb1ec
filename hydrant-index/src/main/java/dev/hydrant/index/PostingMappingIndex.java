package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.MappingChange;
import dev.hydrant.core.tags.MappingIndex;
import dev.hydrant.core.tags.TagStatus;

import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Current and pending mappings in memory: per tag service and status, per tag, the file ids that have it
 * (a posting).
 *
 * <p>Postings format: a tag with fewer than {@value #ARRAY_LIMIT} files is a strictly increasing {@code int[]}
 * (4 bytes a mapping, no per-object overhead beyond the array); a larger one is a run-optimised
 * {@link RoaringBitmap}. Invariants: a published posting (either form) is never changed; a change builds a new one
 * (one merge per tag per committed batch) and swaps it in, so readers need no lock and always see a whole posting.
 * Empty postings are removed. Only one writer applies changes at a time (callers apply in commit order), and
 * {@link #version()} grows after each applied batch, so readers may cache what they derive from postings.
 */
public final class PostingMappingIndex implements MappingIndex {
    private static final int[] EMPTY = new int[0];
    /** Postings this size or larger are bitmaps. */
    static final int ARRAY_LIMIT = 4096;

    /** (service, status) → tag id → posting ({@code int[]} or {@link RoaringBitmap}). */
    private final Map<ByteKey, Map<TagStatus, PostingTable>> postings = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    private PostingTable tags(ByteKey service, TagStatus status, boolean create) {
        Map<TagStatus, PostingTable> byStatus = create
                ? postings.computeIfAbsent(service, k -> new ConcurrentHashMap<>()) : postings.get(service);
        if (byStatus == null) {
            return null;
        }
        return create ? byStatus.computeIfAbsent(status, k -> new PostingTable()) : byStatus.get(status);
    }

    /** The loading buffer of the last (service, status, tag) loaded: rows usually arrive grouped by tag. */
    private ByteKey lastService;
    private TagStatus lastStatus;
    private int lastTag;
    private PostingTable lastTags;
    private int[] lastBuffer;

    /** Loads one mapping at start-up, before any reader; call {@link #finishLoading} after the last. */
    public synchronized void load(ByteKey service, TagStatus status, int tagId, long fileId) {
        int[] p;
        if (lastBuffer != null && tagId == lastTag && status == lastStatus && service.equals(lastService)) {
            p = lastBuffer;
        } else {
            PostingTable tags = tags(service, status, true);
            p = (int[]) tags.get(tagId);
            if (p == null) {
                p = new int[]{0, 0};
                tags.put(tagId, p);
            }
            lastService = service;
            lastStatus = status;
            lastTag = tagId;
            lastTags = tags;
        }
        int size = p[0];
        if (size + 1 >= p.length) {
            p = Arrays.copyOf(p, Math.max(4, p.length * 2));
            lastTags.put(tagId, p);
        }
        p[++size] = Math.toIntExact(fileId);
        p[0] = size;
        lastBuffer = p;
    }

    /** Turns the loading buffers (length-prefixed, unsorted) into postings. */
    public synchronized void finishLoading() {
        lastTags = null;
        lastBuffer = null;
        for (Map<TagStatus, PostingTable> byStatus : postings.values()) {
            for (PostingTable tags : byStatus.values()) {
                tags.replaceAll((tag, o) -> {
                    if (!(o instanceof int[] p)) {
                        return o;
                    }
                    int[] ids = Arrays.copyOfRange(p, 1, p[0] + 1);
                    Arrays.sort(ids);
                    return publishable(dedupe(ids));
                });
            }
        }
        version.incrementAndGet();
    }

    /** The stored form of a sorted, distinct id array. */
    private static Object publishable(int[] sorted) {
        if (sorted.length < ARRAY_LIMIT) {
            return sorted;
        }
        RoaringBitmap b = RoaringBitmap.bitmapOf(sorted);
        b.runOptimize();
        return b;
    }

    private static int[] dedupe(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    @Override
    public synchronized void apply(Collection<MappingChange> changes) {
        for (MappingChange change : changes) {
            if (change.status() != TagStatus.CURRENT && change.status() != TagStatus.PENDING) {
                continue;
            }
            PostingTable tags = tags(change.service(), change.status(), true);
            Object posting = tags.get(change.tagId());
            if (posting == null) {
                posting = EMPTY;
            }
            Object changed;
            int[] add = sortedInts(change.added());
            int[] remove = sortedInts(change.removed());
            if (posting instanceof int[] array && array.length + add.length < ARRAY_LIMIT) {
                changed = merge(array, add, remove);
            } else {
                RoaringBitmap b = posting instanceof int[] array ? RoaringBitmap.bitmapOf(array)
                        : ((RoaringBitmap) posting).clone();
                b.add(add);
                for (int id : remove) {
                    b.remove(id);
                }
                changed = b.getCardinality() < ARRAY_LIMIT / 2 ? b.toArray() : runOptimized(b);
            }
            if (size(changed) == 0) {
                tags.put(change.tagId(), null);
            } else {
                tags.put(change.tagId(), changed);
            }
        }
        version.incrementAndGet();
    }

    private static RoaringBitmap runOptimized(RoaringBitmap b) {
        b.runOptimize();
        return b;
    }

    private static int size(Object posting) {
        return posting instanceof int[] a ? a.length : ((RoaringBitmap) posting).getCardinality();
    }

    private static int[] sortedInts(Collection<Long> ids) {
        int[] out = new int[ids.size()];
        int i = 0;
        for (Long id : ids) {
            out[i++] = Math.toIntExact(id);
        }
        Arrays.sort(out);
        return dedupe(out);
    }

    /** (posting ∪ add) ∖ remove, all sorted. */
    static int[] merge(int[] posting, int[] add, int[] remove) {
        int[] out = new int[posting.length + add.length];
        int i = 0;
        int j = 0;
        int r = 0;
        int n = 0;
        while (i < posting.length || j < add.length) {
            int next;
            if (j >= add.length || (i < posting.length && posting[i] < add[j])) {
                next = posting[i++];
            } else if (i >= posting.length || add[j] < posting[i]) {
                next = add[j++];
            } else {
                next = posting[i++];
                j++;
            }
            while (r < remove.length && remove[r] < next) {
                r++;
            }
            if (r < remove.length && remove[r] == next) {
                continue;
            }
            out[n++] = next;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    @Override
    public int count(ByteKey service, int tagId, TagStatus status, IntPredicate files) {
        Object posting = posting(service, status, tagId);
        return posting == null ? 0 : count(posting, files);
    }

    private static int count(Object posting, IntPredicate files) {
        if (files == null) {
            return size(posting);
        }
        int[] n = {0};
        forEach(posting, id -> {
            if (files.test(id)) {
                n[0]++;
            }
        });
        return n[0];
    }

    @Override
    public java.util.function.IntUnaryOperator counter(ByteKey service, TagStatus status, IntPredicate files) {
        PostingTable tags = tags(service, status, false);
        if (tags == null) {
            return tagId -> 0;
        }
        return tagId -> {
            Object posting = tags.get(tagId);
            return posting == null ? 0 : count(posting, files);
        };
    }

    @Override
    public void forEachFile(ByteKey service, int tagId, TagStatus status, IntConsumer visitor) {
        Object posting = posting(service, status, tagId);
        if (posting != null) {
            forEach(posting, visitor);
        }
    }

    private Object posting(ByteKey service, TagStatus status, int tagId) {
        PostingTable tags = tags(service, status, false);
        return tags == null ? null : tags.get(tagId);
    }

    private static void forEach(Object posting, IntConsumer visitor) {
        if (posting instanceof int[] array) {
            for (int id : array) {
                visitor.accept(id);
            }
        } else {
            ((RoaringBitmap) posting).forEach((org.roaringbitmap.IntConsumer) visitor::accept);
        }
    }

    /** The services that have postings, with the statuses each has (for index snapshots). */
    public Map<ByteKey, java.util.Set<TagStatus>> services() {
        Map<ByteKey, java.util.Set<TagStatus>> out = new java.util.LinkedHashMap<>();
        postings.forEach((service, byStatus) -> out.put(service, java.util.Set.copyOf(byStatus.keySet())));
        return out;
    }

    /**
     * Installs a whole posting read from a snapshot, before any reader ({@code int[]} sorted and distinct, or a
     * bitmap). Not to be mixed with {@link #load}.
     */
    public synchronized void install(ByteKey service, TagStatus status, int tagId, Object posting) {
        if (!(posting instanceof RoaringBitmap) && !(posting instanceof int[])) {
            throw new IllegalArgumentException("not a posting: " + posting);
        }
        tags(service, status, true).put(tagId, posting instanceof int[] a ? publishable(a) : posting);
        version.incrementAndGet();
    }

    /** Grows after every applied batch of changes (and after loading). */
    public long version() {
        return version.get();
    }

    /** How many files have the tag in the status (0 for none). */
    public int size(ByteKey service, TagStatus status, int tagId) {
        Object posting = posting(service, status, tagId);
        return posting == null ? 0 : size(posting);
    }

    /**
     * The files that have the tag in the status, as a bitmap the caller must not modify (it may be the stored
     * posting itself); an empty new bitmap when none.
     */
    public RoaringBitmap bitmap(ByteKey service, TagStatus status, int tagId) {
        return asBitmap(posting(service, status, tagId));
    }

    private static RoaringBitmap asBitmap(Object posting) {
        if (posting == null) {
            return new RoaringBitmap();
        }
        return posting instanceof int[] array ? RoaringBitmap.bitmapOf(array) : (RoaringBitmap) posting;
    }

    /** A posting seen by {@link #forEachPosting}. */
    @FunctionalInterface
    public interface PostingVisitor {
        void visit(int tagId, int size, java.util.function.Supplier<RoaringBitmap> files);
    }

    /** Every tag that has files in the status on the service, with its posting (bitmaps not to be modified). */
    public void forEachPosting(ByteKey service, TagStatus status, PostingVisitor visitor) {
        PostingTable tags = tags(service, status, false);
        if (tags == null) {
            return;
        }
        tags.forEach((tagId, posting) -> visitor.visit(tagId, size(posting), () -> asBitmap(posting)));
    }

    /** Every tag that has files in the status on the service, each file visited per tag (for per-file counts). */
    public void forEachMapping(ByteKey service, TagStatus status, java.util.function.BiConsumer<Integer, int[]> arrays,
                               java.util.function.BiConsumer<Integer, RoaringBitmap> bitmaps) {
        PostingTable tags = tags(service, status, false);
        if (tags == null) {
            return;
        }
        tags.forEach((tagId, posting) -> {
            if (posting instanceof int[] a) {
                arrays.accept(tagId, a);
            } else {
                bitmaps.accept(tagId, (RoaringBitmap) posting);
            }
        });
    }

    /** Approximate heap bytes of the postings (arrays at 4 bytes an id, bitmaps at their serialized size). */
    public long approximateBytes() {
        long[] total = {0};
        for (Map<TagStatus, PostingTable> byStatus : postings.values()) {
            for (PostingTable tags : byStatus.values()) {
                tags.forEach((tagId, p) -> total[0] += p instanceof int[] a ? 16 + 4L * a.length
                        : ((RoaringBitmap) p).getLongSizeInBytes());
            }
        }
        return total[0];
    }

    @Override
    public void dropService(ByteKey service) {
        postings.remove(service);
        version.incrementAndGet();
    }
}
