package dev.hydrant.core.notes;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.hydrant.core.notes.ConflictResolution.APPEND;
import static dev.hydrant.core.notes.ConflictResolution.IGNORE;
import static dev.hydrant.core.notes.ConflictResolution.RENAME;
import static dev.hydrant.core.notes.ConflictResolution.REPLACE;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code merge_cleverly} rules of digest §9.6, one by one. */
class NoteMergeTest {
    private static Map<String, String> notes(String... namesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return m;
    }

    private static Map<String, String> merge(ConflictResolution c, boolean extend, Map<String, String> existing,
                                             Map<String, String> offered) {
        return new NoteMerge(extend, c).writes(existing, offered);
    }

    @Test
    void identicalNoteIsSkipped() {
        assertThat(merge(RENAME, true, notes("a", "x"), notes("a", "x"))).isEmpty();
    }

    @Test
    void textHeldUnderAnotherNameIsSkippedWhateverTheResolution() {
        for (ConflictResolution c : ConflictResolution.values()) {
            assertThat(merge(c, true, notes("a", "x"), notes("b", "x"))).isEmpty();
            assertThat(merge(c, true, notes("a", "x", "b", "y"), notes("b", "x"))).isEmpty();
        }
    }

    @Test
    void newNameIsAdded() {
        assertThat(merge(IGNORE, true, notes("a", "x"), notes("b", "y"))).containsExactly(Map.entry("b", "y"));
    }

    @Test
    void extensionOverwritesWhenExtendingElseConflicts() {
        assertThat(merge(IGNORE, true, notes("a", "hello"), notes("a", "hello world")))
                .containsExactly(Map.entry("a", "hello world"));
        assertThat(merge(IGNORE, false, notes("a", "hello"), notes("a", "hello world"))).isEmpty();
        assertThat(merge(RENAME, false, notes("a", "hello"), notes("a", "hello world")))
                .containsExactly(Map.entry("a (1)", "hello world"));
        // the existing text must be inside the new one, not just shorter
        assertThat(merge(IGNORE, true, notes("a", "hello"), notes("a", "help me"))).isEmpty();
    }

    @Test
    void extensionOfARenamedNoteGoesToThatName() {
        // 'abc (1)' came from an earlier rename; a longer version of its text lands there, not in 'abc (2)'
        Map<String, String> existing = notes("abc", "123", "abc (1)", "789");
        assertThat(merge(RENAME, true, existing, notes("abc", "789 and more")))
                .containsExactly(Map.entry("abc (1)", "789 and more"));
        // without extending it is an ordinary conflict
        assertThat(merge(RENAME, false, existing, notes("abc", "789 and more")))
                .containsExactly(Map.entry("abc (2)", "789 and more"));
        // the first such name in code-point order wins
        Map<String, String> two = notes("abc", "123", "abc b", "78", "abc a", "7");
        assertThat(merge(REPLACE, true, two, notes("abc", "789"))).containsExactly(Map.entry("abc a", "789"));
        // only names starting with the name count
        assertThat(merge(IGNORE, true, notes("abc", "123", "xabc", "789"), notes("abc", "789 and more"))).isEmpty();
    }

    @Test
    void extensionTargetOnlyMattersWhenTheNameExists() {
        assertThat(merge(RENAME, true, notes("abc (1)", "789"), notes("abc", "789 and more")))
                .containsExactly(Map.entry("abc", "789 and more"));
    }

    @Test
    void conflictResolutions() {
        Map<String, String> existing = notes("source", "one");
        assertThat(merge(REPLACE, true, existing, notes("source", "two"))).containsExactly(Map.entry("source", "two"));
        assertThat(merge(IGNORE, true, existing, notes("source", "two"))).isEmpty();
        assertThat(merge(APPEND, true, existing, notes("source", "two")))
                .containsExactly(Map.entry("source", "one\n\ntwo"));
        assertThat(merge(RENAME, true, existing, notes("source", "two")))
                .containsExactly(Map.entry("source (1)", "two"));
        assertThat(merge(RENAME, true, notes("source", "one", "source (1)", "x", "source (2)", "y"),
                notes("source", "two"))).containsExactly(Map.entry("source (3)", "two"));
    }

    @Test
    void appendSkipsTextTheNoteAlreadyContains() {
        assertThat(merge(APPEND, true, notes("s", "one\n\ntwo"), notes("s", "two"))).isEmpty();
        assertThat(merge(APPEND, true, notes("s", "one\n\ntwo"), notes("s", "tw"))).isEmpty();
        assertThat(merge(APPEND, true, notes("s", "one"), notes("s", "three"))).containsExactly(
                Map.entry("s", "one\n\nthree"));
    }

    @Test
    void offeredNotesAreTakenInCodePointOrderAndSeeEarlierWrites() {
        // "b" first (U+0062 < U+00E9 < U+1F600): its text is then held, so the later offers of the same text are skipped
        Map<String, String> offered = notes("\uD83D\uDE00", "same", "\u00e9", "same", "b", "same");
        assertThat(merge(RENAME, true, Map.of(), offered)).containsExactly(Map.entry("b", "same"));
        // an astral name sorts after U+FFFD (Java's UTF-16 order would put it first)
        Map<String, String> astral = notes("\uD83D\uDE00", "t", "\uFFFD", "t");
        assertThat(merge(RENAME, true, Map.of(), astral)).containsExactly(Map.entry("\uFFFD", "t"));
        // offers meet earlier writes: "n" is renamed to "n (1)", which "n (1)" then conflicts with
        Map<String, String> existing = notes("n", "0");
        assertThat(merge(RENAME, false, existing, notes("n (1)", "1", "n", "2")))
                .containsExactly(Map.entry("n (1)", "2"), Map.entry("n (1) (1)", "1"));
    }

    @Test
    void emptyTextFollowsTheSameRules() {
        // a new empty note is "written" (which stores nothing); over an existing one, replace writes it (a deletion)
        assertThat(merge(RENAME, true, Map.of(), notes("e", ""))).containsExactly(Map.entry("e", ""));
        assertThat(merge(REPLACE, true, notes("e", "x"), notes("e", ""))).containsExactly(Map.entry("e", ""));
        assertThat(merge(APPEND, true, notes("e", "x"), notes("e", ""))).isEmpty();
        assertThat(merge(RENAME, true, notes("e", "x"), notes("e", ""))).containsExactly(Map.entry("e (1)", ""));
    }

    @Test
    void resolutionNumbers() {
        assertThat(ConflictResolution.of(0)).contains(REPLACE);
        assertThat(ConflictResolution.of(3)).contains(RENAME);
        assertThat(ConflictResolution.of(4)).isEmpty();
        assertThat(ConflictResolution.of(-1)).isEmpty();
    }
}
