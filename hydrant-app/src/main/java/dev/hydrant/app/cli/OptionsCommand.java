package dev.hydrant.app.cli;

import dev.hydrant.app.DataFolder;
import dev.hydrant.store.sqlite.SqliteMetadataStore;
import dev.hydrant.core.files.importing.HumanText;
import dev.hydrant.core.options.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code hydrant options}: the server options hydrus keeps in its options dialog — the delete lock for archived
 * files and the file import options. They are stored in the database and read at each use, so a change applies to
 * a running server's next request.
 */
@Command(name = "options", description = "Show and change server options (delete lock, file import options).",
        subcommands = {OptionsCommand.ListOptions.class, OptionsCommand.SetOption.class,
                OptionsCommand.ResetOption.class})
public final class OptionsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Only the database is opened (not the media tools or the search index): options are rows in it. */
    static SqliteMetadataStore open(DataFolder folder) throws java.io.IOException {
        return SqliteMetadataStore.open(folder.create().database());
    }

    /** Sizes also in hydrus's human form. */
    static String shown(String value) {
        if (value.matches("\\d+")) {
            return value + " (" + HumanText.bytes(Long.parseLong(value)) + ")";
        }
        return value;
    }

    @Command(name = "list", description = "Every option with its value and what it does.")
    static final class ListOptions implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            try (SqliteMetadataStore store = open(data.folder())) {
                Map<String, String> values = new ServerOptions(store.options()).values();
                for (ServerOptions.Definition d : ServerOptions.definitions()) {
                    String value = values.get(d.name());
                    System.out.println(d.name() + " = " + shown(value)
                            + (value.equals(d.defaultValue()) ? "" : "   (default: " + d.defaultValue() + ")"));
                    System.out.println("    " + d.description());
                }
            }
            return 0;
        }
    }

    @Command(name = "set", description = "Set an option (works while the server runs).")
    static final class SetOption implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() throws Exception {
            try (SqliteMetadataStore store = open(data.folder())) {
                String stored = new ServerOptions(store.options()).set(name, value);
                System.out.println(name + " = " + shown(stored));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "reset", description = "Put an option back to its default.")
    static final class ResetOption implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (SqliteMetadataStore store = open(data.folder())) {
                ServerOptions options = new ServerOptions(store.options());
                options.reset(name);
                System.out.println(name + " = " + shown(options.values().get(name)));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
