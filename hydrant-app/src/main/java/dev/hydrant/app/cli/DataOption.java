package dev.hydrant.app.cli;

import dev.hydrant.app.DataFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option every command takes. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ./hydrant-data).")
    Path data = DataFolder.DEFAULT;

    public DataFolder folder() {
        return new DataFolder(data);
    }
}
