package dev.hydrant.media.ffmpeg;

import dev.hydrant.media.DamagedMediaException;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.image.PixelBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The ffmpeg commands hydrus runs, each as a subprocess on a file path with a hard time limit.
 *
 * <p>Inputs are always passed as {@code file:} URLs with the {@code file} protocol as the only one
 * allowed, so a crafted playlist or concat file cannot make ffmpeg open network resources, and a file
 * name can never be taken for an option or another protocol. Standard input is never read
 * ({@code -nostdin}). Instances are immutable and thread-safe.
 */
public final class Ffmpeg {

    /** Time limits for the kinds of work ffmpeg does for us. */
    public record Limits(Duration probe, Duration decode, Duration frame) {

        /** 30 s to read a file's description, 60 s to decode it through, 60 s to produce one frame. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60));

        public Limits {
            Objects.requireNonNull(probe, "probe");
            Objects.requireNonNull(decode, "decode");
            Objects.requireNonNull(frame, "frame");
        }
    }

    /** The most a PSD preview rendered to PNG may weigh. */
    static final int MAX_PNG_BYTES = 512 * 1024 * 1024;

    private final FfmpegExecutables executables;
    private final ProcessRunner runner;
    private final Limits limits;

    public Ffmpeg(FfmpegExecutables executables) {
        this(executables, Limits.DEFAULT);
    }

