package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.app.UrlClassFiles;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.UrlInfo;
import dev.hydrant.core.urls.UrlNormaliser;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where the conformance transcripts and Hydrant are meant to differ: the deviations D1–D7 of the conformance
 * README (each asserted as Hydrant's own behaviour, not merely tolerated) and the documented differences of
 * docs/COMPATIBILITY.md (tolerated only in the response fields they name).
 */
final class ExpectedDeviations {
    /** A recorded step where Hydrant answers differently on purpose; {@code check} is Hydrant's behaviour. */
    record Deviation(String scenario, int step, String code, String description, Predicate<JsonNode> check) {
    }

    /** A documented difference limited to some normalised paths ({@code $.body.length} etc.). */
    record KnownDifference(String scenario, int step, List<String> allowedPaths, String reason) {
        boolean covers(List<String> differences) {
            return differences.stream().allMatch(d -> allowedPaths.stream().anyMatch(d::startsWith));
        }
    }

    private static final List<Deviation> DEVIATIONS = List.of(
            new Deviation("05_file_thumbnail_render", 19, "D1", "open range past the end: 416 with Content-Range bytes */SIZE",
                    r -> status(r) == 416 && header(r, "Content-Range").matches("bytes \\*/\\d+")),
            new Deviation("05_file_thumbnail_render", 16, "D2", "suffix range: well-formed Content-Range",
                    r -> status(r) == 206 && header(r, "Content-Range").matches("bytes (\\d+)-(\\d+)/\\d+")
                            && bodyLength(r) == 100),
            new Deviation("05_file_thumbnail_render", 27, "D2", "bytes=-0: 416",
                    r -> status(r) == 416),
            new Deviation("02_add_files", 34, "D3", "generate_hashes of an empty file: 400 \"File is of zero length!\"",
                    r -> status(r) == 400 && error(r).equals("File is of zero length!")),
            new Deviation("17_cbor", 18, "D4", "invalid CBOR body: 400 BadRequestException",
                    r -> status(r) == 400 && exceptionType(r).equals("BadRequestException")));

    /**
     * A deviation that applies to every step {@code applies} selects (rather than to one numbered step), and only
     * to differences in the response fields {@code allowedPaths} names; {@code check} asserts Hydrant's behaviour.
     */
    record DeviationRule(String code, String description, Predicate<JsonNode> applies, List<String> allowedPaths,
                         Predicate<JsonNode> check) {
        boolean covers(List<String> differences) {
            return differences.stream().allMatch(d -> allowedPaths.stream()
                    .anyMatch(p -> d.startsWith(p + ":") || d.startsWith(p + ".") || d.startsWith(p + "[")));
        }
    }

    /** Hydrant's shipped URL classes, which hydrus's fresh database does not have (D7). */
    private static final UrlNormaliser DEFAULT_URL_CLASSES =
            new UrlNormaliser(new UrlClassCatalog(UrlClassFiles.defaults(), Set.of()));

    private static final List<String> URL_INFO_FIELDS = List.of("$.json.normalised_url", "$.json.url_type",
            "$.json.url_type_string", "$.json.match_name", "$.json.can_parse", "$.json.cannot_parse_reason",
            "$.json.request_url");

    private static final List<DeviationRule> RULES = List.of(
            new DeviationRule("D7", "a default URL class matches this URL (hydrus's fresh database has none)",
                    line -> path(line).equals("/add_urls/get_url_info")
                            && DEFAULT_URL_CLASSES.catalog().classFor(requestUrl(line)).isPresent(),
                    URL_INFO_FIELDS, ExpectedDeviations::answersAsOurUrlClassesSay));

    private static final List<KnownDifference> KNOWN = List.of(
            new KnownDifference("01_access_sessions", 47, List.of("$.body.length", "$.body.text"),
                    "our own welcome page at / (hydrus's is its Eris ASCII-art page)"));

    private ExpectedDeviations() {
    }

    static Optional<Deviation> deviation(String scenario, int step) {
        return DEVIATIONS.stream().filter(d -> d.scenario().equals(scenario) && d.step() == step).findFirst();
    }

    /** The rule-based deviation covering a step whose request is {@code line}'s, if any. */
    static Optional<DeviationRule> rule(JsonNode line) {
        return RULES.stream().filter(r -> r.applies().test(line)).findFirst();
    }

    /** get_url_info answered 200 with exactly what our normaliser says about the URL, cached for ten minutes. */
    private static boolean answersAsOurUrlClassesSay(JsonNode line) {
        JsonNode json = line.path("response").path("json");
        UrlInfo info = DEFAULT_URL_CLASSES.info(requestUrl(line));
        boolean reasonOk = info.canParse() ? !json.has("cannot_parse_reason")
                : json.path("cannot_parse_reason").asText().equals(info.cannotParseReason());
        return status(line) == 200 && header(line, "Cache-Control").equals("max-age=600")
                && json.path("normalised_url").asText().equals(info.normalisedUrl())
                && json.path("url_type").asInt(-1) == info.type().code()
                && json.path("url_type_string").asText().equals(info.typeText())
                && json.path("match_name").asText().equals(info.matchName())
                && json.path("can_parse").asBoolean(!info.canParse()) == info.canParse() && reasonOk
                && json.path("request_url").asText().equals(info.requestUrl());
    }

    private static String path(JsonNode line) {
        return line.path("request").path("path").asText("");
    }

    private static String requestUrl(JsonNode line) {
        return line.path("request").path("query").path("url").asText("");
    }

    static Optional<KnownDifference> knownDifference(String scenario, int step) {
        return KNOWN.stream().filter(d -> d.scenario().equals(scenario) && d.step() == step).findFirst();
    }

    static int status(JsonNode line) {
        return line.path("response").path("status").asInt();
    }

    static String header(JsonNode line, String name) {
        return line.path("response").path("headers").path(name).asText("");
    }

    static long bodyLength(JsonNode line) {
        return line.path("response").path("body").path("length").asLong(-1);
    }

    static String error(JsonNode line) {
        return line.path("response").path("json").path("error").asText("");
    }

    static String exceptionType(JsonNode line) {
        return line.path("response").path("json").path("exception_type").asText("");
    }
}
