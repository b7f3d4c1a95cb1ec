package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.tags.TagFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a restart of the server on the same data folder, and what start-up cleans. */
class StartupTest {
    @TempDir
    Path data;

    @Test
    void leftoverUploadsAreSweptAtStart() throws Exception {
        DataFolder folder = new DataFolder(data).create();
        Path leftover = Files.writeString(folder.temp().resolve("upload-123.tmp"), "half a file");
        try (Library library = Library.open(folder);
             HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, false))) {
            assertThat(leftover).doesNotExist();
            assertThat(new ApiClient(server.port()).get("/api_version").status()).isEqualTo(200);
        }
    }

    @Test
    void keysAndServicesPersistButSessionsDoNot() throws Exception {
        String key = "9e75".repeat(16);
        DataFolder folder = new DataFolder(data);
        String session;
        try (Library library = Library.open(folder)) {
            library.addAccessKey("kept", ByteKey.fromHex(key), false, Set.of(Permission.SEARCH_FILES), TagFilter.allowingEverything());
            library.services().add("kept tags", dev.hydrant.core.services.ServiceType.LOCAL_TAG, ByteKey.fromHex("cafe"), null);
            try (HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, false))) {
                session = new ApiClient(server.port()).getWithKey("/session_key", key).json().path("session_key").asText();
            }
        }
        try (Library library = Library.open(folder);
             HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, false))) {
            ApiClient api = new ApiClient(server.port());
            assertThat(api.getWithKey("/verify_access_key", key).json().path("name").asText()).isEqualTo("kept");
            assertThat(api.getWithKey("/get_services", key).json().path("services").path("cafe").path("name").asText())
                    .isEqualTo("kept tags");
            assertThat(api.get("/verify_access_key", "Hydrus-Client-API-Session-Key", session).status())
                    .as("sessions live in memory only").isEqualTo(419);
            assertThat(api.getWithKey("/client_info", key).json().path("boot_id").asText()).matches("[0-9a-f]{64}");
        }
    }
}
