package dev.hydrant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.app.ApiClient;
import dev.hydrant.app.DataFolder;
import dev.hydrant.app.HydrantServer;
import dev.hydrant.app.Library;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.ratings.RatingEditor;
import dev.hydrant.core.ratings.RequestedRating;
import dev.hydrant.core.tags.TagFilter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hydrant services ...} run in-process on a temporary data folder; results checked through the API. */
class ServicesCommandTest {
    private static final String KEY = "5e41".repeat(16);

    @TempDir
    Path data;

    private Cli.Run services(String subcommand, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "services";
        all[1] = subcommand;
        System.arraycopy(args, 0, all, 2, args.length);
        String[] withData = new String[all.length + 1];
        System.arraycopy(all, 0, withData, 0, all.length);
        withData[all.length] = "--data=" + data;
        return Cli.run(withData);
    }

    private void withServer(Consumer<ApiClient> check) throws Exception {
        try (Library library = Library.open(new DataFolder(data))) {
            library.addAccessKey("t", ByteKey.fromHex(KEY), false, Set.of(Permission.SEARCH_FILES), TagFilter.allowingEverything());
            try (HydrantServer server = HydrantServer.start(library, new ServerSettings(0, false, false, false))) {
                check.accept(new ApiClient(server.port()));
            }
            library.store().accessKeys().delete(ByteKey.fromHex(KEY));
        }
    }

    private JsonNode services(ApiClient api) {
        ApiClient.Reply r = api.getWithKey("/get_services", KEY);
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("services");
    }

    @Test
    void addedServicesAppearInGetServicesWithTheirKeysAndOptions() throws Exception {
        Cli.Run stars = services("add", "--type", "numerical", "--name", "stars", "--stars", "10", "--no-zero");
        assertThat(stars.exitCode()).as(stars.err()).isZero();
        String starsKey = stars.out().strip();
        assertThat(starsKey).matches("[0-9a-f]{64}");

        Cli.Run tags = services("add", "--type", "local-tags", "--name", "x", "--key", "0123abcd");
        assertThat(tags.exitCode()).as(tags.err()).isZero();
        assertThat(tags.out()).isEqualTo("0123abcd" + System.lineSeparator());

        String listed = services("list").out();
        assertThat(listed).contains("0123abcd  5 (local tag domain)  x")
                .contains(starsKey + "  6 (local numerical rating service)  stars");

        withServer(api -> {
            JsonNode all = services(api);
            assertThat(all.path("0123abcd").path("name").asText()).isEqualTo("x");
            assertThat(all.path("0123abcd").path("type").asInt()).isEqualTo(5);
            JsonNode numerical = all.path(starsKey);
            assertThat(numerical.path("name").asText()).isEqualTo("stars");
            assertThat(numerical.path("type").asInt()).isEqualTo(6);
            assertThat(numerical.path("allows_zero").asBoolean()).isFalse();
            assertThat(numerical.path("min_stars").asInt()).isEqualTo(1);
            assertThat(numerical.path("max_stars").asInt()).isEqualTo(10);
            assertThat(api.getWithKey("/get_service?service_key=0123abcd", KEY).json().path("service").path("name").asText())
                    .isEqualTo("x");
        });
    }

    @Test
    void aLikeDislikeServiceWithAnSvgIcon() throws Exception {
        Path svg = data.resolve("icon.svg");
        String document = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"3\" height=\"3\"/></svg>";
        Files.writeString(svg, document);
        Cli.Run add = services("add", "--type", "like-dislike", "--name", "hearts", "--key", "4ea7", "--svg", svg.toString(),
                "--show-in-thumbnail", "--colour", "like=#112233/#445566");
        assertThat(add.exitCode()).as(add.err()).isZero();
        withServer(api -> {
            JsonNode hearts = services(api).path("4ea7");
            assertThat(hearts.path("star_shape").asText()).isEqualTo("svg");
            assertThat(hearts.path("show_in_thumbnail").asBoolean()).isTrue();
            assertThat(hearts.path("colours").path("like").toString()).isEqualTo("{\"pen\":\"#112233\",\"brush\":\"#445566\"}");
            ApiClient.Reply icon = api.getWithKey("/get_service_rating_svg?service_name=hearts", KEY);
            assertThat(icon.status()).isEqualTo(200);
            assertThat(icon.header("Content-Type")).isEqualTo("image/svg+xml");
            assertThat(new String(icon.body(), StandardCharsets.UTF_8)).isEqualTo(document);
        });
    }

