package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /edit_times/increment_file_viewtime} and {@code /edit_times/set_file_viewtime} per canvas, their errors, the
 * statistics in {@code file_metadata}, across a restart, and the views/viewtime/last viewed predicates and sorts.
 */
class ViewingStatisticsHttpTest {
    private static final String INCREMENT = "/edit_times/increment_file_viewtime";
    private static final String SET = "/edit_times/set_file_viewtime";
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final double START_S = START.getEpochSecond();

    private static TestServer start(MutableClock clock) throws Exception {
        return TestServer.start(new ServerSettings(0, false, false, false), clock);
    }

    @Test
    void incrementsAddUpPerCanvasAndSetTheLastViewedTime() throws Exception {
        MutableClock clock = new MutableClock(START);
        try (TestServer server = start(clock)) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(1);
            t.ok(INCREMENT, "hash", hash, "canvas_type", 0, "views", 2, "viewtime", 10.5);
            t.ok(INCREMENT, "hash", hash, "canvas_type", 4, "viewtime", 3);
            t.ok(INCREMENT, "hash", hash, "canvas_type", 1, "views", 1, "viewtime", 1.0, "timestamp", 1600000000);

            JsonNode stats = t.metadata(hash, false).get("file_viewing_statistics");
            assertThat(stats).hasSize(3);
            assertThat(stats.get(0).toString()).isEqualTo("{\"canvas_type\":0,\"canvas_type_pretty\":\"media viewer\","
                    + "\"views\":2,\"viewtime\":10.5,\"last_viewed_timestamp\":" + START_S + "}");
            assertThat(stats.get(1).toString()).isEqualTo("{\"canvas_type\":1,\"canvas_type_pretty\":\"preview viewer\","
                    + "\"views\":1,\"viewtime\":1.0,\"last_viewed_timestamp\":1.6E9}");
            assertThat(stats.get(2).toString()).isEqualTo("{\"canvas_type\":4,\"canvas_type_pretty\":"
                    + "\"client api viewer\",\"views\":1,\"viewtime\":3.0,\"last_viewed_timestamp\":" + START_S + "}");

            clock.advance(Duration.ofMillis(1500));
            t.ok(INCREMENT, "hash", hash, "canvas_type", 0, "views", 0, "viewtime", 0.2505);
            JsonNode media = t.viewing(hash, 0);
            assertThat(media.get("views").asLong()).isEqualTo(2);
            assertThat(media.get("viewtime").asDouble()).as("0.2505 s is 250 ms").isEqualTo(10.75);
            assertThat(media.get("last_viewed_timestamp").asDouble()).isEqualTo(START_S + 1.5);

            t.ok(INCREMENT, "hash", hash, "canvas_type", 0, "viewtime", 1, "timestamp_ms", 1600000000123L);
            assertThat(t.viewing(hash, 0).get("last_viewed_timestamp").asDouble()).isEqualTo(1600000000.123);
            t.ok(INCREMENT, "hash", hash, "canvas_type", 0, "viewtime", 1, "timestamp", null);
            JsonNode nulled = t.viewing(hash, 0);
            assertThat(nulled.get("views").asLong()).isEqualTo(4);
            assertThat(nulled.get("viewtime").asDouble()).isEqualTo(12.75);
            assertThat(nulled.get("last_viewed_timestamp").isNull()).isTrue();
            assertThat(new TimesClient(server).refused(400, "/edit_times/set_time", "hash", hash, "timestamp", 1,
                    "timestamp_type", 6)).contains("(media viewer last viewed time)");
        }
    }

    @Test
    void settingReplacesCountsAndKeepsTheLastViewedTimeUnlessOneIsSent() throws Exception {
        MutableClock clock = new MutableClock(START);
        try (TestServer server = start(clock)) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(2);
            t.ok(SET, "hash", hash, "canvas_type", 0, "views", 7, "viewtime", 70.0);
            JsonNode first = t.viewing(hash, 0);
            assertThat(first.get("views").asLong()).isEqualTo(7);
            assertThat(first.get("viewtime").asDouble()).isEqualTo(70.0);
            assertThat(first.get("last_viewed_timestamp").asDouble()).as("new statistics: now").isEqualTo(START_S);

            clock.advance(Duration.ofHours(1));
            t.ok(SET, "hash", hash, "canvas_type", 0, "views", 1, "viewtime", 1.5);
            assertThat(t.viewing(hash, 0).get("last_viewed_timestamp").asDouble()).isEqualTo(START_S);
            t.ok(SET, "hash", hash, "canvas_type", 0, "views", 1, "viewtime", 1.5, "timestamp", null);
            assertThat(t.viewing(hash, 0).get("last_viewed_timestamp").asDouble()).isEqualTo(START_S);
            t.ok(SET, "hash", hash, "canvas_type", 0, "views", 0, "viewtime", 0, "timestamp_ms", 1600000000000L);
            JsonNode last = t.viewing(hash, 0);
            assertThat(last.get("views").asLong()).isZero();
            assertThat(last.get("viewtime").asDouble()).isZero();
            assertThat(last.get("last_viewed_timestamp").asDouble()).isEqualTo(1.6e9);
            assertThat(t.viewing(hash, 4).get("views").asLong()).as("other canvases untouched").isZero();
            assertThat(t.viewing(hash, 4).get("last_viewed_timestamp").isNull()).isTrue();
        }
    }

    @Test
    void refusalsUseHydrusTextsInItsOrderAndChangeNothing() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String hash = t.upload(3);
            t.ok(INCREMENT, "hash", hash, "canvas_type", 0, "views", 3, "viewtime", 9);
            JsonNode before = t.metadata(hash, false);

            for (String path : List.of(INCREMENT, SET)) {
                assertThat(t.refused(400, path, "hash", hash, "views", 1, "viewtime", 1))
                        .isEqualTo("The required parameter \"canvas_type\" was missing!");
                for (int canvas : new int[]{2, 3, 5, -1}) {
                    assertThat(t.refused(400, path, "canvas_type", canvas, "views", 1, "viewtime", 1))
                            .as("canvas before files").isEqualTo("Sorry, the canvas type needs to be either 0, 1, or 4!");
                }
                assertThat(t.refused(400, path, "hash", hash, "canvas_type", 0, "views", 1, "viewtime", 1,
                        "timestamp", "now")).isEqualTo("The parameter \"timestamp\", with value \"now\", was not the "
                        + "expected type: float!");
                assertThat(t.refused(400, path, "hash", hash, "canvas_type", 0, "views", 1))
                        .isEqualTo("The required parameter \"viewtime\" was missing!");
                assertThat(t.refused(400, path, "hash", hash, "canvas_type", 0, "views", 1, "viewtime", "1"))
                        .isEqualTo("The parameter \"viewtime\", with value \"1\", was not the expected type: float!");
                assertThat(t.refused(400, path, "hash", hash, "canvas_type", 0, "views", -1, "viewtime", -1))
                        .isEqualTo("Views cannot be a negative number!");
                assertThat(t.refused(400, path, "hash", hash, "canvas_type", 0, "views", 1, "viewtime", -0.5))
                        .isEqualTo("Viewtime cannot be a negative number!");
                assertThat(t.refused(400, path, "canvas_type", 1, "views", 1, "viewtime", 1))
                        .isEqualTo("Please include some files in your request--file_id or hash based!");
                assertThat(t.refused(404, path, "file_id", 987654, "canvas_type", 1, "views", 1, "viewtime", 1))
                        .contains("987654");
            }
            assertThat(t.refused(400, SET, "hash", hash, "canvas_type", 0, "viewtime", 1))
                    .isEqualTo("The required parameter \"views\" was missing!");
            assertThat(t.refused(400, INCREMENT, "hash", hash, "canvas_type", 0, "views", "2", "viewtime", 1))
                    .isEqualTo("The parameter \"views\", with value \"2\", was not the expected type: integer!");

            assertThat(t.metadata(hash, false)).isEqualTo(before);
        }
    }

    @Test
    void unknownHashesGetAnIdAndStatistics() throws Exception {
        try (TestServer server = TestServer.start()) {
            TimesClient t = new TimesClient(server);
            String unknown = "cd".repeat(32);
            t.ok(INCREMENT, "hashes", List.of(unknown), "canvas_type", 4, "viewtime", 2.5);
            JsonNode m = t.metadata(unknown, false);
            assertThat(m.get("file_id").isIntegralNumber()).isTrue();
            assertThat(m.get("file_viewing_statistics").get(2).get("views").asLong()).isEqualTo(1);
            assertThat(m.get("file_viewing_statistics").get(2).get("viewtime").asDouble()).isEqualTo(2.5);
        }
    }

    @Test
    void viewsViewtimeAndLastViewedAreSearchableAndSortableAcrossARestart() throws Exception {
        Path folder = Files.createTempDirectory("hydrant-views-");
        MutableClock clock = new MutableClock(START);
        ServerSettings settings = new ServerSettings(0, false, false, false);
        String a;
        String b;
        String c;
        String d;
        String e;
        try (TestServer server = TestServer.start(settings, clock, folder, false, Duration.ofSeconds(30))) {
            TimesClient t = new TimesClient(server);
            a = t.upload(11);
            b = t.upload(12);
            c = t.upload(13);
            d = t.upload(14);
            e = t.upload(15);
            long twoHoursAgo = START.minus(Duration.ofHours(2)).toEpochMilli();
            t.ok(INCREMENT, "hash", a, "canvas_type", 0, "views", 3, "viewtime", 12.5, "timestamp_ms", twoHoursAgo);
            t.ok(INCREMENT, "hash", b, "canvas_type", 1, "views", 1, "viewtime", 2);
            t.ok(INCREMENT, "hash", c, "canvas_type", 4, "views", 2, "viewtime", 30);
            t.ok(SET, "hash", e, "canvas_type", 0, "views", 0, "viewtime", 0);
            assertSearches(t, a, b, c, d, e);
            JsonNode bones = KeyedApiClient.ok(t.api.get("/manage_database/mr_bones")).get("boned_stats");
            assertThat(bones.get("total_viewtime").toString()).as("media views, viewtime, preview views, viewtime")
                    .isEqualTo("[3,12.5,1,2.0]");
            t.ok("/add_files/archive_files", "hash", b);
            JsonNode archived = KeyedApiClient.ok(t.api.get("/manage_database/mr_bones?tags="
                    + java.net.URLEncoder.encode("[\"system:archive\"]", java.nio.charset.StandardCharsets.UTF_8)))
                    .get("boned_stats");
            assertThat(archived.get("total_viewtime").toString()).isEqualTo("[0,0.0,1,2.0]");
        }
        try (TestServer server = TestServer.start(settings, clock, folder, true, Duration.ofSeconds(30))) {
            TimesClient t = new TimesClient(server);
            assertThat(server.library().indexFromSnapshot()).isTrue();
            assertThat(t.viewing(a, 0).get("views").asLong()).isEqualTo(3);
            assertSearches(t, a, b, c, d, e);

            t.ok(INCREMENT, "hash", d, "canvas_type", 0, "views", 5, "viewtime", 1);
            assertThat(t.search("", "system:views > 4")).containsExactly(t.id(d));
        }
    }

    private static void assertSearches(TimesClient t, String ha, String hb, String hc, String hd, String he)
            throws Exception {
        long a = t.id(ha);
        long b = t.id(hb);
        long c = t.id(hc);
        long d = t.id(hd);
        long e = t.id(he);
        // views without canvases count the media and client api viewers
        assertThat(t.search("", "system:views > 0")).containsExactlyInAnyOrder(a, c);
        assertThat(t.search("", "system:views in preview > 0")).containsExactly(b);
        assertThat(t.search("", "system:views = 0")).containsExactlyInAnyOrder(b, d, e);
        assertThat(t.search("", "system:views < 1")).containsExactlyInAnyOrder(b, d, e);
        assertThat(t.search("", "system:views < 3")).containsExactlyInAnyOrder(b, c, d, e);
        assertThat(t.search("", "system:views ~= 3")).as("80%..120%, truncated: 2..3").containsExactlyInAnyOrder(a, c);
        assertThat(t.search("", "system:views in media, preview, client api > 2")).containsExactly(a);
        assertThat(t.search("", "system:all views > 0")).as("media and preview").containsExactlyInAnyOrder(a, b);
        assertThat(t.search("", "system:media views < 0")).as("< always takes the unviewed")
                .containsExactlyInAnyOrder(b, c, d, e);
        assertThat(t.search("", "system:viewtime in media > 10 seconds")).containsExactly(a);
        assertThat(t.search("", "system:viewtime > 20 seconds")).containsExactly(c);
        assertThat(t.search("", "system:viewtime < 1 minute")).containsExactlyInAnyOrder(a, b, c, d, e);
        // last viewed is the media viewer's
        assertThat(t.search("", "system:last viewed time < 1 day")).containsExactlyInAnyOrder(a, e);
        assertThat(t.search("", "system:last viewed time < 1 hour")).containsExactly(e);
        assertThat(t.search("", "system:last viewed date < 2020-01-01")).isEmpty();

        assertThat(t.search("&file_sort_type=10&file_sort_asc=false", "system:everything"))
                .containsExactly(a, c, b, d, e);
        assertThat(t.search("&file_sort_type=10&file_sort_asc=true", "system:everything"))
                .containsExactly(b, d, e, c, a);
        assertThat(t.search("&file_sort_type=11&file_sort_asc=false", "system:everything"))
                .containsExactly(c, a, b, d, e);
        assertThat(t.search("&file_sort_type=18&file_sort_asc=false", "system:everything"))
                .containsExactly(e, a, b, c, d);
        assertThat(t.search("&file_sort_type=18&file_sort_asc=true", "system:everything"))
                .containsExactly(b, c, d, a, e);
    }
}
