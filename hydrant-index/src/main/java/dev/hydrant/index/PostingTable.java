package dev.hydrant.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The postings of one (tag service, status), indexed directly by tag id: a two-level array of pages of
 * {@value #PAGE_SIZE} slots, so a lookup is two array reads instead of a hash lookup on a boxed id, and ranges of
 * tag ids a service never uses cost one null page reference each.
 *
 * <p>Concurrency: one writer at a time (the owning {@link PostingMappingIndex} serialises writers); any number of
 * readers without locks. A slot is written with release semantics after the posting it points to is complete, and
 * read with acquire semantics, so a reader that sees a posting sees all of it. Growing the page directory publishes
 * a copied directory through a volatile field; pages themselves are never replaced once created.
 */
final class PostingTable {
    private static final int PAGE_BITS = 12;
    static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int PAGE_MASK = PAGE_SIZE - 1;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private volatile Object[][] pages = new Object[4][];
    /** Number of non-null slots; written by the one writer only. */
    private volatile int size;

    /** The posting of a tag ({@code int[]} or bitmap), or null. */
    Object get(int tagId) {
        if (tagId < 0) {
            return null;
        }
        Object[][] directory = pages;
        int p = tagId >>> PAGE_BITS;
        if (p >= directory.length) {
            return null;
        }
        Object[] page = directory[p];
        return page == null ? null : SLOT.getAcquire(page, tagId & PAGE_MASK);
    }

    /** Sets (or, with null, removes) a tag's posting. Writer only. */
    void put(int tagId, Object posting) {
        if (tagId < 0) {
            throw new IllegalArgumentException("negative tag id " + tagId);
        }
        Object[] page = page(tagId >>> PAGE_BITS, posting != null);
        if (page == null) {
            return;
        }
        int slot = tagId & PAGE_MASK;
        Object before = SLOT.getAcquire(page, slot);
        SLOT.setRelease(page, slot, posting);
        if (before == null && posting != null) {
            size = size + 1;
        } else if (before != null && posting == null) {
            size = size - 1;
        }
    }

    private Object[] page(int p, boolean create) {
        Object[][] directory = pages;
        if (p >= directory.length) {
            if (!create) {
                return null;
            }
            directory = Arrays.copyOf(directory, Math.max(p + 1, directory.length * 2));
        }
        Object[] page = directory[p];
        if (page == null && create) {
            page = new Object[PAGE_SIZE];
            // the directory is only ever written here, by the one writer; publish the page (and any grown
            // directory) through the volatile field
            directory[p] = page;
            pages = directory;
        }
        return page;
    }

    /** How many tags have a posting. */
    int size() {
        return size;
    }

    /** Visits every posting in tag id order. */
    void forEach(Visitor visitor) {
        Object[][] directory = pages;
        for (int p = 0; p < directory.length; p++) {
            Object[] page = directory[p];
            if (page == null) {
                continue;
            }
            int first = p << PAGE_BITS;
            for (int i = 0; i < PAGE_SIZE; i++) {
                Object posting = SLOT.getAcquire(page, i);
                if (posting != null) {
                    visitor.visit(first + i, posting);
                }
            }
        }
    }

    /** Replaces every posting by what {@code f} makes of it (start-up only, before readers). */
    void replaceAll(java.util.function.BiFunction<Integer, Object, Object> f) {
        forEach((tag, posting) -> put(tag, f.apply(tag, posting)));
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int tagId, Object posting);
    }
}
