package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.RatingColour;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.ServiceType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /get_services}, {@code /get_service} and {@code /get_service_rating_svg}: a fresh server answers exactly
 * what hydrus 682 answered (01 transcript); services added to the catalog show up at once, in hydrus's type order
 * with their rating extras.
 */
class ServicesHttpTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\"/><!-- caf\u00e9 --></svg>";
    private TestServer server;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private JsonNode get(String target) {
        ApiClient.Reply r = api.getWithKey(target, TestServer.ACCESS_KEY);
        assertThat(r.status()).as(target + ": " + r.text()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode recorded(String id) {
        return SharedCorpus.step("01_access_sessions.jsonl", id).path("response").path("json");
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    @Test
    void aFreshServerListsWhatAFreshHydrusListed() {
        // toString keeps key order, so this compares order too
        assertThat(get("/get_services").toString()).isEqualTo(recorded("get_services").toString());
    }

    @Test
    void getServiceAnswersAsHydrusDid() {
        assertThat(get("/get_service?service_key=6c6f63616c2074616773").toString())
                .isEqualTo(recorded("get_service my tags by key").toString());
        assertThat(get("/get_service?service_name=MY%20FILES").toString())
                .isEqualTo(recorded("get_service by name, other case").toString());
        assertThat(get("/get_service?service_key=6661766f757269746573").toString())
                .isEqualTo(recorded("get_service favourites").toString());
        ApiClient.Reply hidden = api.getWithKey("/get_service?service_key=636c69656e7420617069", TestServer.ACCESS_KEY);
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.json().toString()).isEqualTo(recorded("get_service client api service (hidden type)").toString());
        ApiClient.Reply none = api.getWithKey("/get_service", TestServer.ACCESS_KEY);
        assertThat(none.json().toString()).isEqualTo(recorded("get_service no args -> 400").toString());
        ApiClient.Reply unknown = api.getWithKey("/get_service?service_name=no%20such%20service", TestServer.ACCESS_KEY);
        assertThat(unknown.json().toString()).isEqualTo(recorded("get_service unknown name").toString());
    }

    @Test
    void namesAreLookedUpOnlyAmongTheServicesARouteCanDescribe() {
        // hydrus's GetServiceKeyFromName(allowed_types, name): a hidden or non-rating service's name is "not found"
        ApiClient.Reply hidden = api.getWithKey("/get_service?service_name=client%20api", TestServer.ACCESS_KEY);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().path("error").asText()).isEqualTo("Sorry, did not find a service with name \"client api\"!");
        ApiClient.Reply notRating = api.getWithKey("/get_service_rating_svg?service_name=my%20tags", TestServer.ACCESS_KEY);
        assertThat(notRating.status()).isEqualTo(404);
        assertThat(notRating.json().path("error").asText()).isEqualTo("Sorry, did not find a service with name \"my tags\"!");
        ApiClient.Reply byKey = api.getWithKey("/get_service_rating_svg?service_key=6c6f63616c2074616773", TestServer.ACCESS_KEY);
        assertThat(byKey.json().toString()).isEqualTo(recorded("rating svg non-rating service").toString());
        ApiClient.Reply favourites = api.getWithKey("/get_service_rating_svg?service_key=6661766f757269746573", TestServer.ACCESS_KEY);
        assertThat(favourites.json().toString()).isEqualTo(recorded("rating svg favourites (no svg)").toString());
    }

    @Test
    void ratingServicesAreListedInHydrussTypeOrderWithTheirExtras() {
        ByteKey stars = ByteKey.fromHex("5747a125");
        ByteKey counter = ByteKey.fromHex("c0c0");
        var catalog = server.library().services();
        catalog.add("stars", ServiceType.LOCAL_RATING_NUMERICAL, stars,
                RatingOptions.defaultNumerical().withStars(10, false).withShape("heart", null)
                        .withColour("like", new RatingColour("#010203", "#a0b0c0")));
        catalog.add("Counter", ServiceType.LOCAL_RATING_INCDEC, counter, null);
        catalog.add("aardvark tags", ServiceType.LOCAL_TAG, null, null);

        JsonNode body = get("/get_services");
        assertThat(names(body.path("services_v2"))).containsExactly("aardvark tags", "downloader tags", "my tags",
                "my files", "repository updates", "hydrus local file storage", "combined local file domains",
                "all known files", "all known tags", "favourites", "stars", "Counter", "trash");
        assertThat(names(body.path("local_tags"))).containsExactly("aardvark tags", "downloader tags", "my tags");

        JsonNode numerical = body.path("services").path("5747a125");
        // hydrus 682 was not recorded with a numerical service, so the position of allows_zero/min_stars/max_stars
        // among the keys is not pinned here: the object is compared without key order
        assertThat(numerical.fieldNames()).toIterable().startsWith("name", "type", "type_pretty", "show_in_thumbnail",
                "show_in_thumbnail_even_when_null", "star_shape");
        assertThat(numerical).isEqualTo(json("{\"name\":\"stars\",\"type\":6,"
                + "\"type_pretty\":\"local numerical rating service\",\"show_in_thumbnail\":false,"
                + "\"show_in_thumbnail_even_when_null\":false,\"star_shape\":\"heart\",\"allows_zero\":false,"
                + "\"min_stars\":1,\"max_stars\":10,\"colours\":{\"like\":{\"pen\":\"#010203\",\"brush\":\"#A0B0C0\"},"
                + "\"dislike\":{\"pen\":\"#000000\",\"brush\":\"#FFFFFF\"},\"null\":{\"pen\":\"#000000\",\"brush\":\"#BFBFBF\"},"
                + "\"mixed\":{\"pen\":\"#000000\",\"brush\":\"#5F5F5F\"}}}"));
        JsonNode incDec = body.path("services").path("c0c0");
        assertThat(incDec.path("type").asInt()).isEqualTo(22);
        assertThat(incDec.path("type_pretty").asText()).isEqualTo("local inc/dec rating service");
        assertThat(incDec.fieldNames()).toIterable().containsExactly("name", "type", "type_pretty", "show_in_thumbnail",
                "show_in_thumbnail_even_when_null", "colours");
        assertThat(incDec.path("colours").fieldNames()).toIterable().containsExactly("like", "mixed");

        JsonNode v2 = body.path("services_v2").get(10);
        assertThat(v2.path("service_key").asText()).isEqualTo("5747a125");
        assertThat(v2.fieldNames()).toIterable().startsWith("name", "service_key", "type", "type_pretty");
        assertThat(get("/get_service?service_name=STARS").path("service").toString()).isEqualTo(
                "{\"name\":\"stars\",\"type\":6,\"type_pretty\":\"local numerical rating service\",\"service_key\":\"5747a125\"}");
        assertThat(body.has("tag_repositories")).isTrue();
        assertThat(body.path("trash").get(0).path("name").asText()).isEqualTo("trash");
    }

    @Test
    void aZeroAllowingNumericalServiceStartsAtZero() {
        server.library().services().add("five", ServiceType.LOCAL_RATING_NUMERICAL, ByteKey.fromHex("05"), null);
        JsonNode five = get("/get_services").path("services").path("05");
        assertThat(five.path("allows_zero").asBoolean()).isTrue();
        assertThat(five.path("min_stars").asInt()).isZero();
        assertThat(five.path("max_stars").asInt()).isEqualTo(5);
        assertThat(five.path("star_shape").asText()).isEqualTo("circle");
    }

    @Test
    void aCustomSvgIsServedAsItIs() {
        ByteKey key = ByteKey.fromHex("5f9a");
        server.library().services().add("svg likes", ServiceType.LOCAL_RATING_LIKE, key,
                RatingOptions.defaultLikeDislike().withShape(RatingOptions.SVG_SHAPE, SVG));
        for (String target : new String[]{"/get_service_rating_svg?service_key=5f9a",
                "/get_service_rating_svg?service_name=SVG%20Likes"}) {
            ApiClient.Reply r = api.getWithKey(target, TestServer.ACCESS_KEY);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("image/svg+xml");
            assertThat(r.body()).isEqualTo(SVG.getBytes(StandardCharsets.UTF_8));
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(SVG.getBytes(StandardCharsets.UTF_8).length));
        }
        assertThat(get("/get_services").path("services").path("5f9a").path("star_shape").asText()).isEqualTo("svg");
    }

    @Test
    void incDecServicesHaveNoSvg() {
        server.library().services().add("counter", ServiceType.LOCAL_RATING_INCDEC, ByteKey.fromHex("c0"), null);
        ApiClient.Reply r = api.getWithKey("/get_service_rating_svg?service_key=c0", TestServer.ACCESS_KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("This type of service cannot have a SVG associated with it!");
    }
}