    public Ffmpeg(FfmpegExecutables executables, Limits limits) {
        this.executables = Objects.requireNonNull(executables, "executables");
        this.runner = executables.runner();
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public FfmpegExecutables executables() {
        return executables;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Hydrus's {@code GetFFMPEGInfoLines}: opens the file with {@code -xerror} and reads the log. With
     * {@code countFrames} the video is decoded (scaled to 120 lines, audio off) into the null muxer, so
     * the log ends with a {@code frame=} count; with {@code firstSecondOnly} only the first second is read.
     */
    public FfmpegLog describe(Path file, boolean countFrames, boolean firstSecondOnly) throws MediaException, IOException {
        List<String> cmd = start();
        cmd.add("-xerror");
        if (firstSecondOnly) {
            cmd.add("-t");
            cmd.add("1");
        }
        input(cmd, file);
        if (countFrames) {
            cmd.addAll(List.of("-vf", "scale=-2:120", "-an", "-f", "null", "-"));
        }
        Duration limit = countFrames && !firstSecondOnly ? limits.decode() : limits.probe();
        ProcessResult result = runner.run(cmd, limit, 64 * 1024);
        String stderr = result.stderrText();
        if (stderr.isEmpty()) {
            throw new DamagedMediaException("Cannot interact with media because FFMPEG did not return any content.");
        }
        return FfmpegLog.of(stderr).requireParsed();
    }

    /**
     * Hydrus's silent-track test: decodes the default audio stream to 16-bit PCM and answers whether any
     * byte lies in 5..250 (silence is zero bytes, with the odd 1 or 255). Stops at the first such byte.
     */
    public boolean hasAudibleAudio(Path file) throws MediaException, IOException {
        List<String> cmd = start();
        input(cmd, file);
        cmd.addAll(List.of("-loglevel", "quiet", "-vn", "-f", "s16le", "-"));
        boolean[] audible = new boolean[1];
        runner.stream(cmd, limits.decode(), (buffer, offset, length) -> {
            for (int i = offset; i < offset + length; i++) {
                int b = buffer[i] & 0xFF;
                if (b >= 5 && b <= 250) {
                    audible[0] = true;
                    return false;
                }
            }
            return true;
        });
        return audible[0];
    }

    /**
     * One frame, scaled by ffmpeg to exactly {@code width x height} as RGB or RGBA: hydrus's
     * {@code VideoRendererFFMPEG} reading a single frame. With {@code seekSeconds} ffmpeg seeks in the input
     * first (hydrus's fast seek, printed with three decimals); then {@code skipFrames} decoded frames are
     * dropped (how hydrus moves through animations). Empty when the output ends before that frame.
     */
    public Optional<PixelBuffer> frame(Path file, int width, int height, boolean alpha, Double seekSeconds, int skipFrames)
            throws MediaException, IOException {
        if (width <= 0 || height <= 0 || skipFrames < 0) {
            throw new IllegalArgumentException("bad frame request " + width + "x" + height + " skip " + skipFrames);
        }
        int depth = alpha ? 4 : 3;
        long frameBytes = (long) width * height * depth;
        if (frameBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("frame too large: " + width + "x" + height);
        }
        List<String> cmd = start();
        if (seekSeconds != null) {
            cmd.add("-ss");
            cmd.add(String.format(Locale.ROOT, "%.3f", seekSeconds));
        }
        input(cmd, file);
        cmd.addAll(List.of("-loglevel", "quiet", "-an", "-sn", "-dn", "-frames:v", Integer.toString(skipFrames + 1),
                "-f", "image2pipe", "-pix_fmt", alpha ? "rgba" : "rgb24", "-s", width + "x" + height,
                "-fps_mode", "passthrough", "-vcodec", "rawvideo", "-"));
        byte[] current = new byte[(int) frameBytes];
        long[] received = new long[1];
        runner.stream(cmd, limits.frame(), (buffer, offset, length) -> {
            int i = offset;
            int end = offset + length;
            while (i < end) {
                long frameIndex = received[0] / frameBytes;
                int inFrame = (int) (received[0] % frameBytes);
                int take = (int) Math.min(end - i, frameBytes - inFrame);
                if (frameIndex == skipFrames) {
                    System.arraycopy(buffer, i, current, inFrame, take);
                }
                received[0] += take;
                i += take;
                if (received[0] >= (skipFrames + 1) * frameBytes) {
                    return false;
                }
            }
            return true;
        });
        if (received[0] < (skipFrames + 1) * frameBytes) {
            return Optional.empty();
        }
        return Optional.of(new PixelBuffer(width, height, depth, current));
    }

    /** Hydrus's {@code RenderImageToPNGBytes}: the first picture of the file (a PSD's merged preview) as PNG. */
    public byte[] renderToPng(Path file) throws MediaException, IOException {
        List<String> cmd = start();
        cmd.add("-xerror");
        input(cmd, file);
        cmd.addAll(List.of("-loglevel", "error", "-frames:v", "1", "-f", "image2pipe", "-vcodec", "png", "-"));
        ProcessResult result = runner.run(cmd, limits.frame(), MAX_PNG_BYTES);
        if (result.stdoutOverflow()) {
            throw new DamagedMediaException("The rendered picture is larger than " + MAX_PNG_BYTES + " bytes");
        }
        return result.stdout();
    }

    /**
     * Encodes pixels as a still WebP with libwebp: lossy at {@code quality} (0..100), lossless above 100
     * (OpenCV's rule for {@code IMWRITE_WEBP_QUALITY}).
     */
    public byte[] encodeWebp(PixelBuffer pixels, int quality) throws MediaException, IOException {
        Path raw = Files.createTempFile("hydrant-webp-", ".raw");
        try {
            String pixFmt;
            try (OutputStream out = Files.newOutputStream(raw)) {
                pixFmt = writeRaw(pixels, out);
            }
            List<String> cmd = start();
            cmd.addAll(List.of("-f", "rawvideo", "-pix_fmt", pixFmt, "-s", pixels.width() + "x" + pixels.height()));
            input(cmd, raw);
            cmd.addAll(List.of("-loglevel", "error", "-frames:v", "1", "-c:v", "libwebp"));
            if (quality > 100) {
                cmd.addAll(List.of("-lossless", "1", "-quality", "100"));
            } else {
                cmd.addAll(List.of("-lossless", "0", "-quality", Integer.toString(Math.max(0, quality))));
            }
            // packed BGRA hands the pixels to libwebp untouched, so libwebp does its own RGB to YUV conversion
            // (as OpenCV's encoder does) instead of ffmpeg's scaler
            cmd.addAll(List.of("-pix_fmt", "bgra", "-f", "webp", "-"));
            ProcessResult result = runner.run(cmd, limits.frame(), MAX_PNG_BYTES);
            if (result.exitCode() != 0 || result.stdout().length == 0) {
                throw new MediaException("WebP encoding failed: " + result.stderrText().strip());
            }
            return result.stdout();
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * Encodes frames as WebP with libwebp, the way Pillow saves them for hydrus: the frames come as an APNG written
     * to ffmpeg's standard input by {@code apng} (whose delays become the frames' durations, each to the
     * millisecond), and leave as an animated WebP looping for ever, or with {@code animated} false as a still WebP
     * of the single frame. Lossy at {@code quality} (clamped to 0..100), or lossless with {@code quality - 100} as
     * the compression effort when {@code quality} is over 100; method 4.
     *
     * @param limit    the time the whole encoding may take, writing the input included
     * @param maxBytes the largest result accepted
     */
    public byte[] encodeWebpFromApng(ProcessRunner.StdinWriter apng, boolean animated, int quality, Duration limit,
                                     int maxBytes) throws MediaException, IOException {
        List<String> cmd = start();
        // every delay as written, however short (max_fps 0)
        cmd.addAll(List.of("-f", "apng", "-max_fps", "0", "-protocol_whitelist", "pipe", "-i", "pipe:0", "-loglevel", "error", "-an", "-sn", "-dn", "-fps_mode", "passthrough"));
        // timestamps in milliseconds, which libwebp_anim hands to libwebp as they are
        cmd.addAll(List.of("-c:v", animated ? "libwebp_anim" : "libwebp", "-enc_time_base:v", "1:1000"));
        boolean lossless = quality > 100;
        int effort = Math.max(0, Math.min(100, lossless ? quality - 100 : quality));
        cmd.addAll(List.of("-lossless", lossless ? "1" : "0", "-quality", Integer.toString(effort),
                "-compression_level", "4", "-pix_fmt", "bgra"));
        if (!animated) {
            cmd.addAll(List.of("-frames:v", "1"));
        }
        cmd.addAll(List.of("-loop", "0", "-f", "webp", "-"));
        ProcessResult result = runner.run(cmd, apng, limit, maxBytes);
        if (result.stdoutOverflow()) {
            throw new MediaException("The WebP is larger than " + maxBytes + " bytes");
        }
        if (result.exitCode() != 0 || result.stdout().length == 0) {
            throw new MediaException("WebP encoding failed: " + result.stderrText().strip());
        }
        return result.stdout();
    }

    private static String writeRaw(PixelBuffer pixels, OutputStream out) throws IOException {
        int c = pixels.channels();
        if (c == 3 || c == 4) {
            out.write(pixels.data());
            return c == 4 ? "rgba" : "rgb24";
        }
        byte[] data = pixels.data();
        byte[] row = new byte[pixels.width() * 3];
        for (int y = 0; y < pixels.height(); y++) {
            for (int x = 0; x < pixels.width(); x++) {
                byte grey = data[(y * pixels.width() + x) * c];
                row[x * 3] = grey;
                row[x * 3 + 1] = grey;
                row[x * 3 + 2] = grey;
            }
            out.write(row);
        }
        return "rgb24";
    }

    private List<String> start() {
        List<String> cmd = new ArrayList<>();
        cmd.add(executables.ffmpeg().toString());
        cmd.add("-nostdin");
        cmd.add("-hide_banner");
        return cmd;
    }

    static void input(List<String> cmd, Path file) {
        cmd.add("-protocol_whitelist");
        cmd.add("file");
        cmd.add("-i");
        cmd.add("file:" + file.toAbsolutePath());
    }
}
