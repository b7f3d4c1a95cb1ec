package dev.hydrant.media.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits and failures of {@link UgoiraRenderer} on ugoiras made here (the renders themselves are checked over
 * HTTP in {@code UgoiraRenderHttpTest}): every refusal is an {@link UgoiraRenderException} that says why, raised
 * before the expensive part where it can be.
 */
class UgoiraRendererTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final Ffmpeg ffmpeg = BundledFfmpeg.ffmpeg();

    @TempDir
    Path dir;

    @Test
    void tooManyPixelsAltogetherIsRefusedFromTheFirstFrameHeader() throws Exception {
        Path file = ugoira(frames(5, 64, 48));
        UgoiraRenderer renderer = new UgoiraRenderer(ffmpeg, new UgoiraRenderer.Limits(10_000, 1 << 20, MINUTE, 1));
        for (UgoiraRenderFormat format : UgoiraRenderFormat.values()) {
            assertThatThrownBy(() -> renderer.render(file, format, 80, List::of))
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessage("This ugoira is too large to render: 5 frames of 64x48 are 15360 pixels, more than the"
                            + " 10000 a render may decode.");
        }
        assertThat(new UgoiraRenderer(ffmpeg, new UgoiraRenderer.Limits(15_360, 1 << 20, MINUTE, 1))
                .render(file, UgoiraRenderFormat.APNG, 80, List::of).frames()).isEqualTo(5);
    }

    @Test
    void aLaterFrameOfAnotherSizeIsRefused() throws Exception {
        Map<String, byte[]> entries = frames(2, 64, 48);
        entries.put("000002.png", png(32, 24, Color.CYAN));
        Path smaller = ugoira(entries);
        entries.put("000002.png", pngDeclaring(100_000, 100_000));
        Path bomb = ugoira(entries);
        UgoiraRenderer renderer = new UgoiraRenderer(ffmpeg);
        for (UgoiraRenderFormat format : UgoiraRenderFormat.values()) {
            assertThatThrownBy(() -> renderer.render(smaller, format, 80, List::of))
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessage("Frame 2 (000002.png) of this ugoira is 32x24, but the first frame is 64x48.");
            assertThatThrownBy(() -> renderer.render(bomb, format, 80, List::of))
                    .as("refused from its header, before any pixel is decoded")
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessage("Frame 2 (000002.png) of this ugoira is 100000x100000, but the first frame is 64x48.");
        }
    }

    @Test
    void aFirstFrameThatIsABombOrAMissingOrInflatingMemberIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("000000.png", pngDeclaring(100_000, 100_000));
        entries.put("000001.png", png(10, 10, Color.RED));
        Path bomb = ugoira(entries);
        entries.put("000000.png", new byte[96 * 1024 * 1024]);
        Path inflating = ugoira(entries);
        assertThat(Files.size(inflating)).isLessThan(1024 * 1024);
        entries.put("animation.json", "[{\"file\": \"gone.png\", \"delay\": 10}, {\"file\": \"000001.png\", \"delay\": 10}]"
                .getBytes(StandardCharsets.UTF_8));
        Path missing = ugoira(entries);
        UgoiraRenderer renderer = new UgoiraRenderer(ffmpeg);
        for (UgoiraRenderFormat format : UgoiraRenderFormat.values()) {
            assertThatThrownBy(() -> renderer.render(bomb, format, 80, List::of))
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessageStartingWith("Frame 0 (000000.png) of this ugoira could not be decoded: Image declares"
                            + " 100000x100000");
            assertThatThrownBy(() -> renderer.render(inflating, format, 80, List::of))
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessage("Frame 0 (000000.png) of this ugoira could not be decoded: '000000.png' is too large to"
                            + " read (100663296 bytes)");
            assertThatThrownBy(() -> renderer.render(missing, format, 80, List::of))
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessage("Frame 0 (gone.png) of this ugoira could not be decoded: There is no item named"
                            + " 'gone.png' in the archive");
        }
    }

    @Test
    void aDamagedFrameInTheMiddleFailsTheWholeRenderInBothFormats() throws Exception {
        Map<String, byte[]> entries = frames(3, 64, 48);
        entries.put("000001.png", "not a picture".getBytes(StandardCharsets.US_ASCII));
        Path file = ugoira(entries);
        UgoiraRenderer renderer = new UgoiraRenderer(ffmpeg);
        for (UgoiraRenderFormat format : UgoiraRenderFormat.values()) {
            assertThatThrownBy(() -> renderer.render(file, format, 80, List::of))
                    .isInstanceOf(UgoiraRenderException.class)
                    .hasMessageStartingWith("Frame 1 (000001.png) of this ugoira could not be decoded:");
        }
    }

    @Test
    void theOutputAndTheTimeAreCapped() throws Exception {
        Path file = ugoira(frames(3, 64, 48));
        UgoiraRenderer small = new UgoiraRenderer(ffmpeg, new UgoiraRenderer.Limits(1 << 20, 100, MINUTE, 1));
        assertThatThrownBy(() -> small.render(file, UgoiraRenderFormat.APNG, 80, List::of))
                .isInstanceOf(UgoiraRenderException.class)
                .hasMessage("This ugoira's APNG would be larger than 100 bytes.");
        assertThatThrownBy(() -> small.render(file, UgoiraRenderFormat.ANIMATED_WEBP, 80, List::of))
                .isInstanceOf(UgoiraRenderException.class)
                .hasMessage("This ugoira could not be encoded as WebP: The WebP is larger than 100 bytes");
        UgoiraRenderer instant = new UgoiraRenderer(ffmpeg, new UgoiraRenderer.Limits(1 << 20, 1 << 20,
                Duration.ofNanos(1), 1));
        assertThatThrownBy(() -> instant.render(file, UgoiraRenderFormat.APNG, 80, List::of))
                .isInstanceOf(UgoiraRenderException.class)
                .hasMessage("Rendering this ugoira took longer than 0 ms and was stopped.");
    }

    @Test
    void webpRefusesCanvasesWiderThanLibwebpAllowsWhileApngTakesThem() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("000000.png", png(16_384, 2, Color.RED));
        entries.put("000001.png", png(16_384, 2, Color.BLUE));
        Path file = ugoira(entries);
        UgoiraRenderer renderer = new UgoiraRenderer(ffmpeg);
        assertThatThrownBy(() -> renderer.render(file, UgoiraRenderFormat.ANIMATED_WEBP, 80, List::of))
                .isInstanceOf(UgoiraRenderException.class)
                .hasMessage("This ugoira's frames are 16384x2, larger than WebP allows (16383 pixels a side).");
        RenderedAnimation apng = renderer.render(file, UgoiraRenderFormat.APNG, 80, List::of);
        assertThat(apng.width() + "x" + apng.height()).isEqualTo("16384x2");
    }

    @Test
    void aZipWithNoFramesOrNoZipAtAllIsRefused() throws Exception {
        Path empty = ugoira(Map.of("readme.txt", "hello".getBytes(StandardCharsets.US_ASCII)));
        Path notZip = Files.write(dir.resolve("not.zip"), "PK but not really".getBytes(StandardCharsets.US_ASCII));
        UgoiraRenderer renderer = new UgoiraRenderer(ffmpeg);
        assertThatThrownBy(() -> renderer.render(empty, UgoiraRenderFormat.APNG, 80, List::of))
                .isInstanceOf(UgoiraRenderException.class)
                .hasMessage("This ugoira has no frames to render.");
        assertThatThrownBy(() -> renderer.render(notZip, UgoiraRenderFormat.APNG, 80, List::of))
                .isInstanceOf(UgoiraRenderException.class)
                .hasMessageStartingWith("This ugoira could not be read:");
    }

    private Map<String, byte[]> frames(int count, int width, int height) throws IOException {
        Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.MAGENTA};
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put(String.format("%06d.png", i), png(width, height, colours[i % colours.length]));
        }
        return entries;
    }

    private Path ugoira(Map<String, byte[]> entries) throws IOException {
        Path file = Files.createTempFile(dir, "ugoira", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A valid PNG signature and IHDR claiming the size, then a tiny IDAT and IEND. */
    private static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typed = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
        CRC32 crc = new CRC32();
        crc.update(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
