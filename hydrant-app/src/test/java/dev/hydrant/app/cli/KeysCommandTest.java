package dev.hydrant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.app.ApiClient;
import dev.hydrant.app.DataFolder;
import dev.hydrant.app.HydrantServer;
import dev.hydrant.app.Library;
import dev.hydrant.app.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hydrant keys ...} run in-process on a temporary data folder, and a server started on that folder afterwards. */
class KeysCommandTest {
    private static final String KEY = "4b3e".repeat(16);

    @TempDir
    Path data;

    private Cli.Run keys(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "keys";
        all[1] = args[0];
        all[2] = "--data=" + data;
        System.arraycopy(args, 1, all, 3, args.length - 1);
        return Cli.run(all);
    }

    @Test
    void aKeyAddedOnTheCommandLineWorksWithExactlyItsPermissions() throws Exception {
        Cli.Run add = keys("add", "--name", "x", "--key", KEY, "--permissions", "0,1,3",
                "--search-tag-filter", "-[unnamespaced],-[namespaced],+series:");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo(KEY + System.lineSeparator());

        Cli.Run list = keys("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo(KEY + "  x  permissions: 0,1,3  search: only allowing 'series' tags"
                + System.lineSeparator());

        try (Library library = Library.open(new DataFolder(data));
             HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, false))) {
            ApiClient api = new ApiClient(server.port());
            JsonNode verified = api.getWithKey("/verify_access_key", KEY).json();
            assertThat(verified.path("name").asText()).isEqualTo("x");
            assertThat(verified.path("permits_everything").asBoolean()).isFalse();
            assertThat(verified.path("basic_permissions").toString()).isEqualTo("[0,1,3]");
            assertThat(verified.path("human_description").asText()).isEqualTo("API Permissions (x): import and delete files, "
                    + "import and edit urls, search for and fetch files: Can search: only allowing 'series' tags");
            assertThat(api.getWithKey("/get_services", KEY).status()).isEqualTo(200);
            assertThat(api.postWithKey("/manage_database/force_commit", KEY).status()).isEqualTo(403);
        }
    }

    @Test
    void anAllPermissionsKeyGetsARandomKey() {
        Cli.Run add = keys("add", "--name", "everything", "--all");
        assertThat(add.exitCode()).isZero();
        String key = add.out().strip();
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(keys("list").out()).isEqualTo(key + "  everything  permissions: all" + System.lineSeparator());
        String second = keys("add", "--name", "again", "--all").out().strip();
        assertThat(second).isNotEqualTo(key);
    }

    @Test
    void deletingAKey() {
        keys("add", "--name", "x", "--key", KEY, "--all");
        Cli.Run delete = keys("delete", KEY.toUpperCase());
        assertThat(delete.exitCode()).isZero();
        assertThat(delete.out()).isEqualTo("Deleted." + System.lineSeparator());
        assertThat(keys("list").out()).isEmpty();
        Cli.Run again = keys("delete", KEY);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("No such key.");
    }

    @Test
    void exactlyOneOfAllOrPermissions() {
        Cli.Run neither = keys("add", "--name", "x");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("Give exactly one of --all or --permissions.");
        Cli.Run both = keys("add", "--name", "x", "--all", "--permissions", "1");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("Give exactly one of --all or --permissions.");
        assertThat(keys("list").out()).isEmpty();
    }

    @Test
    void aKeyThatAlreadyExistsIsRefused() {
        assertThat(keys("add", "--name", "x", "--key", KEY, "--all").exitCode()).isZero();
        Cli.Run again = keys("add", "--name", "y", "--key", KEY, "--permissions", "3");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("That key already exists.");
        assertThat(keys("list").out()).contains("  x  permissions: all").doesNotContain("  y  ");
    }

    @Test
    void badValuesExitWith2UnderMainsHandler() {
        Cli.Run shortKey = Cli.run(Main::commandLine, "keys", "add", "--data=" + data, "--name", "x", "--key", "abcd", "--all");
        assertThat(shortKey.exitCode()).isEqualTo(2);
        assertThat(shortKey.err()).contains("an access key is 64 hex characters");
        Cli.Run badPermission = Cli.run(Main::commandLine, "keys", "add", "--data=" + data, "--name", "x", "--permissions", "0,99");
        assertThat(badPermission.exitCode()).isEqualTo(2);
        assertThat(badPermission.err()).contains("no permission 99");
        Cli.Run badFilter = Cli.run(Main::commandLine, "keys", "add", "--data=" + data, "--name", "x", "--permissions", "3",
                "--search-tag-filter", "series:");
        assertThat(badFilter.exitCode()).isEqualTo(2);
        assertThat(badFilter.err()).contains("a rule starts with + (allow) or - (block)");
        assertThat(keys("list").out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Run r = Cli.run("keys", "add", "--data=" + data, "--name", "x", "--all", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }
}
