package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.ratings.StoredRating;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /edit_ratings/set_rating}, {@code ratings} in {@code file_metadata} and the rating predicates of
 * {@code search_files}, for every service type (digest §9.4, §11): numerical and inc/dec services are created through
 * the service catalog, as the CLI creates them.
 */
class RatingsHttpTest {
    private static final String FAVOURITES = DefaultServices.FAVOURITES.hex();
    private static final ByteKey STARS = ByteKey.fromHex("5747a125");
    private static final ByteKey TENTHS = ByteKey.fromHex("7e7e");
    private static final ByteKey COUNTER = ByteKey.fromHex("c0c0");
    private static final ByteKey HEARTS = ByteKey.fromHex("4ea7");

    @TempDir
    Path dir;

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static RawHttp.Response rate(KeyedApiClient api, ByteKey service, String hash, Object rating)
            throws Exception {
        Map<String, Object> b = new HashMap<>();
        b.put("hash", hash);
        b.put("rating_service_key", service.hex());
        b.put("rating", rating);
        return api.post("/edit_ratings/set_rating", b);
    }

    private static void rateOk(KeyedApiClient api, ByteKey service, String hash, Object rating) throws Exception {
        KeyedApiClient.ok(rate(api, service, hash, rating));
    }

    private static JsonNode ratings(KeyedApiClient api, String hash) throws Exception {
        return KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash)).get("metadata").get(0)
                .get("ratings");
    }

    private static JsonNode rating(KeyedApiClient api, String hash, ByteKey service) throws Exception {
        return ratings(api, hash).get(service.hex());
    }

    private static void assertError(RawHttp.Response r, int status, String type, String error) throws Exception {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        JsonNode j = KeyedApiClient.json(r);
        assertThat(j.get("exception_type").asText()).isEqualTo(type);
        assertThat(j.get("error").asText()).isEqualTo(error);
    }

    private static List<String> upload(KeyedApiClient api, int n) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5 + i, 7 + i, 40 + i)))
                    .get("hash").asText());
        }
        return out;
    }

    private static long id(TestServer server, String hash) {
        return server.library().files().idsOf(List.of(ByteKey.fromHex(hash))).get(ByteKey.fromHex(hash));
    }

    private static StoredRating stored(TestServer server, ByteKey service, String hash) {
        long id = id(server, hash);
        return server.library().store().ratings().ratingsOf(List.of(id)).getOrDefault(id, Map.of()).get(service);
    }

    private static void addServices(TestServer server) {
        var services = server.library().services();
        services.add("stars", ServiceType.LOCAL_RATING_NUMERICAL, STARS, null);
        services.add("tenths", ServiceType.LOCAL_RATING_NUMERICAL, TENTHS,
                RatingOptions.defaultNumerical().withStars(10, false));
        services.add("counter", ServiceType.LOCAL_RATING_INCDEC, COUNTER, null);
    }

    @Test
    void likeDislikeTakesBoolsAndNullClears() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.library().services().add("hearts", ServiceType.LOCAL_RATING_LIKE, HEARTS, null);
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = upload(api, 2);
            assertThat(ratings(api, h.get(0)).toString()).isEqualTo("{\"" + FAVOURITES + "\":null,\"4ea7\":null}");

            rateOk(api, DefaultServices.FAVOURITES, h.get(0), true);
            assertThat(ratings(api, h.get(0)).toString()).isEqualTo("{\"" + FAVOURITES + "\":true,\"4ea7\":null}");
            assertThat(stored(server, DefaultServices.FAVOURITES, h.get(0))).isEqualTo(new StoredRating.Fraction(1.0));

            KeyedApiClient.ok(api.post("/edit_ratings/set_rating", body("file_id", id(server, h.get(0)),
                    "rating_service_key", FAVOURITES, "rating", false)));
            assertThat(rating(api, h.get(0), DefaultServices.FAVOURITES).asBoolean()).isFalse();
            assertThat(rating(api, h.get(0), DefaultServices.FAVOURITES).isBoolean()).isTrue();
            assertThat(stored(server, DefaultServices.FAVOURITES, h.get(0))).isEqualTo(new StoredRating.Fraction(0.0));

            KeyedApiClient.ok(api.post("/edit_ratings/set_rating", body("hashes", h, "rating_service_key",
                    HEARTS.hex(), "rating", true)));
            assertThat(rating(api, h.get(1), HEARTS).asBoolean()).isTrue();
            assertThat(rating(api, h.get(0), HEARTS).asBoolean()).isTrue();

            for (Object wrong : new Object[]{1, 0, "like", 1.0, List.of(true)}) {
                assertError(rate(api, HEARTS, h.get(0), wrong), 400, "BadRequestException",
                        "Sorry, this service expects a \"bool\" rating!");
            }
            assertThat(rating(api, h.get(0), HEARTS).asBoolean()).as("unchanged").isTrue();

            rateOk(api, HEARTS, h.get(0), null);
            assertThat(rating(api, h.get(0), HEARTS).isNull()).isTrue();
            assertThat(stored(server, HEARTS, h.get(0))).isNull();
            rateOk(api, HEARTS, h.get(0), null);
            assertThat(rating(api, h.get(1), HEARTS).asBoolean()).isTrue();
        }
    }

    @Test
    void numericalStarsAreClampedAndStoredAsAShareOfTheScale() throws Exception {
        try (TestServer server = TestServer.start()) {
            addServices(server);
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 1).get(0);
            assertThat(rating(api, h, STARS).isNull()).isTrue();

            Object[][] fiveWithZero = {{3, 3L, 0.6}, {7, 5L, 1.0}, {-2, 0L, 0.0}, {true, 1L, 0.2}, {false, 0L, 0.0},
                    {new BigInteger("1180591620717411303424"), 5L, 1.0}, {new BigInteger("-1180591620717411303424"), 0L, 0.0}};
            for (Object[] c : fiveWithZero) {
                rateOk(api, STARS, h, c[0]);
                JsonNode shown = rating(api, h, STARS);
                assertThat(shown.isIntegralNumber()).as("%s", c[0]).isTrue();
                assertThat(shown.asLong()).as("%s", c[0]).isEqualTo(c[1]);
                assertThat(stored(server, STARS, h)).as("%s", c[0]).isEqualTo(new StoredRating.Fraction((double) c[2]));
            }
            rateOk(api, STARS, h, null);
            assertThat(rating(api, h, STARS).isNull()).isTrue();
            assertThat(stored(server, STARS, h)).isNull();

            Object[][] tenWithoutZero = {{0, 1L, 0.0}, {1, 1L, 0.0}, {4, 4L, 3.0 / 9}, {11, 10L, 1.0}};
            for (Object[] c : tenWithoutZero) {
                rateOk(api, TENTHS, h, c[0]);
                assertThat(rating(api, h, TENTHS).asLong()).as("%s", c[0]).isEqualTo(c[1]);
                assertThat(stored(server, TENTHS, h)).as("%s", c[0]).isEqualTo(new StoredRating.Fraction((double) c[2]));
            }

            rateOk(api, STARS, h, 3);
            for (Object wrong : new Object[]{3.0, "3", List.of(3), Map.of("stars", 3)}) {
                assertError(rate(api, STARS, h, wrong), 400, "BadRequestException",
                        "Sorry, this service expects a \"int\" rating!");
            }
            assertThat(rating(api, h, STARS).asLong()).as("unchanged").isEqualTo(3);

            // the stored share is read on the service's current scale
            server.library().services().reconfigureRating(STARS, RatingOptions.defaultNumerical().withStars(10, true));
            assertThat(rating(api, h, STARS).asLong()).isEqualTo(6);
            server.library().services().reconfigureRating(STARS, RatingOptions.defaultNumerical().withStars(3, false));
            assertThat(rating(api, h, STARS).asLong()).as("round(0.6 * 2) + 1").isEqualTo(2);
        }
    }

    @Test
    void incDecCountsDefaultToZeroAndRefuseNull() throws Exception {
        try (TestServer server = TestServer.start()) {
            addServices(server);
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 1).get(0);
            assertThat(rating(api, h, COUNTER).isIntegralNumber()).isTrue();
            assertThat(rating(api, h, COUNTER).asLong()).isZero();

            rateOk(api, COUNTER, h, 5);
            assertThat(rating(api, h, COUNTER).asLong()).isEqualTo(5);
            assertThat(stored(server, COUNTER, h)).isEqualTo(new StoredRating.Count(5));
            rateOk(api, COUNTER, h, -3);
            assertThat(rating(api, h, COUNTER).asLong()).isZero();
            assertThat(stored(server, COUNTER, h)).as("a count of 0 is no row").isNull();
            rateOk(api, COUNTER, h, 1L << 40);
            assertThat(rating(api, h, COUNTER).asLong()).isEqualTo(1L << 40);
            rateOk(api, COUNTER, h, true);
            assertThat(rating(api, h, COUNTER).asLong()).isEqualTo(1);

            assertError(rate(api, COUNTER, h, null), 400, "BadRequestException",
                    "Sorry, this service does not allow a null rating!");
            for (Object wrong : new Object[]{1.5, "2", List.of()}) {
                assertError(rate(api, COUNTER, h, wrong), 400, "BadRequestException",
                        "Sorry, this service expects a \"int\" rating!");
            }
            assertError(rate(api, COUNTER, h, new BigInteger("1180591620717411303424")), 400, "BadRequestException",
                    "Sorry, that count is too large!");
            assertThat(rating(api, h, COUNTER).asLong()).as("unchanged").isEqualTo(1);
        }
    }

    @Test
    void badRequestsAreRefusedInHydrussOrderAndChangeNothing() throws Exception {
        try (TestServer server = TestServer.start()) {
            addServices(server);
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 1).get(0);
            rateOk(api, STARS, h, 4);
            String unknown = HexFormat.of().formatHex(new byte[32]).replace("00", "ab");

            assertError(api.post("/edit_ratings/set_rating", body("hash", h, "rating", 1)), 400,
                    "BadRequestException", "The required parameter \"rating_service_key\" was missing!");
            assertError(api.post("/edit_ratings/set_rating", body("rating_service_key", STARS.hex(), "rating", 1)),
                    400, "BadRequestException", "Please include some files in your request--file_id or hash based!");
            assertError(api.post("/edit_ratings/set_rating", body("hashes", List.of(), "rating_service_key",
                    STARS.hex(), "rating", 1)), 400, "BadRequestException",
                    "Please include some files in your request--file_id or hash based!");
            assertError(api.post("/edit_ratings/set_rating", body("file_ids", List.of(), "rating_service_key",
                    STARS.hex(), "rating", 1)), 400, "BadRequestException",
                    "Did not find any hashes to apply the ratings to!");
            assertError(api.post("/edit_ratings/set_rating", body("file_ids", List.of(987654), "rating_service_key",
                    "abab")), 404, "NotFoundException",
                    "It seems you gave a file_id that does not exist! Was asked about these novel hash_ids: [987654]");
            assertError(api.post("/edit_ratings/set_rating", body("hash", unknown, "rating_service_key", "abab")),
                    400, "BadRequestException", "Sorry, you need to give a rating to set it to!");
            assertError(rate(api, ByteKey.fromHex("abab"), unknown, 1), 404, "DataMissing",
                    "That service was not found!");
            assertError(rate(api, DefaultServices.MY_TAGS, unknown, null), 400, "BadRequestException",
                    "That service is not a rating service!");
            assertError(rate(api, DefaultServices.ALL_KNOWN_FILES, unknown, 1), 400, "BadRequestException",
                    "That service is not a rating service!");
            assertError(api.post("/edit_ratings/set_rating", body("hash", "abcd", "rating_service_key", STARS.hex(),
                    "rating", 1)), 400, "BadRequestException", "Sorry, one of the given hashes was the wrong length! "
                    + "sha256 hashes should be 32 bytes long, but abcd is 2 bytes long!");
            assertError(rate(api, STARS, unknown, 2.5), 400, "BadRequestException",
                    "Sorry, this service expects a \"int\" rating!");

            assertThat(rating(api, h, STARS).asLong()).isEqualTo(4);
            assertThat(server.library().files().idsOf(List.of(ByteKey.fromHex(unknown)))).as("no id was created")
                    .isEmpty();
        }
    }

    @Test
    void unknownHashesAreRatedAndRatingsSurviveRestarts() throws Exception {
        Path folder = dir.resolve("data");
        String unknown = HexFormat.of().formatHex(new byte[32]).replace("00", "cd");
        String h;
        try (TestServer server = TestServer.startKeeping(folder)) {
            addServices(server);
            KeyedApiClient api = new KeyedApiClient(server);
            h = upload(api, 1).get(0);
            rateOk(api, DefaultServices.FAVOURITES, h, true);
            rateOk(api, STARS, h, 3);
            rateOk(api, COUNTER, h, 12);
            rateOk(api, DefaultServices.FAVOURITES, unknown, false);
            JsonNode stub = KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + unknown)).get("metadata")
                    .get(0);
            assertThat(stub.get("file_id").isIntegralNumber()).as("hydrus gives the hash an id").isTrue();
        }
        for (boolean fromSnapshot : new boolean[]{true, false}) {
            if (!fromSnapshot) {
                Files.deleteIfExists(folder.resolve("index.snapshot"));
            }
            try (TestServer server = TestServer.startKeeping(folder)) {
                assertThat(server.library().indexFromSnapshot()).isEqualTo(fromSnapshot);
                KeyedApiClient api = new KeyedApiClient(server);
                JsonNode r = ratings(api, h);
                assertThat(r.toString()).isEqualTo("{\"" + FAVOURITES + "\":true,\"5747a125\":3,\"7e7e\":null,"
                        + "\"c0c0\":12}");
                assertThat(rating(api, unknown, DefaultServices.FAVOURITES).asBoolean()).isFalse();
                assertThat(search(api, "[\"system:has a rating for favourites\"]", "&file_service_key="
                        + DefaultServices.HYDRUS_LOCAL_FILE_STORAGE.hex())).containsExactly(id(server, h));
                assertThat(search(api, "[\"system:rating for stars = 3/5\", \"system:count for counter > 11\"]", ""))
                        .containsExactly(id(server, h));
            }
        }
    }

    @Test
    void thousandsOfFilesInOneRequest() throws Exception {
        try (TestServer server = TestServer.start()) {
            addServices(server);
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                byte[] b = new byte[32];
                b[0] = 0x5a;
                b[30] = (byte) (i >>> 8);
                b[31] = (byte) i;
                hashes.add(HexFormat.of().formatHex(b));
            }
            KeyedApiClient.ok(api.post("/edit_ratings/set_rating", body("hashes", hashes, "rating_service_key",
                    COUNTER.hex(), "rating", 7)));
            Map<ByteKey, Long> ids = server.library().files().idsOf(hashes.stream().map(ByteKey::fromHex).toList());
            assertThat(ids).hasSize(3000);
            var stored = server.library().store().ratings().ratingsOf(ids.values());
            assertThat(stored).hasSize(3000);
            assertThat(stored.values()).allSatisfy(r -> assertThat(r.get(COUNTER)).isEqualTo(new StoredRating.Count(7)));
            KeyedApiClient.ok(api.post("/edit_ratings/set_rating", body("hashes", hashes.subList(0, 2000),
                    "rating_service_key", COUNTER.hex(), "rating", 0)));
            assertThat(server.library().store().ratings().ratingsOf(ids.values())).hasSize(1000);
            assertThat(rating(api, hashes.get(2999), COUNTER).asLong()).isEqualTo(7);
            assertThat(rating(api, hashes.get(0), COUNTER).asLong()).isZero();
        }
    }

    private static String q(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Long> search(KeyedApiClient api, String tagsJson, String extra) throws Exception {
        JsonNode body = KeyedApiClient.ok(api.get("/get_files/search_files?tags=" + q(tagsJson) + extra));
        List<Long> out = new ArrayList<>();
        body.get("file_ids").forEach(n -> out.add(n.asLong()));
        return out;
    }

    @Test
    void ratingPredicatesFindTheRatedFiles() throws Exception {
        try (TestServer server = TestServer.start()) {
            addServices(server);
            KeyedApiClient api = new KeyedApiClient(server);
            List<String> h = upload(api, 4);
            long f1 = id(server, h.get(0));
            long f2 = id(server, h.get(1));
            long f3 = id(server, h.get(2));
            long f4 = id(server, h.get(3));
            rateOk(api, DefaultServices.FAVOURITES, h.get(0), true);
            rateOk(api, STARS, h.get(0), 5);
            rateOk(api, COUNTER, h.get(0), 3);
            rateOk(api, DefaultServices.FAVOURITES, h.get(1), false);
            rateOk(api, STARS, h.get(1), 2);
            rateOk(api, COUNTER, h.get(2), 1);
            rateOk(api, TENTHS, h.get(0), 10);
            rateOk(api, TENTHS, h.get(1), 1);
            rateOk(api, TENTHS, h.get(2), 5);

            Map<String, List<Long>> expected = new LinkedHashMap<>();
            expected.put("system:has a rating for favourites", List.of(f1, f2));
            expected.put("system:no rating for favourites", List.of(f3, f4));
            expected.put("system:rating for favourites is like", List.of(f1));
            expected.put("system:rating for favourites = dislike", List.of(f2));
            expected.put("system:rating for stars > 3/5", List.of(f1));
            expected.put("system:rating for stars < 3/5", List.of(f2));
            expected.put("system:rating for stars = 2/5", List.of(f2));
            expected.put("system:rating for stars about 2/5", List.of(f2));
            expected.put("system:rating for stars = 2", List.of(f2));
            expected.put("system:rating for stars \u2264 2/5", List.of(f1, f2, f3, f4));
            expected.put("system:rating for tenths < 2/10", List.of(f2));
            expected.put("system:rating for tenths > 4/10", List.of(f1, f3));
            expected.put("system:has count for counter", List.of(f1, f3));
            expected.put("system:no count for counter", List.of(f2, f4));
            expected.put("system:count for counter > 2", List.of(f1));
            expected.put("system:count for counter < 2", List.of(f2, f3, f4));
            expected.put("system:count for counter = 1", List.of(f3));
            expected.put("system:all ratings rated", List.of(f1));
            expected.put("system:any ratings not rated", List.of(f2, f3, f4));
            expected.put("system:all ratings not rated", List.of(f4));
            expected.put("system:any ratings rated", List.of(f1, f2, f3));
            expected.put("system:only favourites, stars, tenths rated", List.of(f2));
            expected.put("system:only counter, tenths rated", List.of(f3));
            expected.put("system:only inc/dec ratings (amongst inc/dec ratings, like/dislike ratings) rated",
                    List.of(f3));
            expected.put("system:any like/dislike ratings, inc/dec ratings rated", List.of(f1, f2, f3));
            expected.put("system:only favourites not rated", List.of());
            expected.put("system:only favourites (amongst favourites, tenths) not rated", List.of(f3));
            for (Map.Entry<String, List<Long>> e : expected.entrySet()) {
                assertThat(search(api, "[\"" + e.getKey() + "\"]", "")).as(e.getKey())
                        .containsExactlyElementsOf(e.getValue());
            }

            KeyedApiClient.ok(api.post("/add_tags/add_tags", Map.of("hashes", List.of(h.get(0), h.get(2)),
                    "service_keys_to_tags", Map.of(DefaultServices.MY_TAGS.hex(), List.of("cat")))));
            assertThat(search(api, "[\"cat\", \"system:has count for counter\"]", "")).containsExactly(f1, f3);
            assertThat(search(api, "[\"-cat\", \"system:any ratings rated\"]", "")).containsExactly(f2);
            assertThat(search(api, "[[\"system:rating for favourites is like\", \"system:count for counter = 1\"]]",
                    "")).containsExactly(f1, f3);

            // a write is seen by the next search
            rateOk(api, COUNTER, h.get(3), 3);
            assertThat(search(api, "[\"system:count for counter > 2\"]", "")).containsExactly(f1, f4);
            rateOk(api, DefaultServices.FAVOURITES, h.get(0), null);
            assertThat(search(api, "[\"system:has a rating for favourites\"]", "")).containsExactly(f2);
        }
    }
}
