package dev.hydrant.media.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hydrus's {@code GetFrameDurationsMSFromNote}: which notes give a ugoira's frame delays, and which do not. */
class UgoiraNoteDelaysTest {

    @Test
    void pixivFrameDataInTheUgoiraJsonNote() {
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira json",
                "{\"src\": \"x\", \"frames\": [{\"file\": \"0.jpg\", \"delay\": 60}, {\"file\": \"1.jpg\", \"delay\": 90}]}")))
                .contains(List.of(60.0, 90.0));
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira json", "[{\"delay\": 60}, {\"delay\": 70.5}]")))
                .as("a bare list of frames; only the first delay must be an integer")
                .contains(List.of(60.0, 70.5));
    }

    @Test
    void theDelayArrayNoteWhenTheFrameDataNoteIsMissingOrUnusable() {
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira frame delay array", "[100, 200, 300]")))
                .contains(List.of(100.0, 200.0, 300.0));
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira json", "{\"frames\": [{\"file\": \"0.jpg\"}]}",
                "ugoira frame delay array", "[100, 200]"))).contains(List.of(100.0, 200.0));
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira json", "not json", "ugoira frame delay array", "[true, 5]")))
                .as("Python's bool is an int").contains(List.of(1.0, 5.0));
    }

    @Test
    void notesHydrusWouldNotUse() {
        assertThat(UgoiraNoteDelays.from(Map.of())).isEmpty();
        assertThat(UgoiraNoteDelays.from(Map.of("comment", "[100]"))).isEmpty();
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira frame delay array", "[]"))).isEmpty();
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira frame delay array", "[100.0, 200]")))
                .as("the first delay must be an integer").isEqualTo(Optional.empty());
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira frame delay array", "{\"0\": 100}"))).isEmpty();
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira frame delay array", "[100, \"slow\"]")))
                .as("hydrus would fail later on the text; skipped here").isEmpty();
        assertThat(UgoiraNoteDelays.from(Map.of("ugoira json", "{\"frames\": {\"delay\": 5}}"))).isEmpty();
    }
}
