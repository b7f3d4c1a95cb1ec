package dev.hydrant.app;

import dev.hydrant.media.ffmpeg.FfmpegExecutables;
import dev.hydrant.media.ffmpeg.FfmpegLocator;
import dev.hydrant.media.ffmpeg.ProcessResult;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads animated PNGs and WebPs back for tests, independently of the code that writes them: chunk headers parsed
 * here, APNG pixels decoded by ffmpeg, WebP frames decoded one by one by ImageIO (TwelveMonkeys) and composed onto
 * the canvas by the WebP container rules. Pixels are ARGB ints.
 */
final class AnimationFiles {

    /** An APNG's {@code fcTL}: the frame's region and delay ({@code delayNum / delayDen} seconds). */
    record ApngFrame(int width, int height, int x, int y, int delayNum, int delayDen, int dispose, int blend) {
        double delayMs() {
            return delayNum * 1000.0 / (delayDen == 0 ? 100 : delayDen);
        }
    }

    /** A PNG's header, animation control ({@code frames} -1 when there is no {@code acTL}) and frame controls. */
    record Apng(int width, int height, int colourType, int frames, int plays, List<ApngFrame> controls) {
    }

    /** A WebP frame: its region, duration, flags and its image data chunks. */
    record WebpFrame(int x, int y, int width, int height, int durationMs, boolean blend, boolean dispose, byte[] data) {
    }

    /** A WebP: its canvas ({@code VP8X}), whether it is animated, the loop count and frames. */
    record Webp(int width, int height, boolean animated, int loops, List<WebpFrame> frames) {
    }

    private AnimationFiles() {
    }

