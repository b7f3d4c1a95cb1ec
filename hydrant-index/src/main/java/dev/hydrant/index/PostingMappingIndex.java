package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.MappingChange;
import dev.hydrant.core.tags.MappingIndex;
import dev.hydrant.core.tags.TagStatus;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Current and pending mappings in memory: per tag service and status, per tag, the sorted file ids that have it
 * (a posting).
 *
 * <p>Invariants: a posting is a strictly increasing {@code int[]} that is never changed once published; a change
 * builds a new array (one merge per tag per committed batch) and swaps it in, so readers need no lock and always
 * see a whole posting. Empty postings are removed. Only one writer applies changes at a time (callers apply in
 * commit order).
 */
public final class PostingMappingIndex implements MappingIndex {
    private static final int[] EMPTY = new int[0];

    /** (service, status) → tag id → posting. */
    private final Map<ByteKey, Map<TagStatus, Map<Integer, int[]>>> postings = new ConcurrentHashMap<>();

    private Map<Integer, int[]> tags(ByteKey service, TagStatus status, boolean create) {
        Map<TagStatus, Map<Integer, int[]>> byStatus = create
                ? postings.computeIfAbsent(service, k -> new ConcurrentHashMap<>()) : postings.get(service);
        if (byStatus == null) {
            return null;
        }
        return create ? byStatus.computeIfAbsent(status, k -> new ConcurrentHashMap<>()) : byStatus.get(status);
    }

    /** Loads one mapping at start-up, before any reader; call {@link #finishLoading} after the last. */
    public synchronized void load(ByteKey service, TagStatus status, int tagId, long fileId) {
        Map<Integer, int[]> tags = tags(service, status, true);
        int[] p = tags.get(tagId);
        if (p == null) {
            p = new int[]{0, 0};
        }
        int size = p[0];
        if (size + 1 >= p.length) {
            p = Arrays.copyOf(p, Math.max(4, p.length * 2));
        }
        p[++size] = Math.toIntExact(fileId);
        p[0] = size;
        tags.put(tagId, p);
    }

    /** Turns the loading buffers (length-prefixed, unsorted) into postings. */
    public synchronized void finishLoading() {
        for (Map<TagStatus, Map<Integer, int[]>> byStatus : postings.values()) {
            for (Map<Integer, int[]> tags : byStatus.values()) {
                tags.replaceAll((tag, p) -> {
                    int[] ids = Arrays.copyOfRange(p, 1, p[0] + 1);
                    Arrays.sort(ids);
                    return dedupe(ids);
                });
            }
        }
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
            Map<Integer, int[]> tags = tags(change.service(), change.status(), true);
            int[] posting = tags.getOrDefault(change.tagId(), EMPTY);
            int[] changed = merge(posting, sortedInts(change.added()), sortedInts(change.removed()));
            if (changed.length == 0) {
                tags.remove(change.tagId());
            } else {
                tags.put(change.tagId(), changed);
            }
        }
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
        Map<Integer, int[]> tags = tags(service, status, false);
        int[] posting = tags == null ? null : tags.get(tagId);
        if (posting == null) {
            return 0;
        }
        if (files == null) {
            return posting.length;
        }
        int n = 0;
        for (int id : posting) {
            if (files.test(id)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void forEachFile(ByteKey service, int tagId, TagStatus status, IntConsumer visitor) {
        Map<Integer, int[]> tags = tags(service, status, false);
        int[] posting = tags == null ? null : tags.get(tagId);
        if (posting != null) {
            for (int id : posting) {
                visitor.accept(id);
            }
        }
    }

    @Override
    public void dropService(ByteKey service) {
        postings.remove(service);
    }
}
