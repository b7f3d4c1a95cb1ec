package dev.hydrant.core.files.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which prefix folders move where so that the locations hold shares of the prefixes proportional to their
 * weights, within their size limits, moving as few prefixes as it can. Pure: the caller gives the layout and the
 * bytes in each prefix folder.
 *
 * <p>Files and thumbnails are shared out separately (each kind's 256 prefixes by weight, largest remainder first).
 * A location with a size limit gets fewer prefixes when its share, at the average bytes per prefix, would not fit;
 * the others take the rest by weight. Then the real sizes are checked: a limited location still over its limit
 * hands its largest prefixes to the location with the most room. Locations that are not configured, or have weight
 * 0, give all their prefixes away.
 */
public final class RebalancePlanner {
    private RebalancePlanner() {
    }

    /**
     * @param bytes bytes in each prefix folder (missing: 0)
     * @throws IllegalStateException when no location has a weight, or the limits cannot hold everything
     */
    public static List<PrefixMove> plan(StorageLayout layout, Map<String, Long> bytes) {
        List<IdealLocation> active = layout.ideal().stream().filter(l -> l.weight() > 0).toList();
        if (active.isEmpty()) {
            throw new IllegalStateException("No storage location has a weight above 0, so the files have nowhere to go.");
        }
        Map<String, Path> target = new HashMap<>(layout.prefixes());
        Map<Path, int[]> counts = counts(active, bytes);
        for (char kind : new char[]{'f', 't'}) {
            int k = kind == 'f' ? 0 : 1;
            Map<Path, List<String>> held = new LinkedHashMap<>();
            active.forEach(l -> held.put(l.path(), new ArrayList<>()));
            List<String> homeless = new ArrayList<>();
            Prefixes.ALL.stream().filter(p -> p.charAt(0) == kind).forEach(p -> {
                List<String> list = held.get(layout.locationOf(p));
                (list == null ? homeless : list).add(p);
            });
            for (IdealLocation l : active) {
                List<String> list = held.get(l.path());
                int keep = counts.get(l.path())[k];
                while (list.size() > keep) {
                    homeless.add(list.remove(list.size() - 1));
                }
            }
            homeless.sort(Comparator.naturalOrder());
            int next = 0;
            for (IdealLocation l : active) {
                List<String> list = held.get(l.path());
                while (list.size() < counts.get(l.path())[k] && next < homeless.size()) {
                    String p = homeless.get(next++);
                    list.add(p);
                    target.put(p, l.path());
                }
            }
        }
        enforceLimits(active, target, bytes);
        List<PrefixMove> moves = new ArrayList<>();
        new TreeMap<>(target).forEach((prefix, to) -> {
            Path from = layout.locationOf(prefix);
            if (!from.equals(to)) {
                moves.add(new PrefixMove(prefix, from, to, false));
            }
        });
        return moves;
    }

    /** How many file and thumbnail prefixes each active location should hold. */
    private static Map<Path, int[]> counts(List<IdealLocation> active, Map<String, Long> bytes) {
        double[] average = {average(bytes, 'f'), average(bytes, 't')};
        Map<Path, int[]> counts = new LinkedHashMap<>();
        List<IdealLocation> open = new ArrayList<>(active);
        int[] left = {256, 256};
        while (true) {
            Map<Path, int[]> shares = new LinkedHashMap<>();
            for (int k = 0; k < 2; k++) {
                int[] split = split(open, left[k]);
                for (int i = 0; i < open.size(); i++) {
                    shares.computeIfAbsent(open.get(i).path(), p -> new int[2])[k] = split[i];
                }
            }
            IdealLocation capped = null;
            for (IdealLocation l : open) {
                int[] s = shares.get(l.path());
                if (l.maxNumBytes() != null && s[0] * average[0] + s[1] * average[1] > l.maxNumBytes()) {
                    double ratio = l.maxNumBytes() / (s[0] * average[0] + s[1] * average[1]);
                    int f = (int) Math.floor(s[0] * ratio);
                    int t = (int) Math.floor(s[1] * ratio);
                    counts.put(l.path(), new int[]{f, t});
                    left[0] -= f;
                    left[1] -= t;
                    capped = l;
                    break;
                }
            }
            if (capped == null) {
                counts.putAll(shares);
                return counts;
            }
            open.remove(capped);
            if (open.isEmpty()) {
                throw notEnoughRoom();
            }
        }
    }

    private static double average(Map<String, Long> bytes, char kind) {
        long total = 0;
        for (Map.Entry<String, Long> e : bytes.entrySet()) {
            if (e.getKey().charAt(0) == kind) {
                total += e.getValue();
            }
        }
        return total / 256.0;
    }

    /** {@code n} split by weight, largest remainders first (ties: earlier locations). */
    private static int[] split(List<IdealLocation> locations, int n) {
        long totalWeight = locations.stream().mapToLong(IdealLocation::weight).sum();
        int[] out = new int[locations.size()];
        double[] remainder = new double[locations.size()];
        int given = 0;
        for (int i = 0; i < out.length; i++) {
            double exact = (double) n * locations.get(i).weight() / totalWeight;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            given += out[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < out.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    /** Moves the largest prefixes off locations over their limit, to where there is the most room. */
    private static void enforceLimits(List<IdealLocation> active, Map<String, Path> target, Map<String, Long> bytes) {
        for (IdealLocation l : active) {
            if (l.maxNumBytes() == null) {
                continue;
            }
            while (used(l.path(), target, bytes) > l.maxNumBytes()) {
                String largest = target.entrySet().stream().filter(e -> e.getValue().equals(l.path()))
                        .map(Map.Entry::getKey)
                        .max(Comparator.comparingLong((String p) -> bytes.getOrDefault(p, 0L))
                                .thenComparing(Comparator.reverseOrder()))
                        .orElseThrow(RebalancePlanner::notEnoughRoom);
                long size = bytes.getOrDefault(largest, 0L);
                IdealLocation receiver = null;
                for (IdealLocation other : active) {
                    if (other != l && fits(other, size, target, bytes)
                            && (receiver == null || roomier(other, receiver, target, bytes))) {
                        receiver = other;
                    }
                }
                if (receiver == null) {
                    throw notEnoughRoom();
                }
                target.put(largest, receiver.path());
            }
        }
    }

    private static boolean fits(IdealLocation l, long size, Map<String, Path> target, Map<String, Long> bytes) {
        return l.maxNumBytes() == null || used(l.path(), target, bytes) + size <= l.maxNumBytes();
    }

    /** Unlimited locations first (least used per weight), then limited ones with the most bytes left. */
    private static boolean roomier(IdealLocation a, IdealLocation b, Map<String, Path> target,
                                   Map<String, Long> bytes) {
        if ((a.maxNumBytes() == null) != (b.maxNumBytes() == null)) {
            return a.maxNumBytes() == null;
        }
        if (a.maxNumBytes() == null) {
            return used(a.path(), target, bytes) / (double) a.weight()
                    < used(b.path(), target, bytes) / (double) b.weight();
        }
        return a.maxNumBytes() - used(a.path(), target, bytes) > b.maxNumBytes() - used(b.path(), target, bytes);
    }

    private static long used(Path location, Map<String, Path> target, Map<String, Long> bytes) {
        long sum = 0;
        for (Map.Entry<String, Path> e : target.entrySet()) {
            if (e.getValue().equals(location)) {
                sum += bytes.getOrDefault(e.getKey(), 0L);
            }
        }
        return sum;
    }

    private static IllegalStateException notEnoughRoom() {
        return new IllegalStateException("The storage locations' size limits cannot hold all the files: raise a "
                + "limit or add a location without one.");
    }
}
