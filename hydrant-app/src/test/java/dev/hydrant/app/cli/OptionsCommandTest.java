package dev.hydrant.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.app.KeyedApiClient;
import dev.hydrant.app.TestImages;
import dev.hydrant.app.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hydrant options}: list, set and reset, taking effect on a running server's next request. */
class OptionsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void optionsSetWithTheCliApplyToARunningServer() throws Exception {
        Path data = tmp.resolve("data");
        try (TestServer server = TestServer.startKeeping(data)) {
            KeyedApiClient api = new KeyedApiClient(server);
            Cli.Run list = Cli.run("options", "list", "--data", data.toString());
            assertThat(list.exitCode()).isZero();
            assertThat(list.out()).contains("delete-lock-for-archived-files = false")
                    .contains("import-max-size = none").contains("import-allowed-filetypes = all");

            Cli.Run set = Cli.run("options", "set", "--data", data.toString(), "import-max-size", "1KB");
            assertThat(set.exitCode()).isZero();
            assertThat(set.out()).contains("import-max-size = 1024 (1KB)");
            JsonNode vetoed = KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(40, 40, 3)));
            assertThat(vetoed.get("status").asInt()).isEqualTo(7);
            assertThat(vetoed.get("note").asText()).endsWith(" but the upper limit is 1KB.");
            assertThat(Cli.run("options", "list", "--data", data.toString()).out())
                    .contains("import-max-size = 1024 (1KB)   (default: none)");

            Cli.Run bad = Cli.run("options", "set", "--data", data.toString(), "import-max-size", "big");
            assertThat(bad.exitCode()).isEqualTo(1);
            assertThat(bad.err()).contains("\"big\" is not a size");
            Cli.Run unknown = Cli.run("options", "set", "--data", data.toString(), "colour", "blue");
            assertThat(unknown.err()).contains("There is no option \"colour\"");

            assertThat(Cli.run("options", "reset", "--data", data.toString(), "import-max-size").out())
                    .contains("import-max-size = none");
            assertThat(KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(40, 40, 3)))
                    .get("status").asInt()).isEqualTo(1);
        }
    }
}
