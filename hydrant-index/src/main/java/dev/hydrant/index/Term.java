package dev.hydrant.index;

import org.roaringbitmap.RoaringBitmap;

import java.util.function.IntPredicate;

/**
 * What one search term contributes to a plan: a set the result must lie in, a set it must avoid, a per-file test
 * probed after the set algebra, or nothing. Bitmaps held here may be stored postings: never modified.
 */
sealed interface Term {
    /** Files must be in {@code files}. */
    record Include(RoaringBitmap files) implements Term {
    }

    /** Files must not be in {@code files}. */
    record Exclude(RoaringBitmap files) implements Term {
    }

    /** Files must pass {@code test} (a column read). */
    record Filter(IntPredicate test) implements Term {
    }

    /** Every file passes (e.g. {@code system:everything}). */
    record All() implements Term {
    }

    Term ALL = new All();
    Term NONE = new Include(new RoaringBitmap());

    /** The files of {@code universe} this term accepts, as a new bitmap. */
    static RoaringBitmap within(Term term, RoaringBitmap universe) {
        return switch (term) {
            case Include i -> RoaringBitmap.and(i.files(), universe);
            case Exclude e -> RoaringBitmap.andNot(universe, e.files());
            case Filter f -> filter(universe, f.test());
            case All a -> universe.clone();
        };
    }

    /** The files of {@code files} that pass {@code test}. */
    static RoaringBitmap filter(RoaringBitmap files, IntPredicate test) {
        org.roaringbitmap.RoaringBitmapWriter<RoaringBitmap> out = org.roaringbitmap.RoaringBitmapWriter.writer().get();
        files.forEach((int id) -> {
            if (test.test(id)) {
                out.add(id);
            }
        });
        return out.get();
    }
}
