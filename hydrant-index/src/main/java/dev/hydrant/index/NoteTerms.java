package dev.hydrant.index;

import dev.hydrant.core.search.predicate.NoteNamePredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The note predicates as {@link Term}s over {@link NoteNames}, with hydrus's semantics: a file without notes has zero
 * of them, and a note name matches exactly (the predicate parser has already lower-cased it, as hydrus's does, so a
 * name with capitals is never found).
 */
final class NoteTerms {
    private NoteTerms() {
    }

    /**
     * {@code system:number of notes}, {@code has notes}, {@code no notes}: only files with notes are looked at; when
     * zero passes the test the term is "not one of the files with notes whose count fails".
     */
    static Term count(NoteNames notes, NumberTest test) {
        RoaringBitmap withNotes = notes.withNotes();
        boolean zeroPasses = test.test(0L);
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        int[] kept = {0};
        withNotes.forEach((int id) -> {
            if (test.test((long) notes.count(id)) != zeroPasses) {
                out.add(id);
                kept[0]++;
            }
        });
        RoaringBitmap files = kept[0] == withNotes.getCardinality() ? withNotes : out.get();
        return zeroPasses ? new Term.Exclude(files) : new Term.Include(files);
    }

    /** {@code system:has note with name X} and {@code system:no note with name X}. */
    static Term name(NoteNames notes, NoteNamePredicate p) {
        RoaringBitmap files = notes.named(p.name());
        return p.has() ? new Term.Include(files) : new Term.Exclude(files);
    }
}
