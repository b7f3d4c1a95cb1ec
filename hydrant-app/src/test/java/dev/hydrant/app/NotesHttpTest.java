package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /add_notes/set_notes}, {@code delete_notes}, notes in {@code file_metadata} and the note predicates of
 * {@code search_files}, beyond the transcripts: every merge rule and conflict resolution, errors (status and body)
 * that change nothing, unicode and whitespace, unknown hashes, restarts.
 */
class NotesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "abababababababababababababababababababababababababababababababab";

    @TempDir
    Path dir;

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, String> notes(String... namesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return m;
    }

    private static String upload(KeyedApiClient api, int seed) throws Exception {
        return KeyedApiClient.ok(api.upload("/add_files/add_file", TestImages.png(5 + seed, 7, seed))).get("hash")
                .asText();
    }

    /** The answer's {@code notes} as a name → text map, in the answer's order. */
    private static Map<String, String> asMap(JsonNode notes) {
        Map<String, String> m = new LinkedHashMap<>();
        notes.properties().forEach(e -> m.put(e.getKey(), e.getValue().textValue()));
        return m;
    }

    private static Map<String, String> set(KeyedApiClient api, Map<String, Object> request) throws Exception {
        return asMap(KeyedApiClient.ok(api.post("/add_notes/set_notes", request)).get("notes"));
    }

    private static Map<String, String> stored(KeyedApiClient api, String hash) throws Exception {
        JsonNode m = KeyedApiClient.ok(api.get("/get_files/file_metadata?include_notes=true&hash=" + hash))
                .get("metadata").get(0);
        return asMap(m.get("notes"));
    }

    private static List<String> search(KeyedApiClient api, Object... tags) throws Exception {
        String json = JSON.writeValueAsString(List.of(tags));
        JsonNode body = KeyedApiClient.ok(api.get("/get_files/search_files?return_hashes=true&tags="
                + URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20")));
        List<String> out = new ArrayList<>();
        body.get("hashes").forEach(h -> out.add(h.asText()));
        return out;
    }

    private static void assertError(RawHttp.Response r, int status, String error) throws Exception {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        JsonNode e = KeyedApiClient.json(r);
        assertThat(e.get("error").asText()).isEqualTo(error);
        assertThat(e.get("exception_type").asText())
                .isEqualTo(status == 404 ? "NotFoundException" : "BadRequestException");
        assertThat(e.get("status_code").asInt()).isEqualTo(status);
    }

    @Test
    void plainSetWritesTextsAsGivenEchoesThemAndEmptyTextsDelete() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 1);
            assertThat(stored(api, h)).isEmpty();

            Map<String, String> first = notes("comment", "hello", "source", "somewhere", "empty", "");
            assertThat(set(api, body("hash", h, "notes", first))).containsExactlyEntriesOf(first);
            assertThat(stored(api, h)).containsExactly(Map.entry("comment", "hello"), Map.entry("source", "somewhere"));

            // overwrite keeps the name's place; names are case-sensitive; nothing is cleaned
            String odd = "  caf\u00e9 \u9752\u3044 \uD83D\uDE00\r\n\ttwo lines  \n";
            set(api, body("hash", h, "notes", notes("comment", "replaced")));
            set(api, body("hash", h, "notes", notes("Comment", "other case", " spaced name ", odd)));
            assertThat(stored(api, h)).containsExactly(Map.entry("comment", "replaced"),
                    Map.entry("source", "somewhere"), Map.entry("Comment", "other case"),
                    Map.entry(" spaced name ", odd));

            // an empty text removes the note and is still echoed; a plain set is idempotent
            Map<String, String> removal = notes("source", "", "comment", "replaced");
            assertThat(set(api, body("hash", h, "notes", removal))).containsExactlyEntriesOf(removal);
            assertThat(set(api, body("hash", h, "notes", removal))).containsExactlyEntriesOf(removal);
            assertThat(stored(api, h)).containsOnlyKeys("comment", "Comment", " spaced name ");

            // an empty notes object is fine and writes nothing
            assertThat(set(api, body("hash", h, "notes", Map.of()))).isEmpty();
            // file_id and hash of the same file are one file
            long id = KeyedApiClient.ok(api.get("/get_files/file_metadata?only_return_identifiers=true&hash=" + h))
                    .get("metadata").get(0).get("file_id").asLong();
            assertThat(set(api, body("hash", h, "file_id", id, "notes", notes("by id", "x"))))
                    .containsExactly(Map.entry("by id", "x"));
            assertThat(stored(api, h)).containsKey("by id");
        }
    }

    @Test
    void mergeCleverlyAppliesEveryRuleAndAnswersWhatWasWritten() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 2);
            set(api, body("hash", h, "notes", notes("comment", "hello", "source", "one")));

            // identical text, or the same text under another name: skipped
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "notes", notes("comment", "hello"))))
                    .isEmpty();
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "notes", notes("other", "hello")))).isEmpty();
            // a longer text containing the existing one extends it (extend defaults to true)
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "notes", notes("comment", "hello world"))))
                    .containsExactly(Map.entry("comment", "hello world"));
            // ...unless extending is off: then the default resolution renames
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "extend_existing_note_if_possible", false,
                    "notes", notes("comment", "hello world!")))).containsExactly(Map.entry("comment (1)", "hello world!"));
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "extend_existing_note_if_possible", false,
                    "notes", notes("comment", "goodbye")))).containsExactly(Map.entry("comment (2)", "goodbye"));
            // a text extending the renamed note's text (and not the note of that name) goes to the renamed note
            assertThat(set(api, body("hash", h, "merge_cleverly", true,
                    "notes", notes("comment", "goodbye, friend")))).containsExactly(
                    Map.entry("comment (2)", "goodbye, friend"));

            // conflict resolutions 0-3
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "conflict_resolution", 0,
                    "notes", notes("source", "two")))).containsExactly(Map.entry("source", "two"));
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "conflict_resolution", 1,
                    "notes", notes("source", "three")))).isEmpty();
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "conflict_resolution", 2,
                    "notes", notes("source", "four")))).containsExactly(Map.entry("source", "two\n\nfour"));
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "conflict_resolution", 2,
                    "notes", notes("source", "four")))).isEmpty();
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "conflict_resolution", 3,
                    "notes", notes("source", "five")))).containsExactly(Map.entry("source (1)", "five"));
            assertThat(set(api, body("hash", h, "merge_cleverly", true, "conflict_resolution", true,
                    "notes", notes("source", "six")))).isEmpty(); // true is 1 (ignore), as in Python

            // several notes in one request are taken in name order and see each other's writes
            assertThat(set(api, body("hash", h, "merge_cleverly", true,
                    "notes", notes("zz", "same text", "new", "same text", "aa", "fresh")))).containsExactly(
                    Map.entry("aa", "fresh"), Map.entry("new", "same text"));

            assertThat(stored(api, h)).containsExactly(Map.entry("comment", "hello world"),
                    Map.entry("source", "two\n\nfour"), Map.entry("comment (1)", "hello world!"),
                    Map.entry("comment (2)", "goodbye, friend"), Map.entry("source (1)", "five"),
                    Map.entry("aa", "fresh"), Map.entry("new", "same text"));
        }
    }

    @Test
    void badRequestsGetHydrusStatusAndTextAndChangeNothing() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, 3);
            String b = upload(api, 4);
            set(api, body("hash", a, "notes", notes("keep", "me")));

            assertError(api.post("/add_notes/set_notes", body("hashes", List.of(a, b), "notes", notes("n", "x"))),
                    400, "There was no file identifier or hash given!");
            assertError(api.post("/add_notes/set_notes", body("notes", notes("n", "x"))),
                    400, "Please include some files in your request--file_id or hash based!");
            assertError(api.post("/add_notes/set_notes", body("file_id", 987654, "notes", notes("n", "x"))),
                    404, "It seems you gave a file_id that does not exist! Was asked about these novel hash_ids: "
                            + "[987654]");
            assertError(api.post("/add_notes/set_notes", body("hash", "abcd", "notes", notes("n", "x"))),
                    400, "Sorry, one of the given hashes was the wrong length! sha256 hashes should be 32 bytes long, "
                            + "but abcd is 2 bytes long!");
            assertError(api.post("/add_notes/set_notes", body("hash", a)),
                    400, "The required parameter \"notes\" was missing!");
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", List.of("a"))),
                    400, "The parameter \"notes\", with value \"['a']\", was not the expected type: object/dict!");
            // a bad value after good ones: nothing is written
            Map<String, Object> mixed = new LinkedHashMap<>();
            mixed.put("fine", "would be written");
            mixed.put("n", 5);
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", mixed)), 400,
                    "The Object parameter \"notes\" held a value, \"5\" that was <class 'int'> and not the expected "
                            + "type: string!");
            Map<String, Object> nullText = new LinkedHashMap<>();
            nullText.put("n", null);
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", nullText)), 400,
                    "The Object parameter \"notes\" held a value, \"None\" that was <class 'NoneType'> and not the "
                            + "expected type: string!");
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", Map.of("n", List.of("x")))), 400,
                    "The Object parameter \"notes\" held a value, \"['x']\" that was <class 'list'> and not the "
                            + "expected type: string!");
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", notes("keep", "zzz"),
                    "merge_cleverly", true, "conflict_resolution", 4)), 400,
                    "The given conflict resolution type was not in the allowed range!");
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", notes("keep", "zzz"),
                    "merge_cleverly", true, "conflict_resolution", -1)), 400,
                    "The given conflict resolution type was not in the allowed range!");
            assertError(api.post("/add_notes/set_notes", body("hash", a, "notes", notes("keep", "zzz"),
                    "merge_cleverly", "yes")), 400,
                    "The parameter \"merge_cleverly\", with value \"yes\", was not the expected type: boolean!");

            assertError(api.post("/add_notes/delete_notes", body("hash", a)),
                    400, "The required parameter \"note_names\" was missing!");
            assertError(api.post("/add_notes/delete_notes", body("hash", a, "note_names", "keep")),
                    400, "The parameter \"note_names\", with value \"keep\", was not the expected type: list!");
            assertError(api.post("/add_notes/delete_notes", body("hash", a, "note_names", List.of("keep", 5))), 400,
                    "The list parameter \"note_names\" held an item, \"5\" that was <class 'int'> and not the "
                            + "expected type: string!");
            assertError(api.post("/add_notes/delete_notes", body("hashes", List.of(a, b), "note_names",
                    List.of("keep"))), 400, "There was no file identifier or hash given!");

            assertThat(stored(api, a)).containsExactly(Map.entry("keep", "me"));
            assertThat(stored(api, b)).isEmpty();
            assertThat(search(api, "system:has notes")).containsExactly(a);

            // the resolution is only read when merging
            assertThat(set(api, body("hash", b, "notes", notes("n", "x"), "conflict_resolution", 9)))
                    .containsExactly(Map.entry("n", "x"));
        }
    }

    @Test
    void deleteIsIdempotentAndIgnoresUnknownNames() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 5);
            set(api, body("hash", h, "notes", notes("a", "1", "b", "2", "c", "3")));
            RawHttp.Response r = api.post("/add_notes/delete_notes", body("hash", h, "note_names", List.of("a", "zzz")));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEmpty();
            KeyedApiClient.ok(api.post("/add_notes/delete_notes", body("hash", h, "note_names", List.of("a"))));
            KeyedApiClient.ok(api.post("/add_notes/delete_notes", body("hash", h, "note_names", List.of())));
            assertThat(stored(api, h)).containsExactly(Map.entry("b", "2"), Map.entry("c", "3"));
            KeyedApiClient.ok(api.post("/add_notes/delete_notes", body("hash", h, "note_names", List.of("c", "b"))));
            assertThat(stored(api, h)).isEmpty();
            assertThat(search(api, "system:has notes")).isEmpty();
        }
    }

    @Test
    void anUnknownHashGetsAFileIdAndKeepsItsNotes() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            assertThat(set(api, body("hash", UNKNOWN, "notes", notes("n", "x")))).containsExactly(Map.entry("n", "x"));
            JsonNode m = KeyedApiClient.ok(api.get("/get_files/file_metadata?include_notes=true&hash=" + UNKNOWN))
                    .get("metadata").get(0);
            assertThat(m.get("file_id").isNumber()).isTrue();
            assertThat(asMap(m.get("notes"))).containsExactly(Map.entry("n", "x"));
            // not a local file: local searches do not find it
            assertThat(search(api, "system:has notes")).isEmpty();
        }
    }

    @Test
    void notePredicatesSearchTheNotesFilesHaveNow() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String a = upload(api, 6);
            String b = upload(api, 7);
            String c = upload(api, 8);
            set(api, body("hash", a, "notes", notes("comment", "x", "source", "y")));
            set(api, body("hash", b, "notes", notes("Comment", "z")));

            assertThat(search(api, "system:has notes")).containsExactlyInAnyOrder(a, b);
            assertThat(search(api, "system:no notes")).containsExactly(c);
            assertThat(search(api, "system:does not have notes")).containsExactly(c);
            assertThat(search(api, "system:number of notes = 2")).containsExactly(a);
            assertThat(search(api, "system:num notes > 0")).containsExactlyInAnyOrder(a, b);
            assertThat(search(api, "system:num notes < 2")).containsExactlyInAnyOrder(b, c);
            assertThat(search(api, "system:num notes = 0")).containsExactly(c);
            assertThat(search(api, "system:number of notes > 1")).containsExactly(a);
            assertThat(search(api, "system:has note with name comment")).containsExactly(a);
            assertThat(search(api, "system:has note with name \"source\"")).containsExactly(a);
            // the predicate text is lower-cased, as hydrus's parser does: a name with capitals is never found
            assertThat(search(api, "system:has note with name Comment")).containsExactly(a);
            assertThat(search(api, "system:no note with name comment")).containsExactlyInAnyOrder(b, c);
            assertThat(search(api, "system:does not have a note with name source")).containsExactlyInAnyOrder(b, c);
            assertThat(search(api, List.of("system:no notes", "system:has note with name source")))
                    .containsExactlyInAnyOrder(a, c);
            assertThat(search(api, "system:has notes", "system:no note with name comment")).containsExactly(b);

            // every write is seen by the next search
            KeyedApiClient.ok(api.post("/add_notes/delete_notes", body("hash", a, "note_names", List.of("comment"))));
            set(api, body("hash", c, "notes", notes("comment", "now")));
            assertThat(search(api, "system:has note with name comment")).containsExactly(c);
            assertThat(search(api, "system:number of notes = 1")).containsExactlyInAnyOrder(a, b, c);
            set(api, body("hash", b, "notes", notes("Comment", "")));
            assertThat(search(api, "system:no notes")).containsExactly(b);
        }
    }

    @Test
    void concurrentWritersToOneFileAllLandInStoreAndIndex() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String h = upload(api, 11);
            int writers = 16;
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < writers; i++) {
                int n = i;
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        // merge reads the notes and writes in one transaction: no write is lost
                        // (no text extends another, so each lands under its own name)
                        set(api, body("hash", h, "merge_cleverly", true, "notes", notes("note", "<" + n + ">")));
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(stored(api, h)).hasSize(writers);
            assertThat(search(api, "system:number of notes = " + writers)).containsExactly(h);
        }
    }

    @Test
    void notesAndTheirOrderSurviveARestartAndTheSearchIndexIsRebuilt() throws Exception {
        Path folder = dir.resolve("data");
        String a;
        String b;
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            a = upload(api, 9);
            b = upload(api, 10);
            set(api, body("hash", a, "notes", notes("alpha", "1", "beta", "long text ".repeat(10_000))));
            // b uses "zeta" first, then "alpha": hydrus reads notes back in the order names were first used anywhere
            set(api, body("hash", b, "notes", notes("zeta", "z")));
            set(api, body("hash", b, "notes", notes("alpha", "2")));
            assertThat(stored(api, b).keySet()).containsExactly("alpha", "zeta");
        }
        try (TestServer server = TestServer.startKeeping(folder)) {
            KeyedApiClient api = new KeyedApiClient(server);
            assertThat(stored(api, a)).containsExactly(Map.entry("alpha", "1"),
                    Map.entry("beta", "long text ".repeat(10_000)));
            assertThat(stored(api, b)).containsExactly(Map.entry("alpha", "2"), Map.entry("zeta", "z"));
            assertThat(search(api, "system:has note with name zeta")).containsExactly(b);
            assertThat(search(api, "system:num notes = 2")).containsExactlyInAnyOrder(a, b);
            // a batch of files in one request, each with its own notes, in request order
            JsonNode metadata = KeyedApiClient.ok(api.get("/get_files/file_metadata?include_notes=true&hashes="
                    + URLEncoder.encode(JSON.writeValueAsString(List.of(b, UNKNOWN, a)), StandardCharsets.UTF_8)))
                    .get("metadata");
            assertThat(asMap(metadata.get(0).get("notes"))).containsOnlyKeys("alpha", "zeta");
            assertThat(metadata.get(1).has("notes")).isFalse();
            assertThat(asMap(metadata.get(2).get("notes"))).containsOnlyKeys("alpha", "beta");
            // without include_notes there is no notes key
            assertThat(KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + a)).get("metadata").get(0)
                    .has("notes")).isFalse();
        }
    }
}
