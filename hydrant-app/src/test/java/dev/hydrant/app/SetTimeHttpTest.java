package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.core.services.DefaultServices;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /edit_times/set_time}: every rule of digest §9.5, its 400/404 texts, and that a refusal changes nothing. */
class SetTimeHttpTest {
    private static final String SET_TIME = "/edit_times/set_time";
    private static final String MY_FILES = DefaultServices.MY_FILES.hex();
    private static final String TRASH = DefaultServices.TRASH.hex();
    private static final String EXISTING_ONLY = "Sorry, if the timestamp type is other than 0 (web domain), then you "
            + "cannot add new timestamps, only edit existing ones. I did not see the given timestamp type (";

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void webDomainTimesAreAddedReplacedAndDeletedAndTheEarliestIsTheModifiedTime() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(1);
            long local = t.metadata(hash, false).get("time_modified_details").get("local").asLong();

            t.ok(SET_TIME, "hash", hash, "timestamp", 1600000000, "timestamp_type", 0, "domain", "example.com");
            t.ok(SET_TIME, "hash", hash, "timestamp", 1500000000.5, "timestamp_type", 0, "domain", "b.example.com");
            JsonNode m = t.metadata(hash, false);
            assertThat(fieldNames(m.get("time_modified_details"))).containsExactly("example.com", "b.example.com",
                    "local");
            assertThat(m.get("time_modified_details").get("example.com").isIntegralNumber()).isTrue();
            assertThat(m.get("time_modified_details").get("b.example.com").asLong()).isEqualTo(1500000000L);
            assertThat(m.get("time_modified").asLong()).isEqualTo(1500000000L);
            JsonNode ms = t.metadata(hash, true);
            assertThat(ms.get("time_modified").isDouble()).isTrue();
            assertThat(ms.get("time_modified").asDouble()).isEqualTo(1500000000.5);
            assertThat(ms.get("time_modified_details").get("example.com").asDouble()).isEqualTo(1600000000.0);

            // replacing keeps the domain's place; a timestamp_ms is taken as it is
            t.ok(SET_TIME, "hash", hash, "timestamp_ms", 1400000000123L, "timestamp_type", 0, "domain", "example.com");
            JsonNode replaced = t.metadata(hash, true);
            assertThat(fieldNames(replaced.get("time_modified_details"))).containsExactly("example.com",
                    "b.example.com", "local");
            assertThat(replaced.get("time_modified_details").get("example.com").asDouble()).isEqualTo(1400000000.123);
            assertThat(replaced.get("time_modified").asDouble()).isEqualTo(1400000000.123);

            // null deletes (only for web domains); deleting a time the file does not have is fine
            t.ok(SET_TIME, "hash", hash, "timestamp", null, "timestamp_type", 0, "domain", "example.com");
            t.ok(SET_TIME, "hash", hash, "timestamp", null, "timestamp_type", 0, "domain", "never.example");
            JsonNode deleted = t.metadata(hash, false);
            assertThat(fieldNames(deleted.get("time_modified_details"))).containsExactly("b.example.com", "local");
            assertThat(deleted.get("time_modified").asLong()).isEqualTo(Math.min(1500000000L, local));

