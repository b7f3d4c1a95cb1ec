package dev.hydrant.app;

import dev.hydrant.app.cli.HydrantCommand;
import picocli.CommandLine;

/** Entry point of the {@code hydrant} command. */
public final class Main {
    private Main() {
    }

    /** The command line as {@code main} runs it: a bad argument value ({@link IllegalArgumentException}) exits with 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HydrantCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
