package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.app.UrlClassFiles;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.UrlInfo;
import dev.hydrant.core.urls.UrlNormaliser;

import java.util.List;
import java.util.Map;
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
        /** Whether every difference lies in an allowed path; {@code [*]} in an allowed path stands for any index. */
        boolean covers(List<String> differences) {
            return differences.stream().allMatch(d -> {
                String anyIndex = d.replaceAll("\\[\\d+]", "[*]");
                return allowedPaths.stream().anyMatch(p -> within(d, p) || within(anyIndex, p));
            });
        }

        private static boolean within(String difference, String path) {
            return difference.startsWith(path + ":") || difference.startsWith(path + ".")
                    || difference.startsWith(path + "[");
        }
    }

    /** Hydrant's shipped URL classes, which hydrus's fresh database does not have (D7). */
    private static final UrlNormaliser DEFAULT_URL_CLASSES =
            new UrlNormaliser(new UrlClassCatalog(UrlClassFiles.defaults(), Set.of()));

    private static final List<String> URL_INFO_FIELDS = List.of("$.json.normalised_url", "$.json.url_type",
            "$.json.url_type_string", "$.json.match_name", "$.json.can_parse", "$.json.cannot_parse_reason",
            "$.json.request_url");

    private static final List<DeviationRule> RULES = List.of(
            new DeviationRule("D7", "a default URL class has this name (hydrus's fresh database has none, so it "
                    + "refuses the predicate)",
                    line -> path(line).equals("/get_files/search_files")
                            && line.path("request").path("query").path("tags").toString().contains("url with class")
                            && DEFAULT_URL_CLASSES.catalog().classes().stream().anyMatch(c -> line.path("request")
                            .path("query").path("tags").toString().toLowerCase(java.util.Locale.ROOT)
                            .contains(c.name().toLowerCase(java.util.Locale.ROOT))),
                    List.of("$.status", "$.json", "$.headers"), line -> status(line) == 200),
            new DeviationRule("D7", "a default URL class matches this URL (hydrus's fresh database has none)",
                    line -> path(line).equals("/add_urls/get_url_info")
                            && DEFAULT_URL_CLASSES.catalog().classFor(requestUrl(line)).isPresent(),
                    URL_INFO_FIELDS, ExpectedDeviations::answersAsOurUrlClassesSay),
            new DeviationRule("D7", "a default URL class matches this URL, so its normalised form (and with it the "
                    + "files recorded under that form) is the class's (hydrus's fresh database has no classes)",
                    line -> path(line).equals("/add_urls/get_url_files")
                            && DEFAULT_URL_CLASSES.catalog().classFor(requestUrl(line)).isPresent(),
                    List.of("$.json.normalised_url", "$.json.url_file_statuses"),
                    ExpectedDeviations::urlFilesAsOurUrlClassesSay),
            new DeviationRule("D7", "a default URL class matches a known URL of this file, so it was stored in the "
                    + "class's normalised form and is described by the class (hydrus's fresh database has no classes)",
                    line -> path(line).equals("/get_files/file_metadata") && knownUrls(line).stream()
                            .anyMatch(u -> DEFAULT_URL_CLASSES.catalog().classFor(u).isPresent()),
                    List.of("$.json.metadata[*].known_urls", "$.json.metadata[*].detailed_known_urls"),
                    ExpectedDeviations::knownUrlsAsOurUrlClassesSay));

    private static final List<KnownDifference> KNOWN = List.of(
            new KnownDifference("01_access_sessions", 47, List.of("$.body.length", "$.body.text"),
                    "our own welcome page at / (hydrus's is its Eris ASCII-art page)"),
            new KnownDifference("04_file_metadata", 41, List.of("$.json.metadata"),
                    "the step asks for the literal file_id 2, which hydrus gave png_rgb.png's pixel hash; Hydrant "
                            + "gives pixel hashes ids once it computes them, but ids are its own "
                            + "(docs/COMPATIBILITY.md, \"File ids\")"),
            new KnownDifference("15_file_relationships", 24, List.of("$.json.file_ids", "$.json.hashes"),
                    "potential duplicate pairs (file relationships) are not recorded yet "
                            + "(docs/COMPATIBILITY.md, \"Search\")"));

    /**
     * Response fields each not-yet-built write endpoint changes. After such a POST answered 501 in a scenario, a
     * later step whose differences all lie in those fields waits for that endpoint (pending), not for ours.
     */
    private static final Map<String, List<String>> UNBUILT_WRITE_FIELDS = Map.ofEntries(
            Map.entry("/add_tags/add_tags", List.of("tags", "service_keys_to_statuses_to_tags",
                    "service_keys_to_statuses_to_display_tags")),
            Map.entry("/add_urls/associate_url", List.of("known_urls", "detailed_known_urls")),
            Map.entry("/add_urls/add_url", List.of("known_urls", "detailed_known_urls")),
            Map.entry("/add_notes/set_notes", List.of("notes")),
            Map.entry("/add_notes/delete_notes", List.of("notes")),
            Map.entry("/edit_ratings/set_rating", List.of("ratings")),
            Map.entry("/edit_times/set_time", List.of("file_services", "time_modified", "time_modified_details",
                    "time_archived", "file_viewing_statistics")),
            Map.entry("/edit_times/increment_file_viewtime", List.of("file_viewing_statistics")),
            Map.entry("/edit_times/set_file_viewtime", List.of("file_viewing_statistics")),
            Map.entry("/add_files/delete_files", List.of("status", "note", "file_services", "is_local", "is_trashed",
                    "is_deleted", "is_inbox")),
            Map.entry("/add_files/undelete_files", List.of("status", "note", "file_services", "is_local", "is_trashed",
                    "is_deleted")),
            Map.entry("/add_files/clear_file_deletion_record", List.of("status", "note", "file_services", "is_deleted")),
            Map.entry("/add_files/archive_files", List.of("is_inbox", "time_archived")),
            Map.entry("/add_files/unarchive_files", List.of("is_inbox", "time_archived")),
            Map.entry("/add_files/migrate_files", List.of("file_services")));

    /**
     * Media analysis that {@code MediaAnalyser} does not do yet (pixel hash, perceptual hashes, blurhash,
     * video/audio probing): the value is null or absent in Hydrant where hydrus has one. A wrong non-null value is
     * never covered by this.
     */
    static final String MEDIA_ANALYSIS_REASON = "media analysis not built yet: Hydrant reports null/absent where "
            + "hydrus computed a pixel hash, perceptual hashes, blurhash or video/audio properties "
            + "(docs/COMPATIBILITY.md, \"Media analysis\")";
    private static final java.util.regex.Pattern MEDIA_GAP = java.util.regex.Pattern.compile(
            "^\\$\\.json(\\.metadata\\[\\d+])?\\.(pixel_hash|perceptual_hashes|blurhash|width|height|duration"
                    + "|num_frames|has_audio|thumbnail_width|thumbnail_height)(: missing in actual|: expected .*, got null)$");

    private ExpectedDeviations() {
    }

    /**
     * The unbuilt writes whose fields together cover every difference (each difference lies in the fields of at
     * least one of them), joined with commas; null when some difference lies outside all of them.
     */
    static String unbuiltWriterCovering(java.util.Set<String> unbuiltWrites, List<String> differences) {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        for (String d : differences) {
            String writer = unbuiltWrites.stream()
                    .filter(w -> UNBUILT_WRITE_FIELDS.containsKey(w) && inFields(d, UNBUILT_WRITE_FIELDS.get(w)))
                    .findFirst().orElse(null);
            if (writer == null) {
                return null;
            }
            used.add(writer);
        }
        return used.isEmpty() ? null : String.join(", ", used);
    }

    private static boolean inFields(String difference, List<String> fields) {
        int colon = difference.indexOf(": ");
        String path = colon < 0 ? difference : difference.substring(0, colon);
        for (String f : fields) {
            int at = path.indexOf("." + f);
            while (at >= 0) {
                int end = at + 1 + f.length();
                if (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[') {
                    return true;
                }
                at = path.indexOf("." + f, at + 1);
            }
        }
        return false;
    }

    /**
     * Words of a search's {@code tags} that make its result depend on data only a not-yet-built write endpoint
     * records (notes, URLs, ratings, viewing statistics, times, file relationships). After such a write answered
     * 501, a search or mr_bones step whose differences lie only in its results waits for that endpoint.
     */
    private static final Map<String, List<String>> UNBUILT_WRITE_SEARCH_WORDS = Map.ofEntries(
            Map.entry("/add_notes/set_notes", List.of("note")),
            Map.entry("/add_urls/associate_url", List.of("url", "domain")),
            Map.entry("/add_urls/add_url", List.of("url", "domain")),
            Map.entry("/edit_ratings/set_rating", List.of("rating", "rated")),
            Map.entry("/edit_times/increment_file_viewtime", List.of("view")),
            Map.entry("/edit_times/set_file_viewtime", List.of("view")),
            Map.entry("/edit_times/set_time", List.of("time", "date")),
            Map.entry("/manage_file_relationships/set_file_relationships", List.of("relationship", "duplicate",
                    "alternate", "best quality")),
            Map.entry("/manage_file_relationships/set_kings", List.of("best quality")));

    private static final List<String> SEARCH_RESULT_FIELDS = List.of("$.json.file_ids", "$.json.hashes",
            "$.json.boned_stats.total_alternate", "$.json.boned_stats.total_duplicate",
            "$.json.boned_stats.total_viewtime");

    /** The unbuilt write a search step's result differences wait for, or null (see UNBUILT_WRITE_SEARCH_WORDS). */
    static String unbuiltWriterForSearch(java.util.Set<String> unbuiltWrites, JsonNode line, List<String> differences) {
        String path = path(line);
        if (!path.equals("/get_files/search_files") && !path.equals("/manage_database/mr_bones")) {
            return null;
        }
        if (path.equals("/manage_database/mr_bones")
                && unbuiltWrites.contains("/manage_file_relationships/set_file_relationships")
                && differences.stream().allMatch(d -> d.startsWith("$.json.boned_stats"))) {
            return "/manage_file_relationships/set_file_relationships";
        }
        if (differences.isEmpty() || !differences.stream().allMatch(d -> SEARCH_RESULT_FIELDS.stream()
                .anyMatch(d::startsWith))) {
            return null;
        }
        String tags = line.path("request").path("query").path("tags").toString().toLowerCase(java.util.Locale.ROOT);
        boolean bonesOnly = differences.stream().allMatch(d -> d.startsWith("$.json.boned_stats"));
        for (String write : unbuiltWrites) {
            List<String> words = UNBUILT_WRITE_SEARCH_WORDS.getOrDefault(write, List.of());
            if (words.stream().anyMatch(tags::contains) || (bonesOnly && !words.isEmpty())) {
                return write;
            }
        }
        return null;
    }

    /** A value Hydrant leaves unknown because its media analysis is not built yet. */
    static boolean isMediaAnalysisGap(String difference) {
        return MEDIA_GAP.matcher(difference).matches();
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

    /**
     * get_url_files answered 200 with our normalised form of the URL, statuses hydrus could give (0, 2, 3) for
     * sha256 hashes, and the 30 s cache exactly when every status is 2.
     */
    private static boolean urlFilesAsOurUrlClassesSay(JsonNode line) {
        JsonNode json = line.path("response").path("json");
        boolean allInDb = true;
        for (JsonNode s : json.path("url_file_statuses")) {
            int status = s.path("status").asInt(-1);
            if (!(status == 0 || status == 2 || status == 3) || !s.path("hash").asText().matches("[0-9a-f]{64}")
                    || !s.path("note").isTextual()) {
                return false;
            }
            allInDb &= status == 2;
        }
        return status(line) == 200 && json.path("url_file_statuses").isArray()
                && json.path("normalised_url").asText().equals(DEFAULT_URL_CLASSES.normalise(requestUrl(line)))
                && header(line, "Cache-Control").equals(allInDb ? "max-age=30" : "max-age=4");
    }

    /**
     * file_metadata answered 200 with every file's known URLs in code-point order and, when asked, each one
     * described exactly as our URL classes describe it.
     */
    private static boolean knownUrlsAsOurUrlClassesSay(JsonNode line) {
        if (status(line) != 200) {
            return false;
        }
        for (JsonNode m : line.path("response").path("json").path("metadata")) {
            List<String> urls = new java.util.ArrayList<>();
            m.path("known_urls").forEach(u -> urls.add(u.asText()));
            List<String> sorted = new java.util.ArrayList<>(urls);
            sorted.sort(dev.hydrant.core.tags.CodePointOrder.INSTANCE);
            if (!urls.equals(sorted)) {
                return false;
            }
            if (m.has("detailed_known_urls")) {
                List<UrlInfo> expected = urls.stream().map(DEFAULT_URL_CLASSES::knownUrlInfo)
                        .flatMap(Optional::stream).toList();
                JsonNode details = m.path("detailed_known_urls");
                if (details.size() != expected.size()) {
                    return false;
                }
                for (int i = 0; i < expected.size(); i++) {
                    UrlInfo info = expected.get(i);
                    JsonNode d = details.get(i);
                    boolean reasonOk = info.canParse() ? !d.has("cannot_parse_reason")
                            : d.path("cannot_parse_reason").asText().equals(info.cannotParseReason());
                    if (!d.path("normalised_url").asText().equals(info.normalisedUrl())
                            || d.path("url_type").asInt(-1) != info.type().code()
                            || !d.path("url_type_string").asText().equals(info.typeText())
                            || !d.path("match_name").asText().equals(info.matchName())
                            || d.path("can_parse").asBoolean(!info.canParse()) != info.canParse() || !reasonOk) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Every known URL in a file_metadata answer. */
    private static List<String> knownUrls(JsonNode line) {
        List<String> urls = new java.util.ArrayList<>();
        line.path("response").path("json").path("metadata")
                .forEach(m -> m.path("known_urls").forEach(u -> urls.add(u.asText())));
        return urls;
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
