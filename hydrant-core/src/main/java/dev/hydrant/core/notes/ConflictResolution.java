package dev.hydrant.core.notes;

import java.util.Optional;

/** What {@code merge_cleverly} does when a name already holds a different text (hydrus's enum, 0–3). */
public enum ConflictResolution {
    /** 0: overwrite the existing note. */
    REPLACE,
    /** 1: keep the existing note, drop the new one. */
    IGNORE,
    /** 2: existing text, a blank line, new text (unless the existing text already contains the new one). */
    APPEND,
    /** 3: add the new text under the first free name "name (1)", "name (2)"... (the default). */
    RENAME;

    /** The resolution of hydrus's number, if it is one. */
    public static Optional<ConflictResolution> of(long number) {
        return number >= 0 && number < values().length ? Optional.of(values()[(int) number]) : Optional.empty();
    }
}
