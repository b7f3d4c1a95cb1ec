package dev.hydrant.app.cli;

import dev.hydrant.app.DataFolder;
import dev.hydrant.app.Library;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.app.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.app.KeyedApiClient;
import dev.hydrant.core.options.ServerOptions;
import dev.hydrant.core.services.DefaultServices;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** A PNG with a sidecar of messy tags, a PNG without one, and a text file that is nobody's sidecar. */
    private static Path folderWithSidecars(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("tagged"));
        Files.copy(MEDIA.resolve("png_rgb.png"), in.resolve("a.png"));
        Files.writeString(in.resolve("a.png.txt"), "\uFEFFCreator:Some Artist\r\n  blue sky  \n\n"
                + "character:Samus Aran\n:\nblue sky\n", StandardCharsets.UTF_8);
        Files.copy(MEDIA.resolve("jpeg_plain.jpg"), in.resolve("b.jpg"));
        Files.copy(MEDIA.resolve("text.txt"), in.resolve("readme.txt"));
        return in;
    }

    private static List<String> myTags(TestServer server, Path file) throws Exception {
        String hash = dev.hydrant.core.files.FileHasher.hash(file).sha256().hex();
        JsonNode metadata = KeyedApiClient.ok(new KeyedApiClient(server).get("/get_files/file_metadata?hash=" + hash))
                .get("metadata").get(0);
        List<String> tags = new ArrayList<>();
        metadata.get("tags").get(DefaultServices.MY_TAGS.hex()).get("storage_tags").path("0")
                .forEach(t -> tags.add(t.asText()));
        return tags;
    }

    @Test
    void sidecarTagsGoToTheChosenLocalTagServiceCleaned(@TempDir Path tmp) throws Exception {
        Path in = folderWithSidecars(tmp);
        Path data = tmp.resolve("data");
        Cli.Run run = Cli.run("import", "--data", data.toString(), "--sidecar-tags", "my tags", in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("3 files to import");
        assertThat(run.out()).contains("2 imported").contains("1 failed").contains("1 tagged from sidecars");
        try (TestServer server = TestServer.startKeeping(data)) {
            assertThat(myTags(server, in.resolve("a.png"))).containsExactlyInAnyOrder("creator:some artist",
                    "blue sky", "character:samus aran");
            assertThat(myTags(server, in.resolve("b.jpg"))).isEmpty();
        }
        Cli.Run wrong = Cli.run("import", "--data", data.toString(), "--sidecar-tags", "my files", in.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("my files is not a local tag service");
        Cli.Run missing = Cli.run("import", "--data", data.toString(), "--sidecar-tags", "nope", in.toString());
        assertThat(missing.err()).contains("No service nope");
    }

    @Test
    void sidecarTagsThroughARunningServerAlsoTagFilesAlreadyThere(@TempDir Path tmp) throws Exception {
        Path in = folderWithSidecars(tmp);
        try (TestServer server = TestServer.start()) {
            String[] plain = {"import", "--server", server.baseUrl(), "--key", TestServer.ACCESS_KEY, in.toString()};
            assertThat(Cli.run(plain).out()).contains("2 imported").contains("2 failed");
            assertThat(myTags(server, in.resolve("a.png"))).isEmpty();
            Cli.Run run = Cli.run("import", "--server", server.baseUrl(), "--key", TestServer.ACCESS_KEY,
                    "--sidecar-tags", DefaultServices.MY_TAGS.hex(), in.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("2 already in the database").contains("1 tagged from sidecars");
            assertThat(myTags(server, in.resolve("a.png"))).containsExactlyInAnyOrder("creator:some artist",
                    "blue sky", "character:samus aran");
        }
    }

    @Test
    void vetoedFilesAreCountedAsVetoed(@TempDir Path tmp) throws Exception {
        Path in = folderOfThree(tmp);
        try (TestServer server = TestServer.start()) {
            server.library().options().set(ServerOptions.IMPORT_ALLOWED_FILETYPES, "jpeg");
            Cli.Run run = Cli.run("import", "--server", server.baseUrl(), "--key", TestServer.ACCESS_KEY,
                    in.toString());
            assertThat(run.out()).contains("1 imported").contains("1 vetoed").contains("1 failed");
            assertThat(run.err()).contains("File was a png, which is not allowed by the File Import Options.");
        }
    }
}
