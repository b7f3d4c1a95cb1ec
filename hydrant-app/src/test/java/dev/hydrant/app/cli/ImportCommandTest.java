package dev.hydrant.app.cli;

import dev.hydrant.app.DataFolder;
import dev.hydrant.app.Library;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.app.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hydrant import}: folders imported recursively, into a data folder or through a running server. */
class ImportCommandTest {
    private static final Path MEDIA = dev.hydrant.conformance.SharedConformanceFiles.locate().media();

    private static Path folderOfThree(Path tmp) throws Exception {
        Path source = Files.createDirectories(tmp.resolve("in/sub"));
        Files.copy(MEDIA.resolve("png_rgb.png"), tmp.resolve("in/png_rgb.png"));
        Files.copy(MEDIA.resolve("jpeg_plain.jpg"), source.resolve("jpeg_plain.jpg"));
        Files.copy(MEDIA.resolve("text.txt"), source.resolve("notes.txt"));
        return tmp.resolve("in");
    }

    @Test
    void importsAFolderRecursivelyAndSkipsWhatIsAlreadyThere(@TempDir Path tmp) throws Exception {
        Path in = folderOfThree(tmp);
        Path data = tmp.resolve("data");
        Cli.Run first = Cli.run("import", "--data", data.toString(), in.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("2 imported").contains("1 failed");
        assertThat(first.err()).contains("3/3 files").contains("Unknown filetype!");
        Cli.Run again = Cli.run("import", "--data", data.toString(), in.toString());
        assertThat(again.out()).contains("2 already in the database").doesNotContain("imported\n");
        try (Library library = Library.open(new DataFolder(data))) {
            assertThat(library.store().files()).isNotNull();
        }
    }

    @Test
    void refusesADataFolderAServerIsUsing(@TempDir Path tmp) throws Exception {
        Path in = folderOfThree(tmp);
        DataFolder data = new DataFolder(tmp.resolve("data")).create();
        try (ServerLockFile lock = ServerLockFile.tryAcquire(data.serverLock()).orElseThrow()) {
            Cli.Run run = Cli.run("import", "--data", data.root().toString(), in.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("--server");
        }
    }

    @Test
    void importsThroughARunningServer(@TempDir Path tmp) throws Exception {
        Path in = folderOfThree(tmp);
        try (TestServer server = TestServer.start()) {
            Cli.Run run = Cli.run("import", "--server", server.baseUrl(), "--key", TestServer.ACCESS_KEY, in.toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("2 imported").contains("1 failed");
            Cli.Run again = Cli.run("import", "--server", server.baseUrl(), "--key", TestServer.ACCESS_KEY, in.toString());
            assertThat(again.out()).contains("2 already in the database");
        }
    }
}