    @Test
    void ratingServicesAreConfiguredAndKeepTheirRatings() throws Exception {
        Cli.Run add = services("add", "--type", "numerical", "--name", "stars", "--key", "5a5a", "--stars", "4",
                "--no-zero", "--shape", "heart", "--show-in-thumbnail", "--show-in-thumbnail-even-when-null");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(services("add", "--type", "inc-dec", "--name", "counter", "--key", "c0c0").exitCode()).isZero();
        ByteKey file = ByteKey.fromHex("ab".repeat(32));
        try (Library library = Library.open(new DataFolder(data))) {
            library.ratingEditor().set(new RatingEditor.Request(ByteKey.fromHex("5a5a"),
                    new FileSelection(List.of(new FileSelection.ByHash(file))),
                    Optional.of(new RequestedRating.Int(BigInteger.valueOf(3)))));
        }

        Cli.Run configure = services("configure", "stars", "--stars", "7", "--allow-zero", "--colour",
                "like=#010203/#0a0b0c", "--show-in-thumbnail-even-when-null=false");
        assertThat(configure.exitCode()).as(configure.err()).isZero();
        assertThat(configure.out()).isEqualTo("Configured." + System.lineSeparator());
        assertThat(services("configure", "c0c0", "--show-in-thumbnail", "--colour", "mixed=#000000/#123456")
                .exitCode()).isZero();
        assertThat(services("list").out())
                .contains("5a5a  6 (local numerical rating service)  stars  [7 stars, zero allowed, shape heart, "
                        + "on thumbnails, like #010203/#0A0B0C, dislike #000000/#FFFFFF, null #000000/#BFBFBF, "
                        + "mixed #000000/#5F5F5F]")
                .contains("c0c0  22 (local inc/dec rating service)  counter  [on thumbnails, like #000000/#50C878, "
                        + "mixed #000000/#123456]");

        withServer(api -> {
            JsonNode stars = services(api).path("5a5a");
            assertThat(stars.path("star_shape").asText()).isEqualTo("heart");
            assertThat(stars.path("allows_zero").asBoolean()).isTrue();
            assertThat(stars.path("min_stars").asInt()).isZero();
            assertThat(stars.path("max_stars").asInt()).isEqualTo(7);
            assertThat(stars.path("show_in_thumbnail").asBoolean()).isTrue();
            assertThat(stars.path("show_in_thumbnail_even_when_null").asBoolean()).isFalse();
            assertThat(stars.path("colours").path("like").toString())
                    .isEqualTo("{\"pen\":\"#010203\",\"brush\":\"#0A0B0C\"}");
            JsonNode counter = services(api).path("c0c0");
            assertThat(counter.path("show_in_thumbnail").asBoolean()).isTrue();
            assertThat(counter.path("colours").toString()).isEqualTo("{\"like\":{\"pen\":\"#000000\",\"brush\":"
                    + "\"#50C878\"},\"mixed\":{\"pen\":\"#000000\",\"brush\":\"#123456\"}}");
            // 3 of 4 stars without zero was stored as 2/3; on 7 stars with zero that is round(4.67) = 5
            JsonNode ratings = api.getWithKey("/get_files/file_metadata?hash=" + file.hex(), KEY).json()
                    .path("metadata").path(0).path("ratings");
            assertThat(ratings.path("5a5a").asInt()).isEqualTo(5);
            assertThat(ratings.path("c0c0").asInt()).isZero();
        });

        assertThat(services("delete", "stars").exitCode()).isZero();
        try (Library library = Library.open(new DataFolder(data))) {
            long id = library.files().idsOf(List.of(file)).get(file);
            assertThat(library.store().ratings().ratingsOf(List.of(id))).as("the ratings went with the service")
                    .isEmpty();
        }
    }

    @Test
    void ratingOptionsThatDoNotFitTheServiceAreRefused() throws Exception {
        services("add", "--type", "inc-dec", "--name", "counter");
        services("add", "--type", "like-dislike", "--name", "likes");
        services("add", "--type", "numerical", "--name", "stars");
        String[][] refused = {
                {"configure", "counter", "--stars", "3"}, {"only numerical services have stars"},
                {"configure", "likes", "--no-zero"}, {"only numerical services have stars"},
                {"configure", "counter", "--shape", "heart"}, {"only like/dislike and numerical services have a star shape"},
                {"configure", "counter", "--colour", "dislike=#000000/#FFFFFF"}, {"inc/dec services have only the like and mixed colours"},
                {"configure", "likes", "--svg", data.resolve("missing.svg").toString()}, {"cannot read the icon"},
                {"configure", "likes", "--shape", "blob"}, {"unknown star shape: blob"},
                {"configure", "likes", "--colour", "like=#12345/#000000"}, {"colour must be #RRGGBB: #12345"},
                {"configure", "stars", "--stars", "1", "--no-zero"}, {"a numerical service without zero needs at least 2 stars"},
                {"configure", "stars", "--no-zero", "--allow-zero"}, {"--no-zero and --allow-zero contradict each other"},
                {"configure", "my tags", "--show-in-thumbnail"}, {"\"my tags\" is not a rating service"},
                {"add", "--type", "local-tags", "--name", "t", "--stars", "3"}, {"rating options only apply to rating services"}};
        for (int i = 0; i < refused.length; i += 2) {
            String[] args = refused[i];
            Cli.Run run = services(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err()).as(String.join(" ", args)).contains(refused[i + 1][0]);
        }
        assertThat(services("list").out()).contains("stars  [5 stars, zero allowed, shape circle, not on thumbnails")
                .doesNotContain("  t\n");
    }

