package dev.hydrant.media.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.files.FileType;
import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.ffmpeg.FfprobeContainerProbe;
import dev.hydrant.media.sniff.FileTypeSniffer;
import dev.hydrant.media.sniff.SniffResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file hydrus imported from the shared corpus, sniffed (with the ffprobe probe) and inspected,
 * against what hydrus 682 reported: width, height, duration (within one frame), num_frames, has_audio.
 */
class GroundTruthInspectionTest {

    private static MediaProbe inspector;
    private static FileTypeSniffer sniffer;

    @BeforeAll
    static void tools() {
        inspector = new MediaProbe(BundledFfmpeg.ffmpeg());
        sniffer = new FileTypeSniffer(new FfprobeContainerProbe(BundledFfmpeg.executables()));
    }

    static List<String> importedFiles() {
        return SharedMedia.names().stream()
                .filter(n -> SharedMedia.record(n).path("add_file").path("json").path("status").asInt() == 1)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("importedFiles")
    void matchesHydrus(String name) throws Exception {
        JsonNode expected = SharedMedia.metadata(name);
        Path file = SharedMedia.file(name);
        SniffResult sniffed = sniffer.sniff(file);
        assertThat(sniffed.fileType().number()).as("filetype of %s", name).isEqualTo(expected.path("filetype_enum").asInt());
        FileType type = sniffed.fileType();
        MediaInfo info = inspector.inspect(file, type);

        if (!expected.path("width").isNull()) {
            assertThat(info.width()).as("width of %s", name).isEqualTo(expected.path("width").asInt());
            assertThat(info.height()).as("height of %s", name).isEqualTo(expected.path("height").asInt());
        }
        if (expected.path("num_frames").isNull()) {
            assertThat(info.numFrames()).as("num_frames of %s", name).isNull();
        } else {
            assertThat(info.numFrames()).as("num_frames of %s", name).isEqualTo(expected.path("num_frames").asInt());
        }
        if (expected.path("duration").isNull()) {
            assertThat(info.durationMs()).as("duration of %s", name).isNull();
        } else {
            long want = expected.path("duration").asLong();
            long tolerance = info.numFrames() != null && info.numFrames() > 0 && want > 0
                    ? Math.max(1, want / info.numFrames()) : 1;
            assertThat(info.durationMs()).as("duration of %s (exactly %d wanted)", name, want)
                    .isBetween(want - tolerance, want + tolerance);
            assertThat(info.durationMs()).as("duration of %s", name).isEqualTo(want);
        }
        assertThat(info.hasAudio()).as("has_audio of %s", name).isEqualTo(expected.path("has_audio").asBoolean());
    }
}
