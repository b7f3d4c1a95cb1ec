package dev.hydrant.index;

import dev.hydrant.core.search.predicate.NoteNamePredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoteNamesTest {
    private static RoaringBitmap universe(int n) {
        RoaringBitmap all = new RoaringBitmap();
        all.add(0L, n);
        return all;
    }

    private static int[] files(Term term, int n) {
        return Term.within(term, universe(n)).toArray();
    }

    @Test
    void updatesKeepNamesCountsAndTheFilesWithNotesInStep() {
        NoteNames notes = new NoteNames();
        notes.load(1, "a");
        notes.load(1, "b");
        notes.load(2, "a");
        notes.finishLoading();
        RoaringBitmap before = notes.named("a");

        notes.update(2, Set.of("a"), Set.of("b", "c"));
        notes.update(3, Set.of(), Set.of("c"));
        notes.update(1, Set.of("a", "b"), Set.of());

        assertThat(before.toArray()).containsExactly(1, 2); // published bitmaps never change
        assertThat(notes.named("a").isEmpty()).isTrue();
        assertThat(notes.named("b").toArray()).containsExactly(2);
        assertThat(notes.named("c").toArray()).containsExactly(2, 3);
        assertThat(notes.withNotes().toArray()).containsExactly(2, 3);
        assertThat(notes.count(1)).isZero();
        assertThat(notes.count(2)).isEqualTo(2);
        assertThat(notes.count(1_000_000)).isZero();
        assertThat(notes.nameCount()).isEqualTo(2);
    }

    @Test
    void termsFollowHydrusCounting() {
        NoteNames notes = new NoteNames();
        notes.update(1, Set.of(), Set.of("a"));
        notes.update(2, Set.of(), Set.of("a", "b"));
        notes.update(3, Set.of(), Set.of("a", "b", "c"));
        int n = 5;
        assertThat(files(NoteTerms.count(notes, NumberTest.present()), n)).containsExactly(1, 2, 3);
        assertThat(files(NoteTerms.count(notes, NumberTest.absent()), n)).containsExactly(0, 4);
        assertThat(files(NoteTerms.count(notes, new NumberTest(Operator.LESS, 2)), n)).containsExactly(0, 1, 4);
        assertThat(files(NoteTerms.count(notes, new NumberTest(Operator.GREATER, 1)), n)).containsExactly(2, 3);
        assertThat(files(NoteTerms.count(notes, new NumberTest(Operator.EQUAL, 2)), n)).containsExactly(2);
        assertThat(files(NoteTerms.count(notes, new NumberTest(Operator.NOT_EQUAL, 2)), n))
                .containsExactly(0, 1, 3, 4);
        assertThat(files(NoteTerms.name(notes, new NoteNamePredicate(true, "b")), n)).containsExactly(2, 3);
        assertThat(files(NoteTerms.name(notes, new NoteNamePredicate(false, "b")), n)).containsExactly(0, 1, 4);
        assertThat(files(NoteTerms.name(notes, new NoteNamePredicate(true, "zz")), n)).isEmpty();
    }
}
