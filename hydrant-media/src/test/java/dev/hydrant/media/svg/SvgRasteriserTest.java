package dev.hydrant.media.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.hashes.Blurhash;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgRasteriserTest {

    @TempDir
    Path dir;

    private final SvgRasteriser rasteriser = new SvgRasteriser();

    private Path svg(String body) throws IOException {
        Path file = Files.createTempFile(dir, "t", ".svg");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void corpusSvgIsDrawnOpaqueAtItsThumbnailSize() throws Exception {
        PixelBuffer pixels = rasteriser.rasterise(SharedMedia.file("svg.svg"), 120, 80);
        assertThat(pixels.width()).isEqualTo(120);
        assertThat(pixels.height()).isEqualTo(80);
        assertThat(pixels.channels()).as("the blue rectangle covers everything").isEqualTo(3);
        // the corner is the rectangle's #3366cc, the centre the circle's #ffcc00
        assertThat(new int[] {pixels.sample(2, 2, 0), pixels.sample(2, 2, 1), pixels.sample(2, 2, 2)})
                .containsExactly(0x33, 0x66, 0xcc);
        assertThat(new int[] {pixels.sample(60, 40, 0), pixels.sample(60, 40, 1), pixels.sample(60, 40, 2)})
                .containsExactly(0xff, 0xcc, 0x00);
        assertThat(Optional.of(new Blurhash().ofThumbnail(pixels))).as("hydrus's blurhash (text in a sans-serif font)")
                .isEqualTo(SharedMedia.blurhash("svg.svg"));
    }

    @Test
    void viewBoxIsFittedKeepingItsShapeAndCentredOnTransparency() throws Exception {
        Path file = svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                + "<rect width='10' height='10' fill='red'/></svg>");
        PixelBuffer pixels = rasteriser.rasterise(file, 40, 20);
        assertThat(pixels.channels()).isEqualTo(4);
        assertThat(pixels.sample(1, 10, 3)).as("left margin is transparent").isZero();
        assertThat(pixels.sample(20, 10, 0)).isEqualTo(255);
        assertThat(pixels.sample(20, 10, 3)).isEqualTo(255);
        assertThat(pixels.sample(38, 10, 3)).as("right margin is transparent").isZero();
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path file = svg("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text>&x;</text></svg>");
        // refused, or drawn without the entity: either way nothing from the other file gets in
        try {
            PixelBuffer pixels = rasteriser.rasterise(file, 10, 10);
            assertThat(pixels.channels()).as("nothing was drawn").isEqualTo(4);
        } catch (ImageDecodeException expected) {
            assertThat(expected).hasMessageContaining("SVG");
        }
    }

    @Test
    void linkedAndEmbeddedImagesAreNotLoaded() throws Exception {
        Path png = dir.resolve("red.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png.toFile());
        Path file = svg("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
                + "width='10' height='10'><image width='10' height='10' xlink:href='" + png.toUri() + "'/>"
                + "<image width='10' height='10' href='red.png'/></svg>");
        PixelBuffer pixels = rasteriser.rasterise(file, 10, 10);
        assertThat(pixels.channels()).as("no image was drawn, the canvas stays transparent").isEqualTo(4);
        for (int i = 3; i < pixels.data().length; i += 4) {
            assertThat(pixels.data()[i]).isZero();
        }
    }

    @Test
    void exponentialUseExpansionRunsOutOfBudget() throws Exception {
        StringBuilder b = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' "
                + "xmlns:xlink='http://www.w3.org/1999/xlink' width='100' height='100'><defs>"
                + "<rect id='l0' width='1' height='1' fill='black'/>");
        for (int level = 1; level <= 12; level++) {
            b.append("<g id='l").append(level).append("'>");
            for (int i = 0; i < 10; i++) {
                b.append("<use xlink:href='#l").append(level - 1).append("'/>");
            }
            b.append("</g>");
        }
        b.append("</defs><use xlink:href='#l12'/></svg>");
        Path file = svg(b.toString());
        SvgRasteriser small = new SvgRasteriser(SvgRasteriser.MAX_FILE_BYTES, 100_000, Duration.ofMinutes(5));
        assertThatThrownBy(() -> small.rasterise(file, 100, 100)).isInstanceOf(ImageDecodeException.class);
    }

    @Test
    void oversizedFilesAndNonSvgAreRefused() throws Exception {
        Path big = svg("<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>");
        SvgRasteriser tiny = new SvgRasteriser(10, SvgRasteriser.MAX_OPERATIONS, SvgRasteriser.MAX_TIME);
        assertThatThrownBy(() -> tiny.rasterise(big, 10, 10)).isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("too large");
        Path notSvg = svg("this is not xml <<<");
        assertThatThrownBy(() -> rasteriser.rasterise(notSvg, 10, 10)).isInstanceOf(ImageDecodeException.class);
    }
}
