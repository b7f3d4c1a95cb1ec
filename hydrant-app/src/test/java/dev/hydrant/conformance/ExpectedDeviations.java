package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
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

    private static final List<KnownDifference> KNOWN = List.of(
            new KnownDifference("01_access_sessions", 47, List.of("$.body.length", "$.body.text"),
                    "our own welcome page at / (hydrus's is its Eris ASCII-art page)"));

    private ExpectedDeviations() {
    }

    static Optional<Deviation> deviation(String scenario, int step) {
        return DEVIATIONS.stream().filter(d -> d.scenario().equals(scenario) && d.step() == step).findFirst();
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
