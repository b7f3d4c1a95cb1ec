package dev.hydrant.media.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.media.SharedMedia;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ThumbnailSizingTest {

    private final ThumbnailSizing sizing = ThumbnailSizing.DEFAULT;

    /** Every file for which hydrus reported a predicted thumbnail size (stills, animations, videos, svg, psd). */
    static List<String> filesWithThumbnailSize() {
        return SharedMedia.names().stream()
                .filter(n -> SharedMedia.metadata(n).path("thumbnail_width").isInt())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("filesWithThumbnailSize")
    void predictedSizeMatchesHydrus(String name) {
        JsonNode metadata = SharedMedia.metadata(name);
        ThumbnailSizing.Size size = sizing.sizeFor(metadata.path("width").asInt(), metadata.path("height").asInt());
        assertThat(size).isEqualTo(new ThumbnailSizing.Size(
                metadata.path("thumbnail_width").asInt(), metadata.path("thumbnail_height").asInt()));
    }

    @Test
    void corpusCoversStillsVideosAndAnimations() {
        assertThat(filesWithThumbnailSize()).hasSizeGreaterThanOrEqualTo(40)
                .contains("mp4_h264_aac.mp4", "gif_anim.gif", "jpeg_exif_rot6.jpg", "svg.svg", "psd.psd");
    }

    @Test
    void fileWithoutDimensionsGetsTheSquareHydrusUsesForIcons() {
        // audio and pdf files have no size: hydrus sizes their icon thumbnails 125x125
        assertThat(sizing.sizeFor(null, null)).isEqualTo(new ThumbnailSizing.Size(125, 125));
        assertThat(SharedMedia.record("audio.mp3").path("thumbnail").path("body").path("image").path("width").asInt()).isEqualTo(125);
        assertThat(sizing.sizeFor(0, 100)).isEqualTo(new ThumbnailSizing.Size(125, 125));
    }

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3}")
    @CsvSource({
            "1, 1, 1, 1",
            "150, 125, 150, 125",
            "151, 125, 150, 124",
            "300, 225, 150, 112",
            "240, 320, 93, 125",
            "4000, 10, 150, 1",
            "10, 4000, 1, 125",
            "1920, 1080, 150, 84",
    })
    void defaultOptionsFitTheBoxWithoutUpscaling(int w, int h, int tw, int th) {
        assertThat(sizing.sizeFor(w, h)).isEqualTo(new ThumbnailSizing.Size(tw, th));
    }

    @Test
    void otherScaleTypesAndDevicePixelRatio() {
        ThumbnailSizing fit = new ThumbnailSizing(150, 125, ThumbnailSizing.ScaleType.SCALE_TO_FIT, 100);
        assertThat(fit.sizeFor(30, 25)).isEqualTo(new ThumbnailSizing.Size(150, 125));
        assertThat(fit.sizeFor(60, 25)).isEqualTo(new ThumbnailSizing.Size(150, 62));
        ThumbnailSizing fill = new ThumbnailSizing(150, 125, ThumbnailSizing.ScaleType.SCALE_TO_FILL, 100);
        assertThat(fill.sizeFor(300, 100)).isEqualTo(new ThumbnailSizing.Size(375, 125));
        assertThat(fill.sizeFor(10, 1000)).isEqualTo(new ThumbnailSizing.Size(150, 750));
        ThumbnailSizing retina = new ThumbnailSizing(150, 125, ThumbnailSizing.ScaleType.SCALE_DOWN_ONLY, 200);
        assertThat(retina.sizeFor(3000, 2250)).isEqualTo(new ThumbnailSizing.Size(300, 225));
    }
}
