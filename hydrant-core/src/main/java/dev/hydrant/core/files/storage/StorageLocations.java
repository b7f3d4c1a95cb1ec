package dev.hydrant.core.files.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The storage locations use cases (hydrus's "migrate database" dialog): list, add, change and remove locations,
 * plan and run a rebalance that moves prefix folders to match the weights and limits, and finish or undo a move a
 * crash interrupted.
 *
 * <p>A move is crash-safe: it is journalled, the prefix folder is copied to the new location (each file synced
 * and renamed into place), checked, and only then does the prefix switch to the new location, in the same
 * transaction that marks the journal entry switched; the old folder is deleted last. After a crash, a move that
 * had not switched loses its partial copy (the files are still at the old location) and one that had switched
 * loses the old folder. Changing locations and rebalancing need the data folder to itself (no server running).
 */
public final class StorageLocations {
    /** Space left free on a destination disk beyond the bytes a move copies. */
    static final long FREE_SPACE_MARGIN = 64L * 1024 * 1024;

    /** Progress of a rebalance. */
    public interface Progress {
        void moving(int index, int count, PrefixMove move, long bytes);

        void moved(int index, int count, PrefixMove move);
    }

    private final StorageLocationStore store;
    private final PrefixFolders folders;

    /**
     * Loads the layout from the store into the folders, storing {@code fresh} first when the database has none.
     *
     * @throws IOException when a location that holds prefixes is missing (an unmounted disk): serving without it
     *                     would answer "missing" for its files and write new ones onto the mount point
     */
    public StorageLocations(StorageLocationStore store, PrefixFolders folders, StorageLayout fresh) throws IOException {
        this.store = store;
        this.folders = folders;
        StorageLayout layout = store.load().orElse(null);
        if (layout == null) {
            store.initialise(fresh);
            layout = store.load().orElse(fresh);
        }
        for (Path location : layout.prefixesByLocation().keySet()) {
            if (!folders.exists(location)) {
                if (fresh.prefixesByLocation().containsKey(location)) {
                    folders.prepare(location);
                } else {
                    throw new IOException("The storage location " + location + " holds files but does not exist: is "
                            + "its disk mounted? (hydrant storage list shows the locations.)");
                }
            }
        }
        folders.useLayout(layout);
    }

    public StorageLayout layout() {
        return folders.layout();
    }

    /** Adds a location (its folder is created); no files move until {@link #rebalance}. */
    public IdealLocation add(Path path, int weight, Long maxNumBytes) throws IOException {
        IdealLocation location = new IdealLocation(path, weight, maxNumBytes);
        StorageLayout layout = layout();
        if (layout.idealAt(location.path()).isPresent()) {
            throw new IllegalArgumentException(location.path() + " is already a storage location.");
        }
        for (IdealLocation other : layout.ideal()) {
            if (location.path().startsWith(other.path()) || other.path().startsWith(location.path())) {
                throw new IllegalArgumentException(location.path() + " is inside " + other.path()
                        + " or contains it; locations must be separate folders.");
            }
        }
        folders.prepare(location.path());
        List<IdealLocation> ideal = new ArrayList<>(layout.ideal());
        ideal.add(location);
        replaceIdeal(ideal);
        return location;
    }

    /**
     * Changes a location's weight and limit.
     *
     * @param weight      null: unchanged
     * @param maxNumBytes null: unchanged
     * @param noLimit     removes the limit
     */
    public IdealLocation change(Path path, Integer weight, Long maxNumBytes, boolean noLimit) {
        StorageLayout layout = layout();
        IdealLocation old = layout.idealAt(path).orElseThrow(() -> new IllegalArgumentException(
                path.toAbsolutePath().normalize() + " is not a storage location."));
        IdealLocation changed = new IdealLocation(old.path(), weight == null ? old.weight() : weight,
                noLimit ? null : maxNumBytes == null ? old.maxNumBytes() : maxNumBytes);
        List<IdealLocation> ideal = new ArrayList<>();
        layout.ideal().forEach(l -> ideal.add(l.path().equals(old.path()) ? changed : l));
        replaceIdeal(ideal);
        return changed;
    }

    /** Removes a location from the configuration; the prefixes it still holds move away at the next rebalance. */
    public void remove(Path path) {
        StorageLayout layout = layout();
        IdealLocation old = layout.idealAt(path).orElseThrow(() -> new IllegalArgumentException(
                path.toAbsolutePath().normalize() + " is not a storage location."));
        List<IdealLocation> ideal = new ArrayList<>(layout.ideal());
        ideal.remove(old);
        replaceIdeal(ideal);
    }

    private void replaceIdeal(List<IdealLocation> ideal) {
        if (ideal.stream().noneMatch(l -> l.weight() > 0)) {
            throw new IllegalArgumentException("At least one storage location must have a weight above 0.");
        }
        store.replaceIdeal(ideal);
        folders.useLayout(layout().withIdeal(ideal));
    }

    /** The bytes in every prefix folder where it lives now. */
    public Map<String, Long> measure() throws IOException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        StorageLayout layout = layout();
        for (String prefix : Prefixes.ALL) {
            bytes.put(prefix, folders.bytesIn(layout.locationOf(prefix), prefix));
        }
        return bytes;
    }

    /** The moves a rebalance would make now. */
    public List<PrefixMove> plan() throws IOException {
        return RebalancePlanner.plan(layout(), measure());
    }

    /**
     * Moves prefix folders until the layout matches the configuration, one prefix at a time (copy, check, switch,
     * delete the old folder). Stops before a move whose destination disk lacks the room.
     *
     * @return the moves made
     */
    public List<PrefixMove> rebalance(Progress progress) throws IOException {
        recoverInterruptedMoves();
        Map<String, Long> bytes = measure();
        List<PrefixMove> moves = RebalancePlanner.plan(layout(), bytes);
        for (int i = 0; i < moves.size(); i++) {
            PrefixMove move = moves.get(i);
            long size = bytes.getOrDefault(move.prefix(), 0L);
            progress.moving(i + 1, moves.size(), move, size);
            move(move, size);
            progress.moved(i + 1, moves.size(), move);
        }
        return moves;
    }

    private void move(PrefixMove move, long size) throws IOException {
        folders.prepare(move.to());
        long free = folders.usableSpace(move.to());
        if (free < size + FREE_SPACE_MARGIN) {
            throw new IOException("Not enough free space at " + move.to() + " to move " + move.prefix() + " ("
                    + size + " bytes to copy, " + free + " free).");
        }
        store.beginMove(move);
        folders.copy(move.prefix(), move.from(), move.to());
        PrefixMove switched = move.switchedOver();
        store.switchMove(switched);
        folders.useLayout(layout().withPrefix(move.prefix(), move.to()));
        removeUnused(move.from(), move.prefix());
        store.endMove(move.prefix());
    }

    /** Deletes a prefix folder at a location, never the one the layout serves the prefix from. */
    private void removeUnused(Path location, String prefix) throws IOException {
        if (!layout().locationOf(prefix).equals(location.toAbsolutePath().normalize())) {
            folders.removeFolder(location, prefix);
        }
    }

    /**
     * Finishes or undoes moves a crash interrupted: before the switch the partial copy is deleted (the prefix is
     * still served from where it was); after it, the old folder is.
     *
     * @return how many moves were pending
     */
    public int recoverInterruptedMoves() throws IOException {
        List<PrefixMove> pending = store.pendingMoves();
        for (PrefixMove move : pending) {
            removeUnused(move.switched() ? move.from() : move.to(), move.prefix());
            store.endMove(move.prefix());
        }
        return pending.size();
    }
}
