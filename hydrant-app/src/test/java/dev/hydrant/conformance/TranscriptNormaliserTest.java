package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java normaliser gives, line for line, what {@code record.py normalise} prints. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptNormaliserTest {

    private final SharedConformanceFiles shared = SharedConformanceFiles.locate();
    private Map<Path, List<String>> recordPyOutput;

    List<String> transcripts() {
        return shared.recordedScenarios();
    }

    @BeforeAll
    void normaliseWithRecordPy() {
        RecordPy py = RecordPy.require(shared);
        recordPyOutput = py.normaliseAll(transcripts().stream().map(shared::transcript).toList());
    }

    @Test
    void allNineteenTranscriptsAreFound() {
        assertThat(transcripts()).hasSize(19);
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void matchesRecordPyNormalise(String name) throws Exception {
        Path file = shared.transcript(name);
        assertSameAsRecordPy(recordPyOutput.get(file), file, Transcript.load(file).lines());
    }

    /** Lines made to exercise every rule, including ones the recorded transcripts never trigger. */
    @Test
    void matchesRecordPyOnSyntheticEdgeCases() {
        RecordPy py = RecordPy.require(shared);
        String jsonl = String.join("\n",
                line(0, "{\"status\": 200, \"headers\": {\"Date\": \"x\", \"Expires\": \"y\", \"Content-Length\": \"5\","
                        + " \"Server\": \"s\", \"access-control-allow-origin\": \"*\"}, \"header_order\": [],"
                        + " \"json\": {\"metadata\": [{\"file_id\": 7, \"hash\": \"" + "ab".repeat(32) + "\","
                        + " \"time_imported\": 1795347000, \"time_modified\": 1300000000, \"time_deleted\": 1795347001.25,"
                        + " \"time_archived\": null, \"timestamp\": [1795347000], \"time_modified_details\":"
                        + " {\"local\": 1795347002, \"x\": {\"y\": 1795347000}, \"z\": true},"
                        + " \"file_ids\": [7, 8, true, 9.0, \"a\", null, 7], \"hash_ids\": [{\"file_id\": 8}],"
                        + " \"note\": \"file recognised: Imported at 2026-11-22 11:33:49, which was 2 seconds before this check.\"},"
                        + " {\"note\": \"at 2026-11-22 11:33:49 and ٢٠٢٦-١١-٢٢ ١١:٣٣:٤٩, which was 3 minutes before this check\\nwhich was 1 hour before this check\"},"
                        + " {\"note\": \"file recognised: Imported at x, which was y before this check.\\n\"}],"
                        + " \"session_key\": \"" + "cd".repeat(32) + "\", \"key\": \"" + "CD".repeat(32) + "\","
                        + " \"page_key\": \"" + "cd".repeat(32) + "\", \"boot_id\": \"" + "ef".repeat(32) + "\"}}", 1795347000.5, null),
                line(1, "{\"status\": 500, \"headers\": {}, \"header_order\": [], \"json\": {\"error\": \"Traceback (most recent call last):\\n  File x\\nValueError: bad\\n\\n\","
                        + " \"traceback\": \"  \\n\\t\", \"exception_type\": \"ValueError\", \"file_id\": 8, \"x\": {\"file_id\": 99, \"file_ids\": 5},"
                        + " \"potential_duplicates_count\": 3, \"potential_duplicate_pairs\": [[1, 2]],"
                        + " \"job_statuses\": [{\"nice_string\": \"initialising popup message manager\", \"a\": 1},"
                        + " {\"nice_string\": \"hello\", \"b\": 1, \"a\": 2, \"é\": 0}, {\"b\": 3, \"a\": 4, \"é\": 5, \"nice_string\": null}, {\"z\": 1}]}}", 1795347000.5, null),
                line(2, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"json\": {\"file_ids\": [5, 3, 99, 4], \"hashes\": [\"b\", \"a\", \"c\", \"B\"],"
                        + " \"version\": 95}}", 1795347000.5, "{\"file_sort_type\": \" 4 \"}"),
                line(3, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"json\": {\"file_ids\": [5, 3, 99, 4]}}", 1795347000.5,
                        "{\"file_sort_type\": 4.7}"),
                line(4, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"json\": {\"file_ids\": [5, 3, 99, 4]}}", 1795347000.5,
                        "{\"file_sort_type\": \"4.0\"}"),
                line(5, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"json\": {\"a\": [1, 2], \"b\": {\"c\": 1},"
                        + " \"c\": \"x\", \"d\": null, \"e\": true, \"f\": 1.5}, \"x\": 1}", 1795347000.5, null).replace("\"n\": 5", "\"n\": 5, \"shape_only\": true"),
                line(6, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"cbor\": {\"file_id\": 8, \"time_imported\": 1795347000,"
                        + " \"b\": {\"$bytes\": \"00ff\"}}, \"body\": {\"sha256\": \"x\", \"length\": 3, \"content_type\": \"application/cbor\"}}", 1795347000.5, null),
                line(7, "{\"status\": 200, \"headers\": {\"Content-Type\": \"image/png\"}, \"header_order\": [], \"body\": {\"sha256\": \"s\", \"length\": 3,"
                        + " \"content_type\": \"image/png\", \"image\": {\"format\": \"png\", \"width\": 1, \"height\": 2}, \"extra\": 1}}", 1795347000.5, null),
                line(8, "{\"status\": 0, \"headers\": {}, \"header_order\": [], \"body\": {\"sha256\": \"s\", \"length\": 0, \"content_type\": null,"
                        + " \"text\": \"hi\"}, \"transport_error\": \"x\"}", 1795347000.5, null),
                line(9, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"json\": [{\"file_id\": 1}, 2]}", 1795347000.5, null),
                line(10, "{\"status\": 200, \"headers\": {}, \"header_order\": [], \"json\": {\"file_id\": 2, \"hash\": \"" + "12".repeat(32) + "\"}}", 1795347000.5, null));
        Path file = RecordPy.tempFile(".jsonl", jsonl + "\n");
        List<String> expected = py.run("normalise", file.toString()).lines().filter(l -> !l.isBlank()).toList();
        assertSameAsRecordPy(expected, file, Transcript.parse(jsonl).lines());
    }

    private static String line(int n, String response, double recordedAt, String query) {
        return "{\"id\": \"s" + n + "\", \"comment\": null, \"request\": {\"method\": \"GET\", \"path\": \"/x\", \"query\": "
                + (query == null ? "{}" : query) + ", \"target\": \"/x\"}, \"response\": " + response
                + ", \"elapsed_s\": 0.001, \"recorded_at\": " + recordedAt + ", \"n\": " + n + "}";
    }

    private static void assertSameAsRecordPy(List<String> expected, Path file, List<ObjectNode> lines) {
        assertThat(expected).as("record.py output for %s", file).isNotNull().isNotEmpty();
        List<ObjectNode> actual = new TranscriptNormaliser().normaliseAll(lines);
        assertThat(actual).hasSameSizeAs(expected);
        PythonJsonReader reader = new PythonJsonReader();
        JsonDiff strict = new JsonDiff(true, true, 50);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = reader.readValid(expected.get(i));
            assertThat(strict.diff(want, actual.get(i))).as("line %d of %s", i, file).isEmpty();
            assertThat(PythonJsonWriter.dumps(actual.get(i), false)).as("text of line %d of %s", i, file).isEqualTo(expected.get(i));
        }
    }
}
