package dev.hydrant.media.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.media.DamagedMediaException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frame counts and durations of hand-built animations, checking hydrus's special cases. */
class AnimationTimingTest {

    @TempDir
    Path dir;

    @Test
    void gifDelaysOfZeroOrTenMillisecondsAndMissingDelaysBecome83() throws Exception {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        gif.writeBytes("GIF89a".getBytes(StandardCharsets.ISO_8859_1));
        gif.writeBytes(new byte[] {10, 0, 8, 0, (byte) 0x80, 0, 0}); // 10x8, 2-colour global table
        gif.writeBytes(new byte[6]);
        gif.writeBytes(new byte[] {'!', (byte) 0xFF, 11});
        gif.writeBytes("NETSCAPE2.0".getBytes(StandardCharsets.ISO_8859_1));
        gif.writeBytes(new byte[] {3, 1, 0, 0, 0});
        frame(gif, 0, 12, 9);    // 0 ms, and a first frame overhanging the screen
        frame(gif, 1, 1, 1);     // 10 ms
        frame(gif, 5, 1, 1);     // 50 ms
        frame(gif, -1, 1, 1);    // no graphic control extension
        gif.write(';');
        MediaInfo info = GifTiming.read(write("a.gif", gif.toByteArray()));
        assertThat(info.numFrames()).isEqualTo(4);
        assertThat(info.durationMs()).isEqualTo(83 + 83 + 50 + 83);
        assertThat(info.width() + "x" + info.height()).isEqualTo("12x9");
    }

    private static void frame(ByteArrayOutputStream gif, int delay, int width, int height) {
        if (delay >= 0) {
            gif.writeBytes(new byte[] {'!', (byte) 0xF9, 4, 0, (byte) delay, 0, 0, 0});
        }
        gif.writeBytes(new byte[] {',', 0, 0, 0, 0, (byte) width, 0, (byte) height, 0, 0});
        gif.writeBytes(new byte[] {2, 2, 0x44, 0x01, 0});
    }

    @Test
    void apngUsesTheActlCountAndAddsFctlDelays() throws Exception {
        ByteArrayOutputStream png = pngStart(30, 20);
        chunk(png, "acTL", u32(3), u32(0));
        chunk(png, "fcTL", fctl(1, 10));
        chunk(png, "IDAT", new byte[10]);
        chunk(png, "fcTL", fctl(7, 0));     // zero denominator: hydrus counts 100 ms
        chunk(png, "fdAT", new byte[10]);
        chunk(png, "fcTL", fctl(1, 5000));  // 0.2 ms, raised to 1 ms
        chunk(png, "fdAT", new byte[10]);
        chunk(png, "IEND");
        MediaInfo info = ApngTiming.read(write("a.png", png.toByteArray()));
        assertThat(info.numFrames()).isEqualTo(3);
        assertThat(info.durationMs()).isEqualTo(201);
        assertThat(info.width() + "x" + info.height()).isEqualTo("30x20");
    }

    @Test
    void apngWithItsActlBeyondTheFirst256BytesIsRefused() throws Exception {
        ByteArrayOutputStream png = pngStart(30, 20);
        chunk(png, "tEXt", new byte[300]);
        chunk(png, "acTL", u32(2), u32(0));
        chunk(png, "IEND");
        assertThatThrownBy(() -> ApngTiming.read(write("b.png", png.toByteArray())))
                .isInstanceOf(DamagedMediaException.class)
                .hasMessage("This APNG had an unusual file header!");
    }

    @Test
    void animatedWebpAddsFrameDurationsWithHydrusFallback() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        riffChunk(body, "VP8X", new byte[] {0x02, 0, 0, 0, 19, 0, 0, 9, 0, 0});
        riffChunk(body, "ANIM", new byte[6]);
        for (int duration : new int[] {100, 0, 10, 40}) {
            byte[] anmf = new byte[20];
            anmf[12] = (byte) duration;
            riffChunk(body, "ANMF", anmf);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(le32(body.size()));
        file.writeBytes(body.toByteArray());
        MediaInfo info = WebpAnimationTiming.read(write("a.webp", file.toByteArray()));
        assertThat(info.numFrames()).isEqualTo(4);
        assertThat(info.durationMs()).isEqualTo(100 + 83 + 83 + 40);
        assertThat(info.width() + "x" + info.height()).isEqualTo("20x10");
    }

    private Path write(String name, byte[] data) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, data);
        return file;
    }

    private static ByteArrayOutputStream pngStart(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        ihdr.writeBytes(u32(width));
        ihdr.writeBytes(u32(height));
        ihdr.writeBytes(new byte[] {8, 6, 0, 0, 0});
        chunk(png, "IHDR", ihdr.toByteArray());
        return png;
    }

    private static byte[] fctl(int numerator, int denominator) {
        byte[] data = new byte[26];
        data[20] = (byte) (numerator >> 8);
        data[21] = (byte) numerator;
        data[22] = (byte) (denominator >> 8);
        data[23] = (byte) denominator;
        return data;
    }

    private static void chunk(ByteArrayOutputStream out, String name, byte[]... parts) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            data.writeBytes(p);
        }
        out.writeBytes(u32(data.size()));
        out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data.toByteArray());
        out.writeBytes(new byte[4]);
    }

    private static void riffChunk(ByteArrayOutputStream out, String name, byte[] data) {
        out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(le32(data.length));
        out.writeBytes(data);
        if ((data.length & 1) == 1) {
            out.write(0);
        }
    }

    private static byte[] u32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
