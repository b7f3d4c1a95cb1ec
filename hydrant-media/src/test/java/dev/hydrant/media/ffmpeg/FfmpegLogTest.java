package dev.hydrant.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.media.DamagedMediaException;
import org.junit.jupiter.api.Test;

class FfmpegLogTest {

    private static FfmpegLog log(String... lines) {
        return FfmpegLog.of(String.join("\n", lines));
    }

    private static String video(String rest) {
        return "  Stream #0:0: Video: " + rest;
    }

    @Test
    void splitsLinesLikePython() {
        assertThat(FfmpegLog.splitLines("a\r\nb\rc\nd\u000be")).containsExactly("a", "b", "c", "d", "e");
        assertThat(FfmpegLog.splitLines("frame=    1\rframe=    2\r")).containsExactly("frame=    1", "frame=    2");
        assertThat(FfmpegLog.splitLines("")).isEmpty();
    }

    @Test
    void stretchesTheWidthBySampleAspectRatioWithIntegerDivision() throws Exception {
        FfmpegLog hevc = log(video("hevc (Main), yuv420p(tv, bt709), 1280x720 [SAR 69:80 DAR 23:15], 30 fps, 30 tbr, 1k tbn (default)"));
        assertThat(hevc.videoResolution(false)).isEqualTo(new FfmpegLog.Resolution(1104, 720));
        FfmpegLog vp9 = log(video("vp9 (Profile 0), yuv420p(tv, progressive), 1120x1080, SAR 10:11 DAR 280:297, 30 fps, 30 tbr, 1k tbn (default)"));
        assertThat(vp9.videoResolution(false)).isEqualTo(new FfmpegLog.Resolution(1018, 1080));
        FfmpegLog codecTag = log(video("h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 160x120 [SAR 1:1 DAR 4:3], 15 fps"));
        assertThat(codecTag.videoResolution(false)).isEqualTo(new FfmpegLog.Resolution(160, 120));
    }

    @Test
    void takesTheSmallerSensibleFrameRate() throws Exception {
        assertThat(log(video("h264, yuv420p, 10x10, 29.97 fps, 29.97 tbr, 90k tbn")).frameRate(false))
                .isEqualTo(new FfmpegLog.FrameRate(29.97, true));
        assertThat(log(video("h264, yuv420p, 10x10, 0.77 fps, 20 tbr, 90k tbn")).frameRate(false))
                .isEqualTo(new FfmpegLog.FrameRate(20, true));
        assertThat(log(video("h264, yuv420p, 10x10, 25 fps, 50 tbr, 90k tbn")).frameRate(false))
                .isEqualTo(new FfmpegLog.FrameRate(25, false));
        assertThat(log(video("h264, yuv420p, 10x10, 1k tbr, 1k tbn")).frameRate(false))
                .isEqualTo(new FfmpegLog.FrameRate(1, false));
        assertThat(log(video("gif, bgra, 10x10, 100 fps, 100 tbr")).frameRate(false))
                .isEqualTo(new FfmpegLog.FrameRate(1, false));
    }

    @Test
    void readsDurationsWithHydrusRules() throws Exception {
        assertThat(log("  Duration: 00:00:02.04, start: 0.025057, bitrate: 66 kb/s").durations())
                .contains(new FfmpegLog.Durations(2.04 + 0.025057, 2.04));
        assertThat(log("  Duration: 01:02:03.50, start: 1.500000, bitrate: 1 kb/s").durations())
                .contains(new FfmpegLog.Durations(3723.5, 3723.5));
        assertThat(log("  Duration: N/A, start: 0.000000, bitrate: N/A").durations()).isEmpty();
        assertThat(log("  Duration: 00:00:00.00, start: 0.000000").durations()).isEmpty();
        assertThat(log("  Duration: 00:00:01.00, start: 0.900000").durations()).isEmpty();
        assertThat(log("    title           : Duration: fake", "  Duration: 00:00:03.00, start: 0.000000").durations())
                .contains(new FfmpegLog.Durations(3.0, 3.0));
        assertThatThrownBy(() -> log("nothing here").durations()).isInstanceOf(DamagedMediaException.class)
                .hasMessage("Error reading duration!");
    }

    @Test
    void printsDurationsAsFfmpegDoes() {
        assertThat(FfmpegLog.printedSeconds(2_037_551)).isEqualTo(2.04);
        assertThat(FfmpegLog.printedSeconds(1_994_999)).isEqualTo(1.99);
        assertThat(FfmpegLog.printedSeconds(1_995_000)).isEqualTo(2.0);
        assertThat(FfmpegLog.printedSeconds(3_723_500_000L)).isEqualTo(3723.5);
    }

    @Test
    void countsFramesFromTheLastProgressLine() throws Exception {
        FfmpegLog counted = FfmpegLog.of("frame=    5 fps=0.0 q=-0.0 size=N/A\rframe=   30 fps=0.0 q=-0.0 Lsize=N/A time=00:00:02.00\n");
        assertThat(counted.countedFrames()).isEqualTo(30);
        assertThatThrownBy(() -> log("no progress").countedFrames()).isInstanceOf(DamagedMediaException.class);
    }

    @Test
    void coverPicturesAreNotVideo() {
        FfmpegLog mp3 = log("  Stream #0:0: Audio: mp3 (mp3float), 44100 Hz, stereo, fltp, 320 kb/s",
                "  Stream #0:1: Video: png, rgb24(pc), 500x500, 90k tbr, 90k tbn (attached pic)");
        assertThat(mp3.hasVideo()).isFalse();
        assertThat(mp3.videoLine(true)).isPresent();
        assertThat(mp3.audioFormat()).isEqualTo(new FfmpegLog.StreamFormat(true, "mp3 (mp3float)"));
        FfmpegLog m4a = log("  Stream #0:1[0x2]: Video: mjpeg (Baseline), yuvj420p(pc), 600x600, 90k tbr (attached pic)");
        assertThat(m4a.videoFormat()).isEqualTo(new FfmpegLog.StreamFormat(true, "mjpeg (Baseline)"));
        FfmpegLog unknownCodec = log(video("none (CRAW / mem_address), none, 6000x4000, 1 fps"));
        assertThat(unknownCodec.videoFormat().present()).isFalse();
    }

    @Test
    void readsTheContainerDescription() {
        FfmpegLog mp4 = log("Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'file:/x.mp4':", "  Metadata:",
                "    major_brand     : M4A ", "    minor_version   : 512");
        assertThat(mp4.demuxerNames()).contains("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(mp4.majorBrand()).isEqualTo("M4A");
        assertThat(log("  Duration: 00:00:01.00").majorBrand()).isEmpty();
    }

    @Test
    void refusesLogsThatEndInInvalidData() throws Exception {
        assertThatThrownBy(() -> log("x: Invalid data found when processing input").requireParsed())
                .isInstanceOf(DamagedMediaException.class).hasMessage("FFMPEG could not parse.");
        assertThatThrownBy(() -> FfmpegLog.of("").requireParsed()).isInstanceOf(DamagedMediaException.class);
        assertThat(log("  Duration: 00:00:01.00", "At least one output file must be specified").requireParsed()).isNotNull();
    }
}
