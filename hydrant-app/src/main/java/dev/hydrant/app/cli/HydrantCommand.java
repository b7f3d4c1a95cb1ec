package dev.hydrant.app.cli;

import picocli.CommandLine.Command;

/** The {@code hydrant} command line. */
@Command(name = "hydrant", mixinStandardHelpOptions = true, version = "hydrant 0.1 (Hydrus Client API 95, hydrus 682)",
        description = "A headless media library server speaking the Hydrus Client API.",
        subcommands = {ServeCommand.class, KeysCommand.class, ServicesCommand.class, TagsCommand.class,
                ImportCommand.class, StorageCommand.class, OptionsCommand.class, MaintenanceCommand.class})
public final class HydrantCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