    @Test
    void renamingByNameOrKey() throws Exception {
        services("add", "--type", "local-tags", "--name", "x", "--key", "0123abcd");
        Cli.Run byName = services("rename", "X", "y");
        assertThat(byName.exitCode()).as(byName.err()).isZero();
        assertThat(byName.out()).isEqualTo("Renamed." + System.lineSeparator());
        assertThat(services("rename", "0123abcd", "z").exitCode()).isZero();
        Cli.Run taken = services("rename", "z", "My Tags");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("a service named \"my tags\" already exists");
        withServer(api -> assertThat(services(api).path("0123abcd").path("name").asText()).isEqualTo("z"));
    }

    @Test
    void deletingAServiceButNotABuiltInOne() throws Exception {
        services("add", "--type", "local-tags", "--name", "x", "--key", "0123abcd");
        Cli.Run delete = services("delete", "x");
        assertThat(delete.exitCode()).as(delete.err()).isZero();
        assertThat(delete.out()).isEqualTo("Deleted." + System.lineSeparator());
        assertThat(services("list").out()).doesNotContain("0123abcd");

        Cli.Run builtIn = services("delete", "all known tags");
        assertThat(builtIn.exitCode()).isEqualTo(1);
        assertThat(builtIn.err()).contains("the service \"all known tags\" is built in and cannot be changed");
        Cli.Run trash = services("delete", "7472617368");
        assertThat(trash.exitCode()).isEqualTo(1);
        assertThat(trash.err()).contains("is built in and cannot be changed");
        Cli.Run lastFiles = services("delete", "my files");
        assertThat(lastFiles.exitCode()).isEqualTo(1);
        assertThat(lastFiles.err()).contains("the last local file domain cannot be deleted");
        Cli.Run unknown = services("delete", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("No service nope");
        withServer(api -> {
            JsonNode all = services(api);
            assertThat(all.has("0123abcd")).isFalse();
            assertThat(all.has("616c6c206b6e6f776e2074616773")).isTrue();
            assertThat(all.has("7472617368")).isTrue();
            assertThat(all.has("6c6f63616c2066696c6573")).isTrue();
        });
    }

    @Test
    void builtInServicesCannotBeRenamedAndBadValuesAreRefused() {
        Cli.Run rename = services("rename", "trash", "bin");
        assertThat(rename.exitCode()).isEqualTo(1);
        assertThat(rename.err()).contains("is built in and cannot be changed");
        Cli.Run type = services("add", "--type", "bogus", "--name", "b");
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.err()).contains("Unknown type bogus");
        Cli.Run stars = services("add", "--type", "numerical", "--name", "n", "--stars", "21");
        assertThat(stars.exitCode()).isEqualTo(1);
        assertThat(stars.err()).contains("number of stars must be 1-20");
        Cli.Run duplicateKey = services("add", "--type", "local-tags", "--name", "dup", "--key", "6c6f63616c2074616773");
        assertThat(duplicateKey.exitCode()).isEqualTo(1);
        assertThat(duplicateKey.err()).contains("already exists");
        assertThat(services("list").out()).doesNotContain("  n\n").doesNotContain("dup");
    }

    @Test
    void changesAreRefusedWhileAServerHoldsTheFolder() throws Exception {
        DataFolder folder = new DataFolder(data).create();
        Optional<ServerLockFile> lock = ServerLockFile.tryAcquire(folder.serverLock());
        assertThat(lock).isPresent();
        try (ServerLockFile held = lock.get()) {
            for (Cli.Run refused : new Cli.Run[]{
                    services("add", "--type", "local-tags", "--name", "x"),
                    services("rename", "my tags", "mine"),
                    services("delete", "downloader tags")}) {
                assertThat(refused.exitCode()).isEqualTo(1);
                assertThat(refused.err()).contains("A Hydrant server is running on " + folder.root()
                        + "; stop it before changing services.");
            }
            assertThat(services("list").exitCode()).as("reading is fine").isZero();
        }
        assertThat(services("list").out()).doesNotContain("  x").contains("my tags").contains("downloader tags");
        assertThat(services("add", "--type", "local-tags", "--name", "x").exitCode()).isZero();
    }
}