            // "local" is the file's own modified time
            t.ok(SET_TIME, "hash", hash, "timestamp", 1200000000, "timestamp_type", 0, "domain", "local");
            JsonNode own = t.metadata(hash, false);
            assertThat(own.get("time_modified_details").get("local").asLong()).isEqualTo(1200000000L);
            assertThat(own.get("time_modified").asLong()).isEqualTo(1200000000L);
        }
    }

    @Test
    void otherTypesEditOnlyTimesTheFilesAlreadyHave() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(2);

            t.ok(SET_TIME, "hash", hash, "timestamp_ms", 1300000000123L, "timestamp_type", 1);
            assertThat(t.metadata(hash, true).get("time_modified_details").get("local").asDouble())
                    .isEqualTo(1300000000.123);

            t.ok(SET_TIME, "hash", hash, "timestamp", 1300000000, "timestamp_type", 3, "file_service_key", MY_FILES);
            JsonNode current = t.metadata(hash, false).get("file_services").get("current");
            assertThat(current.get(MY_FILES).get("time_imported").asLong()).isEqualTo(1300000000L);
            assertThat(current.get(DefaultServices.HYDRUS_LOCAL_FILE_STORAGE.hex()).get("time_imported").asLong())
                    .isNotEqualTo(1300000000L);
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 3,
                    "file_service_key", TRASH)).isEqualTo(EXISTING_ONLY + "\"trash\" imported time) on one of the files "
                    + "you sent, specifically: " + hash);

            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 4,
                    "file_service_key", MY_FILES)).startsWith(EXISTING_ONLY + "\"my files\" deleted time)");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 7,
                    "file_service_key", MY_FILES))
                    .startsWith(EXISTING_ONLY + "\"my files\" previous imported time (for undelete))");
            t.ok("/add_files/delete_files", "hash", hash);
            t.ok(SET_TIME, "hash", hash, "timestamp", 1310000000, "timestamp_type", 4, "file_service_key", MY_FILES);
            t.ok(SET_TIME, "hash", hash, "timestamp", 1305000000, "timestamp_type", 7, "file_service_key", MY_FILES);
            JsonNode deleted = t.metadata(hash, false).get("file_services").get("deleted").get(MY_FILES);
            assertThat(deleted.get("time_deleted").asLong()).isEqualTo(1310000000L);
            assertThat(deleted.get("time_imported").asLong()).isEqualTo(1305000000L);
            t.ok("/add_files/undelete_files", "hash", hash);

            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 5))
                    .startsWith(EXISTING_ONLY + "archived time)");
            t.ok("/add_files/archive_files", "hash", hash);
            t.ok(SET_TIME, "hash", hash, "timestamp", 1300000001, "timestamp_type", 5);
            assertThat(t.metadata(hash, false).get("time_archived").asLong()).isEqualTo(1300000001L);

            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 6))
                    .startsWith(EXISTING_ONLY + "media viewer last viewed time)");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 6, "canvas_type", 1))
                    .startsWith(EXISTING_ONLY + "preview viewer last viewed time)");
            t.ok("/edit_times/increment_file_viewtime", "hash", hash, "canvas_type", 1, "viewtime", 1);
            t.ok(SET_TIME, "hash", hash, "timestamp", 1300000002.25, "timestamp_type", 6, "canvas_type", 1);
            assertThat(t.viewing(hash, 1).get("last_viewed_timestamp").asDouble()).isEqualTo(1300000002.25);
            assertThat(t.viewing(hash, 0).get("last_viewed_timestamp").isNull()).isTrue();
        }
    }

    @Test
    void argumentsAreCheckedInHydrusOrderWithItsTexts() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(3);
            JsonNode before = t.metadata(hash, true);

            assertThat(t.refused(400, SET_TIME, "timestamp", 1, "timestamp_type", 1))
                    .isEqualTo("Please include some files in your request--file_id or hash based!");
            assertThat(t.refused(404, SET_TIME, "file_id", 987654, "timestamp", "x", "timestamp_type", 99))
                    .contains("987654");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp_type", 1))
                    .isEqualTo("Sorry, you have to specify a timestamp, even if you want to send \"null\"!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", "1641044491", "timestamp_type", 1))
                    .isEqualTo("The parameter \"timestamp\", with value \"1641044491\", was not the expected type: "
                            + "float!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp_ms", 1.5, "timestamp_type", 1))
                    .isEqualTo("The parameter \"timestamp_ms\", with value \"1.5\", was not the expected type: "
                            + "integer!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1))
                    .isEqualTo("The required parameter \"timestamp_type\" was missing!");
            for (long type : new long[]{2, 8, 99, -1}) {
                assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", type))
                        .isEqualTo("Sorry, do not understand that timestamp type \"" + type + "\"!");
            }
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 0))
                    .isEqualTo("The required parameter \"domain\" was missing!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 3))
                    .isEqualTo("The required parameter \"file_service_key\" was missing!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 4,
                    "file_service_key", "abababab")).isEqualTo("Sorry, do not know that service!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 7,
                    "file_service_key", DefaultServices.MY_TAGS.hex()))
                    .isEqualTo("Sorry, you have to specify a file service service key!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", 1, "timestamp_type", 6, "canvas_type", 2))
                    .isEqualTo("Sorry, the canvas type needs to be either 0, 1, or 4!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp", null, "timestamp_type", 5))
                    .isEqualTo("Sorry, you can only delete web domain timestamps (type 0) for now! You sent (5)!");
            assertThat(t.refused(400, SET_TIME, "hash", hash, "timestamp_ms", null, "timestamp_type", 0,
                    "domain", "local"))
                    .isEqualTo("Sorry, you can only delete web domain timestamps (type 0) for now! You sent (1)!");

            assertThat(t.metadata(hash, true)).isEqualTo(before);
        }
    }

    @Test
    void timestampWinsOverTimestampMsAndSecondsAreTruncatedToMilliseconds() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(4);
            t.ok(SET_TIME, "hash", hash, "timestamp", 1300000000.0009, "timestamp_ms", 5L, "timestamp_type", 1);
            assertThat(t.metadata(hash, true).get("time_modified_details").get("local").asDouble())
                    .isEqualTo(1300000000.0);
        }
    }

    @Test
    void oneFileWithoutTheTimeRefusesTheWholeBatch() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String archived = t.upload(5);
            String inbox = t.upload(6);
            t.ok("/add_files/archive_files", "hash", archived);
            long archivedAt = t.metadata(archived, false).get("time_archived").asLong();

            assertThat(t.refused(400, SET_TIME, "hashes", List.of(archived, inbox), "timestamp", 1300000000,
                    "timestamp_type", 5)).endsWith("(archived time) on one of the files you sent, specifically: "
                    + inbox);
            assertThat(t.metadata(archived, false).get("time_archived").asLong()).isEqualTo(archivedAt);

            String unknown = "ab".repeat(32);
            assertThat(t.refused(400, SET_TIME, "hashes", List.of(archived, unknown), "timestamp", 1300000000,
                    "timestamp_type", 1)).endsWith("specifically: " + unknown);
            assertThat(t.metadata(unknown, false).get("file_id").isNull()).as("no id made by a refusal").isTrue();

            // web domain times may be added to any hash, which gets an id as in hydrus
            t.ok(SET_TIME, "hashes", List.of(archived, unknown), "timestamp", 1300000000, "timestamp_type", 0,
                    "domain", "example.com");
            JsonNode stub = t.metadata(unknown, false);
            assertThat(stub.get("file_id").isNull()).isFalse();
            assertThat(stub.get("time_modified_details").get("example.com").asLong()).isEqualTo(1300000000L);
            assertThat(stub.get("time_modified").asLong()).isEqualTo(1300000000L);
        }
    }

    @Test
    void editedTimesSurviveARestartAndDriveModifiedSearchesAndSorts() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("hydrant-times-");
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        ServerSettings settings = new ServerSettings(0, false, false, false);
        String a;
        String b;
        String c;
        try (TestServer server = TestServer.start(settings, clock, folder, false, Duration.ofSeconds(30))) {
            TimesClient t = new TimesClient(server);
            a = t.upload(7);
            b = t.upload(8);
            c = t.upload(9);
            t.ok(SET_TIME, "hash", a, "timestamp", 946684800, "timestamp_type", 0, "domain", "example.com"); // 2000
            t.ok(SET_TIME, "hash", b, "timestamp", 1262304000, "timestamp_type", 1); // 2010
            t.ok(SET_TIME, "hash", c, "timestamp", 1577836800, "timestamp_type", 0, "domain", "example.com"); // 2020
            t.ok(SET_TIME, "hash", c, "timestamp", null, "timestamp_type", 0, "domain", "example.com");
        }
        try (TestServer server = TestServer.start(settings, clock, folder, true, Duration.ofSeconds(30))) {
            TimesClient t = new TimesClient(server);
            long ia = t.id(a);
            long ib = t.id(b);
            long ic = t.id(c);
            assertThat(t.metadata(a, false).get("time_modified").asLong()).isEqualTo(946684800L);
            assertThat(t.search("", "system:modified date < 2005-01-01")).containsExactly(ia);
            assertThat(t.search("", "system:modified date < 2015-01-01")).containsExactlyInAnyOrder(ia, ib);
            assertThat(t.search("", "system:modified date > 2025-01-01")).containsExactly(ic);
            assertThat(t.search("&file_sort_type=14&file_sort_asc=true", "system:everything"))
                    .containsExactly(ia, ib, ic);
            assertThat(t.search("&file_sort_type=14&file_sort_asc=false", "system:everything"))
                    .containsExactly(ic, ib, ia);

            // a later edit is seen by the next search
            t.ok(SET_TIME, "hash", c, "timestamp", 900000000, "timestamp_type", 0, "domain", "other.example");
            assertThat(t.search("&file_sort_type=14&file_sort_asc=true", "system:everything"))
                    .containsExactly(ic, ia, ib);
        }
    }
}
