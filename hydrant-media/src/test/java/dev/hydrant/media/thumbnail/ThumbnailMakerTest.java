package dev.hydrant.media.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.hashes.Blurhash;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Thumbnails of the still images (and the first frame of the animated WebP, which hydrus treats as still). */
class ThumbnailMakerTest {

    private final StillImageLoader loader = new StillImageLoader();
    private final ThumbnailMaker maker = new ThumbnailMaker();

    static List<String> thumbnailedStills() {
        List<String> names = new ArrayList<>(SharedMedia.stillImages());
        names.add("webp_anim.webp");
        return names;
    }

    @ParameterizedTest
    @MethodSource("thumbnailedStills")
    void sizeAndFormatMatchWhatHydrusServed(String name) throws Exception {
        JsonNode served = SharedMedia.record(name).path("thumbnail").path("body");
        Thumbnail thumbnail = maker.make(loader.load(SharedMedia.file(name)));

        assertThat(thumbnail.format().mime()).isEqualTo(served.path("content_type").asText());
        assertThat(thumbnail.width()).isEqualTo(served.path("image").path("width").asInt());
        assertThat(thumbnail.height()).isEqualTo(served.path("image").path("height").asInt());

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(thumbnail.width());
        assertThat(decoded.getHeight()).isEqualTo(thumbnail.height());
        assertThat(decoded.getColorModel().hasAlpha()).isEqualTo(thumbnail.format() == ThumbnailFormat.PNG);
    }

    @Test
    void animatedWebpFirstFrameGivesHydrusBlurhash() throws Exception {
        PixelBuffer frame = loader.load(SharedMedia.file("webp_anim.webp"));
        assertThat(new Blurhash().ofThumbnail(maker.make(frame).pixels()))
                .isEqualTo(SharedMedia.blurhash("webp_anim.webp").orElseThrow());
    }

    @Test
    void veryWideImagesUseHydrusLanczosQuirk() {
        PixelBuffer wide = PixelBuffer.blank(1000, 80, 3);
        Thumbnail thumbnail = maker.make(wide);
        assertThat(thumbnail.width()).isEqualTo(150);
        assertThat(thumbnail.height()).isEqualTo(12);
    }
}
