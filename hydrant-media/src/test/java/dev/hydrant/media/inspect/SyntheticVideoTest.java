package dev.hydrant.media.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.ffmpeg.FfmpegExecutables;
import dev.hydrant.media.ffmpeg.ProcessResult;
import dev.hydrant.media.thumbnail.FileThumbnail;
import dev.hydrant.media.thumbnail.FileThumbnailer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Videos made on the spot with the bundled ffmpeg, for the cases the corpus does not cover. */
class SyntheticVideoTest {

    @TempDir
    static Path dir;

    private static MediaProbe inspector;

    @BeforeAll
    static void makeVideos() throws Exception {
        inspector = new MediaProbe(BundledFfmpeg.ffmpeg());
        make("silent.mp4", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=15", "-f", "lavfi", "-i", "anullsrc=r=44100:cl=mono",
                "-t", "2", "-c:v", "mpeg4", "-c:a", "aac", "-shortest");
        make("tone.mp4", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=15", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                "-t", "2", "-c:v", "mpeg4", "-c:a", "aac", "-shortest");
        make("rotated.mp4", "-display_rotation", "90", "-i", dir.resolve("silent.mp4").toString(), "-c", "copy");
        make("stretched.mkv", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "1", "-c:v", "mpeg4", "-aspect", "16:9");
        make("odd.webm", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10", "-t", "1.25", "-c:v", "libvpx");
    }

    private static void make(String name, String... args) throws Exception {
        FfmpegExecutables exes = BundledFfmpeg.executables();
        List<String> cmd = new ArrayList<>(List.of(exes.ffmpeg().toString(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
        cmd.addAll(List.of(args));
        cmd.add(dir.resolve(name).toString());
        ProcessResult result = exes.runner().run(cmd, Duration.ofSeconds(60), 1024);
        assertThat(result.exitCode()).as("making %s: %s", name, result.stderrText()).isZero();
    }

    @Test
    void aSilentAudioTrackIsNoAudio() throws Exception {
        MediaInfo info = inspector.inspect(dir.resolve("silent.mp4"), FileType.VIDEO_MP4);
        assertThat(info.hasAudio()).isFalse();
        assertThat(info.durationMs()).isEqualTo(2000);
        assertThat(info.numFrames()).isEqualTo(30);
        assertThat(info.frameRate()).isEqualTo(15.0);
    }

    @Test
    void anAudibleTrackIsAudio() throws Exception {
        assertThat(inspector.inspect(dir.resolve("tone.mp4"), FileType.VIDEO_MP4).hasAudio()).isTrue();
    }

    /**
     * Hydrus reads the stored size from ffmpeg's stream line and does not apply rotation metadata; its
     * thumbnail comes from ffmpeg's auto-rotated frames scaled to that (unrotated) box, and so does ours.
     */
    @Test
    void rotationMetadataIsNotAppliedToTheSize() throws Exception {
        MediaInfo info = inspector.inspect(dir.resolve("rotated.mp4"), FileType.VIDEO_MP4);
        assertThat(info.width() + "x" + info.height()).isEqualTo("160x120");
        FileThumbnail thumb = new FileThumbnailer(BundledFfmpeg.ffmpeg()).make(dir.resolve("rotated.mp4"), FileType.VIDEO_MP4, info);
        assertThat(thumb.origin()).isEqualTo(FileThumbnail.Origin.FROM_FILE);
        assertThat(thumb.width() + "x" + thumb.height()).isEqualTo("150x112");
    }

    @Test
    void aSampleAspectRatioStretchesTheWidth() throws Exception {
        MediaInfo info = inspector.inspect(dir.resolve("stretched.mkv"), FileType.VIDEO_MKV);
        // 16:9 display of 160x120 storage: SAR 4:3, so hydrus reports 160 * 4 // 3 = 213
        assertThat(info.width() + "x" + info.height()).isEqualTo("213x120");
    }

    @Test
    void aDurationThatHoldsNoWholeNumberOfFramesIsCounted() throws Exception {
        MediaInfo info = inspector.inspect(dir.resolve("odd.webm"), FileType.VIDEO_WEBM);
        // 1.25 s at 10 fps is not whole, so hydrus decodes and counts the frames rather than multiplying
        assertThat(info.numFrames()).isBetween(12, 13);
        assertThat(info.durationMs()).isBetween(1200L, 1300L);
    }
}
