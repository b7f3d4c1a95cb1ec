package dev.hydrant.media.sniff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hydrant.core.files.FileType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample file of {@code shared/media} is sniffed and compared with what hydrus 682 reported for it
 * ({@code ground-truth.json}): mime, filetype_enum, filetype_human and ext for imported files, the
 * refusal note for the refused ones.
 */
class GroundTruthSniffTest {

    private static JsonNode truth;
    private static final FileTypeSniffer SNIFFER = new FileTypeSniffer();

    @BeforeAll
    static void load() throws IOException {
        truth = new ObjectMapper().readTree(SharedCorpus.media().resolve("ground-truth.json").toFile());
    }

    static Stream<Arguments> samples() throws IOException {
        JsonNode all = new ObjectMapper().readTree(SharedCorpus.media().resolve("ground-truth.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            if (!e.getKey().startsWith("_")) {
                out.add(Arguments.of(e.getKey()));
            }
        }
        return out.stream();
    }

    @Test
    void groundTruthCoversEveryMediaFile() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(SharedCorpus.media())) {
            list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".json") && !n.endsWith(".md"))
                    .forEach(files::add);
        }
        TreeSet<String> keys = new TreeSet<>();
        samples().forEach(a -> keys.add((String) a.get()[0]));
        assertThat(files).hasSize(53).isEqualTo(keys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sniffMatchesHydrus(String name) throws IOException {
        JsonNode entry = truth.get(name);
        JsonNode added = entry.get("add_file").get("json");
        SniffResult result = SNIFFER.sniff(SharedCorpus.media().resolve(name));
        if (added.get("status").asInt() == 4) {
            assertThat(result.isImportable()).as("importable").isFalse();
            assertThat(result.refusal().note()).isEqualTo(added.get("note").asText());
            assertThat(result.fileType()).isEqualTo(FileType.APPLICATION_UNKNOWN);
            return;
        }
        JsonNode metadata = entry.get("file_metadata").get("metadata");
        FileType type = result.fileType();
        assertThat(result.isImportable()).as("importable").isTrue();
        assertThat(type.number()).as("filetype_enum").isEqualTo(metadata.get("filetype_enum").asInt());
        assertThat(type.mime()).as("mime").isEqualTo(metadata.get("mime").asText());
        assertThat(type.humanName()).as("filetype_human").isEqualTo(metadata.get("filetype_human").asText());
        assertThat(type.extension()).as("ext").isEqualTo(metadata.get("ext").asText());
        assertThat(type.contentType()).as("served Content-Type").isEqualTo(entry.get("file").get("headers").get("Content-Type").asText());
    }
}
