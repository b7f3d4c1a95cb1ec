package dev.hydrant.core.tags;

import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Every interned tag held in memory: id ↔ text, and the word index autocomplete matches against (never SQL
 * {@code LIKE}). Filled from the {@link TagMappingStore} at start-up; new tags are added after the transaction that
 * interned them commits. Readers may run concurrently with one writer.
 */
public interface TagVocabulary {
    /** Adds a tag that was interned (no effect when already known). */
    void add(int tagId, String tag);

    /** The text of a known tag id. */
    String text(int tagId);

    /** The id of a tag, when it has been interned. */
    OptionalInt idOf(String tag);

    /** Calls {@code out} with the id of every tag whose text the pattern matches. */
    void matching(TagTextPattern pattern, IntConsumer out);

    int size();
}
