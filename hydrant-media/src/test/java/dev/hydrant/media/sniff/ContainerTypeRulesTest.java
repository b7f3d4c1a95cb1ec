package dev.hydrant.media.sniff;

import static dev.hydrant.media.sniff.ContainerStream.audio;
import static dev.hydrant.media.sniff.ContainerStream.video;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.files.FileType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hydrus's ffmpeg-based filetype rules, applied to ffmpeg-shaped reports. */
class ContainerTypeRulesTest {

    private static FileType decide(String format, String brand, ContainerStream... streams) {
        return ContainerTypeRules.decide(new ContainerReport(format, brand, List.of(streams)));
    }

    private static final String MOV = "mov,mp4,m4a,3gp,3g2,mj2";
    private static final String MKV = "matroska,webm";

    @Test
    void nothingPlayableIsUnknown() {
        assertThat(decide(MKV, "")).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(decide("mp3", "", video("png"))).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(decide(MOV, "isom", video("none"))).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(decide("aac", "", audio("aac"))).isEqualTo(FileType.APPLICATION_UNKNOWN);
        assertThat(decide("avi", "", video("mpeg4"))).isEqualTo(FileType.APPLICATION_UNKNOWN);
    }

    @Test
    void matroskaFamily() {
        assertThat(decide(MKV, "", video("vp8"))).isEqualTo(FileType.VIDEO_WEBM);
        assertThat(decide(MKV, "", video("vp9"), audio("opus"))).isEqualTo(FileType.VIDEO_WEBM);
        assertThat(decide(MKV, "", video("av1"), audio("vorbis"))).isEqualTo(FileType.VIDEO_WEBM);
        assertThat(decide(MKV, "", video("vp9"), audio("aac"))).isEqualTo(FileType.VIDEO_MKV);
        assertThat(decide(MKV, "", video("h264"), audio("vorbis"))).isEqualTo(FileType.VIDEO_MKV);
        assertThat(decide(MKV, "", audio("opus"))).isEqualTo(FileType.AUDIO_MKV);
        assertThat(decide(MKV, "", video("png"), audio("flac"))).isEqualTo(FileType.AUDIO_MKV);
        assertThat(decide(MKV, "", video("mjpeg"), audio("flac"))).isEqualTo(FileType.VIDEO_MKV);
        assertThat(decide(MKV, "", audio("aac"), audio("opus"), video("vp9"))).as("first audio decides").isEqualTo(FileType.VIDEO_MKV);
    }

    @Test
    void mp4Family() {
        assertThat(decide(MOV, "M4A", audio("aac"))).isEqualTo(FileType.AUDIO_M4A);
        assertThat(decide(MOV, "qt", video("h264"))).isEqualTo(FileType.VIDEO_MOV);
        assertThat(decide(MOV, "qt", audio("aac"))).isEqualTo(FileType.VIDEO_MOV);
        assertThat(decide(MOV, "isom", video("h264"))).isEqualTo(FileType.VIDEO_MP4);
        assertThat(decide(MOV, "mp42", audio("aac"))).isEqualTo(FileType.AUDIO_MP4);
        assertThat(decide(MOV, "mp41", audio("aac"), video("mjpeg"))).isEqualTo(FileType.AUDIO_M4A);
        assertThat(decide(MOV, "mp41", video("mjpeg"))).isEqualTo(FileType.VIDEO_MP4);
        assertThat(decide(MOV, "", audio("aac"))).isEqualTo(FileType.AUDIO_MP4);
        assertThat(decide(MOV, "3gp5", video("h263"), audio("amr_nb"))).isEqualTo(FileType.VIDEO_MP4);
    }

    @Test
    void otherContainers() {
        assertThat(decide("mpeg", "", audio("mp2"))).isEqualTo(FileType.VIDEO_MPEG);
        assertThat(decide("mpegts", "", video("h264"))).isEqualTo(FileType.VIDEO_MPEG);
        assertThat(decide("mpegvideo", "", video("mpeg2video"))).isEqualTo(FileType.VIDEO_MPEG);
        assertThat(decide("flac", "", audio("flac"))).isEqualTo(FileType.AUDIO_FLAC);
        assertThat(decide("wav", "", audio("pcm_s16le"))).isEqualTo(FileType.AUDIO_WAVE);
        assertThat(decide("mp3", "", audio("mp3"), video("mjpeg"))).isEqualTo(FileType.AUDIO_MP3);
        assertThat(decide("tta", "", audio("tta"))).isEqualTo(FileType.AUDIO_TRUEAUDIO);
        assertThat(decide("ogg", "", audio("vorbis"))).isEqualTo(FileType.AUDIO_OGG);
        assertThat(decide("ogg", "", audio("vorbis"), video("theora"))).isEqualTo(FileType.VIDEO_OGV);
        assertThat(decide("rm", "", audio("cook"))).isEqualTo(FileType.AUDIO_REALMEDIA);
        assertThat(decide("rm", "", video("none"), audio("cook"))).as("any video line counts for rm").isEqualTo(FileType.VIDEO_REALMEDIA);
        assertThat(decide("asf", "", audio("wmav2"))).isEqualTo(FileType.AUDIO_WMA);
        assertThat(decide("asf", "", audio("wmav2"), video("wmv3"))).isEqualTo(FileType.VIDEO_WMV);
        assertThat(decide("wv", "", audio("wavpack"))).isEqualTo(FileType.AUDIO_WAVPACK);
    }
}
