package dev.hydrant.app.cli;

import dev.hydrant.core.files.PerceptualHashRegeneration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code hydrant maintenance ...}: jobs over the whole data folder, run while no server uses it.
 * {@code regenerate-perceptual-hashes} recomputes the similar-files data from the stored files (the backfill for files
 * imported before Hydrant recorded perceptual hashes).
 */
@Command(name = "maintenance", description = "Maintenance jobs over the data folder (the server must be stopped).",
        subcommands = {MaintenanceCommand.RegeneratePerceptualHashes.class})
public final class MaintenanceCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "regenerate-perceptual-hashes",
            description = "Recompute the perceptual hashes (system:similar to) of every stored still image.")
    static final class RegeneratePerceptualHashes implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--only-missing", description = "Only files that have no perceptual hash stored yet.")
        boolean onlyMissing;

        @Override
        public Integer call() throws Exception {
            return ServicesCommand.whileServerStoppedOr(data, "stop it first (its similar-files index would not "
                    + "see the new hashes).", library -> {
                long start = System.nanoTime();
                int[] lastPercent = {-1};
                PerceptualHashRegeneration.Summary summary = library.perceptualHashRegeneration().run(onlyMissing,
                        (done, total) -> {
                            int percent = total == 0 ? 100 : (int) (100L * done / total);
                            if (percent / 10 != lastPercent[0] / 10) {
                                System.err.println(done + "/" + total + " stored files (" + percent + "%)");
                                lastPercent[0] = percent;
                            }
                        });
                System.out.println(summary.examined() + " files examined: " + summary.withHashes()
                        + " with perceptual hashes, " + summary.withoutHashes() + " without (blank or undecodable), "
                        + summary.unchanged() + " unchanged, " + summary.missingBytes() + " missing from disk ("
                        + (System.nanoTime() - start) / 1_000_000 + " ms)");
                return summary.missingBytes() > 0 ? 1 : 0;
            });
        }
    }
}
