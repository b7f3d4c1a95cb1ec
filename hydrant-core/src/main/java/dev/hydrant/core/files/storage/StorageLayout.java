package dev.hydrant.core.files.storage;

import dev.hydrant.core.files.StorageLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where client files live: the configured (ideal) locations and, for each of the 512 prefixes, the location that
 * holds it now. Immutable; a change makes a new layout.
 *
 * @param ideal    the configured locations, in the order they were added
 * @param prefixes every prefix to the location holding it (complete: all 512 prefixes)
 */
public record StorageLayout(List<IdealLocation> ideal, Map<String, Path> prefixes) {
    public StorageLayout {
        ideal = List.copyOf(ideal);
        prefixes = Map.copyOf(prefixes);
    }

    /** A fresh data folder: one location holding every prefix, weight 1, no limit. */
    public static StorageLayout single(Path location) {
        IdealLocation only = new IdealLocation(location, 1, null);
        Map<String, Path> all = new LinkedHashMap<>();
        Prefixes.ALL.forEach(p -> all.put(p, only.path()));
        return new StorageLayout(List.of(only), all);
    }

    /** The location holding a prefix. */
    public Path locationOf(String prefix) {
        Path path = prefixes.get(prefix);
        if (path == null) {
            throw new IllegalArgumentException("no storage location holds " + prefix);
        }
        return path;
    }

    public Optional<IdealLocation> idealAt(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return ideal.stream().filter(l -> l.path().equals(p)).findFirst();
    }

    /** The prefixes each location holds now, by path. */
    public Map<Path, List<String>> prefixesByLocation() {
        Map<Path, List<String>> out = new TreeMap<>();
        prefixes.forEach((prefix, path) -> out.computeIfAbsent(path, p -> new ArrayList<>()).add(prefix));
        out.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return out;
    }

    /**
     * The locations as {@code /get_files/local_file_storage_locations} reports them: every location that holds a
     * prefix, sorted by path, with its ideal weight and limit (0 and none for a location no longer configured,
     * whose prefixes wait for a rebalance to move away).
     */
    public List<StorageLocation> report() {
        List<StorageLocation> out = new ArrayList<>();
        prefixesByLocation().forEach((path, held) -> {
            Optional<IdealLocation> configured = idealAt(path);
            out.add(new StorageLocation(path, configured.map(IdealLocation::weight).orElse(0),
                    configured.map(IdealLocation::maxNumBytes).orElse(null), held));
        });
        out.sort(Comparator.comparing(l -> l.path().toString()));
        return out;
    }

    public StorageLayout withIdeal(List<IdealLocation> newIdeal) {
        return new StorageLayout(newIdeal, prefixes);
    }

    public StorageLayout withPrefix(String prefix, Path location) {
        Map<String, Path> changed = new LinkedHashMap<>(prefixes);
        changed.put(prefix, location.toAbsolutePath().normalize());
        return new StorageLayout(ideal, changed);
    }
}
