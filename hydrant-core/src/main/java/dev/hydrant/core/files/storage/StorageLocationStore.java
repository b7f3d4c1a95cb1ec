package dev.hydrant.core.files.storage;

import java.util.List;
import java.util.Optional;

/**
 * The storage layout in the database: the configured locations, which location holds each prefix, and the journal
 * of prefix moves in progress. Paths inside the data folder are kept relative to it, so the data folder can be
 * moved as a whole.
 */
public interface StorageLocationStore {
    /** The stored layout; empty before {@link #initialise} ran on this database. */
    Optional<StorageLayout> load();

    /** Stores a first layout when there is none yet (otherwise nothing changes). */
    void initialise(StorageLayout layout);

    /** Replaces the configured locations (prefix assignments are not touched). */
    void replaceIdeal(List<IdealLocation> locations);

    List<PrefixMove> pendingMoves();

    /** Journals a move before its copy starts. */
    void beginMove(PrefixMove move);

    /** In one transaction: the prefix now lives at the move's destination, and the journal says so. */
    void switchMove(PrefixMove move);

    /** Forgets a journalled move (finished, or rolled back). */
    void endMove(String prefix);
}