    static Apng apng(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        byte[] signature = new byte[8];
        b.get(signature);
        if (!Arrays.equals(signature, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            throw new IllegalArgumentException("not a PNG");
        }
        int width = 0;
        int height = 0;
        int colourType = -1;
        int frames = -1;
        int plays = -1;
        List<ApngFrame> controls = new ArrayList<>();
        while (b.remaining() >= 12) {
            int length = b.getInt();
            String type = new String(png, b.position(), 4, StandardCharsets.US_ASCII);
            b.position(b.position() + 4);
            ByteBuffer data = ByteBuffer.wrap(png, b.position(), length).slice();
            switch (type) {
                case "IHDR" -> {
                    width = data.getInt();
                    height = data.getInt();
                    data.get();
                    colourType = data.get();
                }
                case "acTL" -> {
                    frames = data.getInt();
                    plays = data.getInt();
                }
                case "fcTL" -> {
                    data.getInt();
                    controls.add(new ApngFrame(data.getInt(), data.getInt(), data.getInt(), data.getInt(),
                            data.getShort() & 0xFFFF, data.getShort() & 0xFFFF, data.get(), data.get()));
                }
                default -> {
                }
            }
            b.position(b.position() + length + 4);
        }
        return new Apng(width, height, colourType, frames, plays, controls);
    }

    /** Every frame of an APNG as shown (composed by ffmpeg's decoder), in order. */
    static List<int[]> apngPixels(byte[] png, Path dir) throws Exception {
        Apng header = apng(png);
        Path file = Files.write(Files.createTempFile(dir, "render", ".png"), png);
        FfmpegExecutables ffmpeg = FfmpegLocator.bundledOnly().locate();
        ProcessResult result = ffmpeg.runner().run(List.of(ffmpeg.ffmpeg().toString(), "-nostdin", "-v", "error",
                "-i", "file:" + file, "-f", "rawvideo", "-pix_fmt", "rgba", "-fps_mode", "passthrough", "-"),
                Duration.ofMinutes(1), 256 * 1024 * 1024);
        if (result.exitCode() != 0) {
            throw new IOException("ffmpeg could not decode the APNG: " + result.stderrText());
        }
        int frameBytes = header.width() * header.height() * 4;
        byte[] raw = result.stdout();
        List<int[]> frames = new ArrayList<>();
        for (int offset = 0; offset + frameBytes <= raw.length; offset += frameBytes) {
            int[] argb = new int[header.width() * header.height()];
            for (int p = 0; p < argb.length; p++) {
                int i = offset + p * 4;
                argb[p] = (raw[i + 3] & 0xFF) << 24 | (raw[i] & 0xFF) << 16 | (raw[i + 1] & 0xFF) << 8 | raw[i + 2] & 0xFF;
            }
            frames.add(argb);
        }
        return frames;
    }

    static Webp webp(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (!new String(file, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(file, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            throw new IllegalArgumentException("not a WebP");
        }
        int width = -1;
        int height = -1;
        boolean animated = false;
        int loops = -1;
        List<WebpFrame> frames = new ArrayList<>();
        int pos = 12;
        while (pos + 8 <= file.length) {
            String type = new String(file, pos, 4, StandardCharsets.US_ASCII);
            int length = b.getInt(pos + 4);
            int data = pos + 8;
            switch (type) {
                case "VP8X" -> {
                    animated = (file[data] & 0x02) != 0;
                    width = 1 + u24(file, data + 4);
                    height = 1 + u24(file, data + 7);
                }
                case "ANIM" -> loops = b.getShort(data + 4) & 0xFFFF;
                case "ANMF" -> frames.add(new WebpFrame(2 * u24(file, data), 2 * u24(file, data + 3),
                        1 + u24(file, data + 6), 1 + u24(file, data + 9), u24(file, data + 12),
                        (file[data + 15] & 0x02) == 0, (file[data + 15] & 0x01) != 0,
                        Arrays.copyOfRange(file, data + 16, data + length)));
                default -> {
                }
            }
            pos = data + length + (length & 1);
        }
        return new Webp(width, height, animated, loops, frames);
    }

    /** Every frame of an animated WebP as shown: each decoded alone, then composed onto the canvas. */
    static List<int[]> webpPixels(Webp webp) throws IOException {
        int[] canvas = new int[webp.width() * webp.height()];
        List<int[]> shown = new ArrayList<>();
        for (WebpFrame frame : webp.frames()) {
            BufferedImage image = decodeStill(frame);
            for (int y = 0; y < frame.height(); y++) {
                for (int x = 0; x < frame.width(); x++) {
                    int at = (frame.y() + y) * webp.width() + frame.x() + x;
                    int src = image.getRGB(x, y);
                    canvas[at] = frame.blend() ? over(src, canvas[at]) : src;
                }
            }
            shown.add(canvas.clone());
            if (frame.dispose()) {
                for (int y = 0; y < frame.height(); y++) {
                    Arrays.fill(canvas, (frame.y() + y) * webp.width() + frame.x(),
                            (frame.y() + y) * webp.width() + frame.x() + frame.width(), 0);
                }
            }
        }
        return shown;
    }

    /** A still WebP (simple format) decoded by ImageIO. */
    static BufferedImage decodeStillWebp(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        if (image == null) {
            throw new IOException("ImageIO could not read the WebP");
        }
        return image;
    }

    /** A frame's image chunks made into a file of their own: VP8L or VP8 alone, or ALPH + VP8 behind a VP8X. */
    private static BufferedImage decodeStill(WebpFrame frame) throws IOException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        boolean alpha = new String(frame.data(), 0, 4, StandardCharsets.US_ASCII).equals("ALPH");
        if (alpha) {
            byte[] vp8x = new byte[18];
            System.arraycopy("VP8X".getBytes(StandardCharsets.US_ASCII), 0, vp8x, 0, 4);
            vp8x[4] = 10;
            vp8x[8] = 0x10;
            putU24(vp8x, 12, frame.width() - 1);
            putU24(vp8x, 15, frame.height() - 1);
            chunks.writeBytes(vp8x);
        }
        chunks.writeBytes(frame.data());
        byte[] body = chunks.toByteArray();
        ByteBuffer file = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return decodeStillWebp(file.array());
    }

    /** Source-over alpha compositing, as a WebP animation blends a frame onto the canvas. */
    private static int over(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 255) {
            return src;
        }
        if (sa == 0) {
            return dst;
        }
        int da = dst >>> 24;
        double s = sa / 255.0;
        double d = da / 255.0 * (1 - s);
        double a = s + d;
        int r = (int) Math.round((((src >> 16) & 0xFF) * s + ((dst >> 16) & 0xFF) * d) / a);
        int g = (int) Math.round((((src >> 8) & 0xFF) * s + ((dst >> 8) & 0xFF) * d) / a);
        int bl = (int) Math.round(((src & 0xFF) * s + (dst & 0xFF) * d) / a);
        return (int) Math.round(a * 255) << 24 | r << 16 | g << 8 | bl;
    }

    /** The ARGB pixels of an image, row by row. */
    static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int u24(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16;
    }

    private static void putU24(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
        b[offset + 2] = (byte) (value >>> 16);
    }
}
