package dev.hydrant.app.cli;

import dev.hydrant.app.Library;
import dev.hydrant.core.files.importing.HumanText;
import dev.hydrant.core.files.storage.IdealLocation;
import dev.hydrant.core.files.storage.PrefixMove;
import dev.hydrant.core.files.storage.StorageLayout;
import dev.hydrant.core.files.storage.StorageLocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code hydrant storage}: the folders client files live in (hydrus's "migrate database" dialog). Each location
 * holds some of the 512 prefix folders ({@code f00}…{@code fff}, {@code t00}…{@code tff}); {@code rebalance} moves
 * prefixes until every location holds a share proportional to its weight, within its size limit.
 */
@Command(name = "storage", description = "Manage the folders client files are stored in.", subcommands = {
        StorageCommand.ListLocations.class, StorageCommand.Add.class, StorageCommand.SetLocation.class,
        StorageCommand.Remove.class, StorageCommand.Rebalance.class})
public final class StorageCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    private static Long maxSize(String text) {
        if (text == null) {
            return null;
        }
        return dev.hydrant.core.options.ServerOptions.parseSize(text);
    }

    @Command(name = "list", description = "Show each location: weight, size limit, prefixes held, bytes used, and "
            + "whether a rebalance is needed.")
    static final class ListLocations implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            try (Library library = Library.open(data.folder())) {
                StorageLocations storage = library.storageLocations();
                StorageLayout layout = storage.layout();
                Map<String, Long> bytes = storage.measure();
                Map<Path, List<String>> held = layout.prefixesByLocation();
                Set<Path> paths = new LinkedHashSet<>();
                layout.ideal().forEach(l -> paths.add(l.path()));
                paths.addAll(held.keySet());
                System.out.printf("%-40s %6s %10s %8s %8s %10s%n", "location", "weight", "limit", "files", "thumbs",
                        "used");
                for (Path path : paths) {
                    IdealLocation ideal = layout.idealAt(path).orElse(null);
                    List<String> prefixes = held.getOrDefault(path, List.of());
                    long used = prefixes.stream().mapToLong(p -> bytes.getOrDefault(p, 0L)).sum();
                    long files = prefixes.stream().filter(p -> p.startsWith("f")).count();
                    System.out.printf("%-40s %6s %10s %8d %8d %10s%n", path,
                            ideal == null ? "removed" : Integer.toString(ideal.weight()),
                            ideal == null || ideal.maxNumBytes() == null ? "none" : HumanText.bytes(ideal.maxNumBytes()),
                            files, prefixes.size() - files, HumanText.bytes(used));
                }
                try {
                    List<PrefixMove> moves = dev.hydrant.core.files.storage.RebalancePlanner.plan(layout, bytes);
                    System.out.println(moves.isEmpty() ? "Balanced: no prefix needs to move."
                            : "Rebalance needed: " + moves.size() + " prefix folders to move ("
                            + HumanText.bytes(moves.stream().mapToLong(m -> bytes.getOrDefault(m.prefix(), 0L)).sum())
                            + "); run hydrant storage rebalance with the server stopped.");
                } catch (IllegalStateException e) {
                    System.out.println(e.getMessage());
                }
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a location (a folder; created if missing). Nothing moves until "
            + "rebalance.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "PATH")
        Path path;

        @Option(names = "--weight", defaultValue = "1", description = "Share of the prefixes relative to the other "
                + "locations (default: ${DEFAULT-VALUE}).")
        int weight;

        @Option(names = "--max-size", description = "Most bytes this location may hold (e.g. 500GB); none by default.")
        String maxSize;

        @Override
        public Integer call() throws Exception {
            return ServicesCommand.whileServerStopped(data, "changing storage locations", library -> {
                try {
                    IdealLocation added = library.storageLocations().add(path, weight, maxSize(maxSize));
                    System.out.println("Added " + added.path() + "; run hydrant storage rebalance to move files "
                            + "there.");
                    return 0;
                } catch (java.io.IOException e) {
                    System.err.println("Cannot use " + path + ": " + e.getMessage());
                    return 1;
                }
            });
        }
    }

    @Command(name = "set", description = "Change a location's weight or size limit.")
    static final class SetLocation implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "PATH")
        Path path;

        @Option(names = "--weight", description = "New weight (0: empty this location at the next rebalance).")
        Integer weight;

        @Option(names = "--max-size", description = "New size limit (e.g. 2TB), or none.")
        String maxSize;

        @Override
        public Integer call() throws Exception {
            boolean noLimit = maxSize != null && maxSize.strip().equalsIgnoreCase("none");
            return ServicesCommand.whileServerStopped(data, "changing storage locations", library -> {
                IdealLocation changed = library.storageLocations().change(path, weight,
                        noLimit ? null : maxSize(maxSize), noLimit);
                System.out.println(changed.path() + ": weight " + changed.weight() + ", limit "
                        + (changed.maxNumBytes() == null ? "none" : HumanText.bytes(changed.maxNumBytes())));
                return 0;
            });
        }
    }

    @Command(name = "remove", description = "Stop using a location; the next rebalance moves its files away.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "PATH")
        Path path;

        @Override
        public Integer call() throws Exception {
            return ServicesCommand.whileServerStopped(data, "changing storage locations", library -> {
                library.storageLocations().remove(path);
                System.out.println("Removed " + path.toAbsolutePath().normalize()
                        + "; run hydrant storage rebalance to move its files to the other locations.");
                return 0;
            });
        }
    }

    @Command(name = "rebalance", description = "Move prefix folders until the locations match their weights and "
            + "limits (copy, check, switch, then delete the old copy; safe to interrupt).")
    static final class Rebalance implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--dry-run", description = "Only show what would move.")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            return ServicesCommand.whileServerStopped(data, "moving files", library -> {
                StorageLocations storage = library.storageLocations();
                if (dryRun) {
                    Map<String, Long> bytes = storage.measure();
                    List<PrefixMove> moves = storage.plan();
                    moves.forEach(m -> System.out.println(m.prefix() + ": " + m.from() + " -> " + m.to() + " ("
                            + HumanText.bytes(bytes.getOrDefault(m.prefix(), 0L)) + ")"));
                    System.out.println(moves.size() + " prefix folders would move.");
                    return 0;
                }
                try {
                    List<PrefixMove> moves = storage.rebalance(new StorageLocations.Progress() {
                        @Override
                        public void moving(int index, int count, PrefixMove move, long bytes) {
                            System.err.printf("\r%d/%d moving %s to %s (%s)   ", index, count, move.prefix(), move.to(),
                                    HumanText.bytes(bytes));
                        }

                        @Override
                        public void moved(int index, int count, PrefixMove move) {
                            if (index == count) {
                                System.err.println();
                            }
                        }
                    });
                    System.out.println(moves.isEmpty() ? "Balanced: nothing to move."
                            : "Moved " + moves.size() + " prefix folders.");
                    return 0;
                } catch (IllegalStateException | java.io.IOException e) {
                    System.err.println();
                    System.err.println(e.getMessage());
                    return 1;
                }
            });
        }
    }
}
