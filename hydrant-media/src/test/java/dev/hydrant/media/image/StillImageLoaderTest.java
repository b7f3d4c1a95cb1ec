package dev.hydrant.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hydrant.media.SharedMedia;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class StillImageLoaderTest {

    private final StillImageLoader loader = new StillImageLoader();

    @Test
    void exifOrientationSixIsTurnedUpright() throws Exception {
        PixelBuffer image = loader.load(SharedMedia.file("jpeg_exif_rot6.jpg"));
        assertThat(image.width()).isEqualTo(240);
        assertThat(image.height()).isEqualTo(320);
    }

    @Test
    void usefulAlphaIsKeptAndUselessAlphaDropped() throws Exception {
        assertThat(loader.load(SharedMedia.file("png_rgba.png")).channels()).isEqualTo(4);
        assertThat(loader.load(SharedMedia.file("webp_alpha.webp")).channels()).isEqualTo(4);
        assertThat(loader.load(SharedMedia.file("png_rgba_opaque.png")).channels()).isEqualTo(3);
    }

    @Test
    void greyscalePaletteSixteenBitAndCmykBecomeRgb() throws Exception {
        for (String name : new String[] {"png_gray.png", "png_gray16.png", "png_palette.png", "jpeg_gray.jpg", "jpeg_cmyk.jpg", "gif_static.gif"}) {
            assertThat(loader.load(SharedMedia.file(name)).channels()).as(name).isEqualTo(3);
        }
    }

    @Test
    void truncatedJpegStillLoads() throws Exception {
        PixelBuffer image = loader.load(SharedMedia.file("corrupt_truncated.jpg"));
        assertThat(image.width()).isEqualTo(320);
        assertThat(image.height()).isEqualTo(240);
    }

    @Test
    void nonImagesAreRefusedWithTheDecodeException() {
        assertThatThrownBy(() -> loader.load(SharedMedia.file("text.txt"))).isInstanceOf(ImageDecodeException.class);
        assertThatThrownBy(() -> loader.load(SharedMedia.file("random_bytes.bin"))).isInstanceOf(ImageDecodeException.class);
        assertThatThrownBy(() -> loader.load(new byte[0])).isInstanceOf(ImageDecodeException.class);
        assertThatThrownBy(() -> loader.load(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                .isInstanceOf(ImageDecodeException.class);
    }

    @Test
    void decompressionBombIsRefusedFromItsHeaderAlone() {
        byte[] bomb = pngDeclaring(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> loader.load(bomb))
                        .isInstanceOf(DecompressionBombException.class)
                        .satisfies(e -> {
                            DecompressionBombException bombException = (DecompressionBombException) e;
                            assertThat(bombException.width()).isEqualTo(100_000);
                            assertThat(bombException.height()).isEqualTo(100_000);
                            assertThat(bombException.pixelLimit()).isEqualTo(StillImageLoader.DEFAULT_PIXEL_LIMIT);
                        }));
    }

    @Test
    void pixelLimitIsConfigurable() {
        StillImageLoader tiny = new StillImageLoader(1000);
        assertThatThrownBy(() -> tiny.load(SharedMedia.file("dup_base.png"))).isInstanceOf(DecompressionBombException.class);
        assertThatThrownBy(() -> tiny.load(SharedMedia.file("webp_lossy.webp"))).isInstanceOf(DecompressionBombException.class);
        assertThatThrownBy(() -> tiny.load(SharedMedia.file("jpeg_plain.jpg"))).isInstanceOf(DecompressionBombException.class);
    }

    /** A valid PNG header for a huge greyscale image, followed by a token amount of pixel data. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] compressed = new byte[64];
        int n = deflater.deflate(compressed, 0, compressed.length, Deflater.SYNC_FLUSH);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.length).array());
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(body);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
