package dev.hydrant.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.core.files.FileType;
import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.sniff.ContainerReport;
import dev.hydrant.media.sniff.ContainerTypeRules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ffprobe's view of every audio and video sample, put through hydrus's container rules, gives hydrus's type
 * (AVI is left out: hydrus knows it by its signature and never asks ffmpeg about it).
 */
class FfprobeContainerProbeTest {

    static List<String> audioAndVideo() {
        return SharedMedia.names().stream().filter(n -> {
            Optional<FileType> type = FileType.fromNumber(SharedMedia.metadata(n).path("filetype_enum").asInt(-1));
            return type.isPresent() && type.get() != FileType.VIDEO_AVI
                    && (type.get().group() == FileTypeGroup.AUDIO || type.get().group() == FileTypeGroup.VIDEO);
        }).toList();
    }

    @ParameterizedTest
    @MethodSource("audioAndVideo")
    void typeMatchesHydrus(String name) throws Exception {
        JsonNode metadata = SharedMedia.metadata(name);
        Optional<ContainerReport> report = new FfprobeContainerProbe(BundledFfmpeg.executables()).probe(SharedMedia.file(name));
        assertThat(report).isPresent();
        assertThat(ContainerTypeRules.decide(report.get()).number()).as(name).isEqualTo(metadata.path("filetype_enum").asInt());
    }
}
