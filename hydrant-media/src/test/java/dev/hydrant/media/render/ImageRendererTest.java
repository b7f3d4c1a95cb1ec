package dev.hydrant.media.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.files.FileType;
import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.inspect.MediaInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImageRendererTest {

    private static ImageRenderer renderer;

    @BeforeAll
    static void tools() {
        renderer = new ImageRenderer(BundledFfmpeg.ffmpeg());
    }

    static List<String> imported() {
        return SharedMedia.names().stream()
                .filter(n -> SharedMedia.record(n).path("add_file").path("json").path("status").asInt() == 1)
                .toList();
    }

    private static FileType typeOf(String name) {
        return FileType.fromNumber(SharedMedia.metadata(name).path("filetype_enum").asInt()).orElseThrow();
    }

    private static MediaInfo infoOf(String name) {
        JsonNode m = SharedMedia.metadata(name);
        return new MediaInfo(m.path("width").isNull() ? null : m.path("width").asInt(),
                m.path("height").isNull() ? null : m.path("height").asInt(), null, null, false, null);
    }

    /** hydrus's {@code render_png_64}: 200 with a 64x64 PNG for still images, 400 for everything else. */
    @ParameterizedTest
    @MethodSource("imported")
    void pngAt64By64AsHydrus(String name) throws Exception {
        JsonNode expected = SharedMedia.record(name).path("render_png_64");
        RenderRequest request = new RenderRequest(RenderFormat.PNG, 64, 64, null);
        if (expected.path("status").asInt() == 400) {
            assertThat(expected.path("json").path("error").asText()).isEqualTo("Requested file is not an image!");
            assertThatThrownBy(() -> renderer.render(SharedMedia.file(name), typeOf(name), infoOf(name), request))
                    .isInstanceOf(NotRenderableException.class)
                    .hasMessage("Requested file is not an image!");
            return;
        }
        RenderedImage rendered = renderer.render(SharedMedia.file(name), typeOf(name), infoOf(name), request);
        assertThat(rendered.format().mime()).isEqualTo(expected.path("body").path("content_type").asText());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(64);
        assertThat(pngChunks(rendered.bytes())).doesNotContain("iCCP");
        assertThat(rendered.placeholder()).as("%s rendered from its pixels", name).isEqualTo(name.equals("psd.psd"));
    }

    @Test
    void keepsTheFileSizeWhenNoSizeIsAsked() throws Exception {
        RenderedImage rendered = renderer.render(SharedMedia.file("jpeg_exif_rot6.jpg"), FileType.IMAGE_JPEG, null,
                RenderRequest.defaults());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
        assertThat(decoded.getWidth() + "x" + decoded.getHeight()).isEqualTo("240x320");
    }

    @Test
    void ignoresTheAspectRatioOfTheRequestedSize() throws Exception {
        RenderedImage rendered = renderer.render(SharedMedia.file("png_rgb.png"), FileType.IMAGE_PNG, null,
                new RenderRequest(RenderFormat.PNG, 300, 20, null));
        assertThat(rendered.width() + "x" + rendered.height()).isEqualTo("300x20");
    }

    @Test
    void jpegIsProgressiveAndDropsAlpha() throws Exception {
        RenderedImage rendered = renderer.render(SharedMedia.file("png_rgba.png"), FileType.IMAGE_PNG, null,
                new RenderRequest(RenderFormat.JPEG, 80, 60, null));
        byte[] b = rendered.bytes();
        assertThat(containsMarker(b, 0xC2)).as("SOF2 (progressive) marker").isTrue();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(b));
        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
        assertThat(decoded.getWidth() + "x" + decoded.getHeight()).isEqualTo("80x60");
    }

    @Test
    void pngKeepsAlphaAndCompressionLevelIsTheQuality() throws Exception {
        RenderedImage fast = renderer.render(SharedMedia.file("png_rgba.png"), FileType.IMAGE_PNG, null,
                new RenderRequest(RenderFormat.PNG, null, null, 0));
        RenderedImage small = renderer.render(SharedMedia.file("png_rgba.png"), FileType.IMAGE_PNG, null,
                new RenderRequest(RenderFormat.PNG, null, null, 9));
        assertThat(small.bytes().length).isLessThan(fast.bytes().length);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small.bytes()));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void webpLossyAndLossless() throws Exception {
        RenderedImage lossy = renderer.render(SharedMedia.file("png_rgb.png"), FileType.IMAGE_PNG, null,
                new RenderRequest(RenderFormat.WEBP, 64, 48, null));
        assertThat(new String(lossy.bytes(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("RIFF");
        assertThat(new String(lossy.bytes(), 12, 4, StandardCharsets.ISO_8859_1)).isIn("VP8 ", "VP8X");
        RenderedImage lossless = renderer.render(SharedMedia.file("png_rgb.png"), FileType.IMAGE_PNG, null,
                new RenderRequest(RenderFormat.WEBP, null, null, 101));
        assertThat(new String(lossless.bytes(), 12, 4, StandardCharsets.ISO_8859_1)).isEqualTo("VP8L");
        PixelBuffer original = new StillImageLoader().load(SharedMedia.file("png_rgb.png"));
        PixelBuffer roundTrip = new StillImageLoader().load(lossless.bytes());
        assertThat(roundTrip).isEqualTo(original);
    }

    @Test
    void refusesSizesBelowOne() {
        assertThatThrownBy(() -> new RenderRequest(RenderFormat.PNG, 0, 10, null)).hasMessage("Width must be greater than 0!");
        assertThatThrownBy(() -> new RenderRequest(RenderFormat.PNG, 10, -1, null)).hasMessage("Height must be greater than 0!");
        assertThat(new RenderRequest(RenderFormat.PNG, 0, null, null).resizes()).isFalse();
    }

    @Test
    void formatsByHydrusNumber() {
        assertThat(RenderFormat.fromFiletypeEnum(2)).contains(RenderFormat.PNG);
        assertThat(RenderFormat.fromFiletypeEnum(1)).contains(RenderFormat.JPEG);
        assertThat(RenderFormat.fromFiletypeEnum(33)).contains(RenderFormat.WEBP);
        assertThat(RenderFormat.fromFiletypeEnum(23)).isEqualTo(Optional.empty());
    }

    private static List<String> pngChunks(byte[] png) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = ((png[pos] & 0xFF) << 24) | ((png[pos + 1] & 0xFF) << 16) | ((png[pos + 2] & 0xFF) << 8) | (png[pos + 3] & 0xFF);
            names.add(new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1));
            pos += 12 + length;
        }
        return names;
    }

    private static boolean containsMarker(byte[] b, int marker) {
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == marker) {
                return true;
            }
        }
        return false;
    }
}
