package dev.hydrant.media.render;

import dev.hydrant.media.MediaException;
import dev.hydrant.media.archive.UgoiraFrames;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.ffmpeg.ProcessRunner;
import dev.hydrant.media.image.DecompressionBombException;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.sniff.ZipMembers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@code /get_files/render} for ugoiras, as hydrus's {@code ConvertUgoiraToBytesForAPI}: every frame of the
 * ugoira's frame list at its own size (no resize), each shown for its {@code animation.json} delay (else the
 * caller's fallback delays, else 125 ms), looping for ever, as an APNG ({@link ApngAnimation}, our own encoder) or
 * an animated WebP (libwebp through ffmpeg, lossy at the quality). A ugoira of a single frame gives a plain PNG or
 * a still WebP, as Pillow does.
 *
 * <p>Bounds: frames are decoded one at a time from the zip in memory and handed on at once (to the APNG encoder,
 * or through a pipe to ffmpeg), so at most three frames are held; the frame count times the first frame's size may
 * not exceed {@link Limits#maxTotalPixels()} (checked before the first frame is decoded, from its declared size),
 * a later frame declaring more pixels than the first is refused before it is decoded, the output is capped, the
 * whole render has a time limit, and only {@link Limits#concurrentRenders()} renders run at once. Every failure is
 * an {@link UgoiraRenderException} saying why. Thread-safe.
 */
public final class UgoiraRenderer {

    /** Hydrus's delay for a frame it has no timing for ({@code UGOIRA_DEFAULT_FRAME_DURATION_MS}). */
    public static final double DEFAULT_FRAME_DELAY_MS = 125;
    /** The largest canvas side libwebp encodes. */
    static final int WEBP_MAX_SIDE = 16383;

    /**
     * How much a ugoira render may cost.
     *
     * @param maxTotalPixels    frames × width × height at most
     * @param maxOutputBytes    the largest render answered
     * @param timeLimit         the longest a render may run, decoding included
     * @param concurrentRenders how many ugoira renders run at once (others wait up to {@code timeLimit})
     */
    public record Limits(long maxTotalPixels, int maxOutputBytes, Duration timeLimit, int concurrentRenders) {

        /** 2^30 pixels (say 500 frames of 1920 × 1080), 256 MiB out, two minutes, two at once. */
        public static final Limits DEFAULT = new Limits(1L << 30, 256 * 1024 * 1024, Duration.ofMinutes(2), 2);

        public Limits {
            Objects.requireNonNull(timeLimit, "timeLimit");
            if (maxTotalPixels <= 0 || maxOutputBytes <= 0 || concurrentRenders <= 0 || timeLimit.isNegative()
                    || timeLimit.isZero()) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private final Ffmpeg ffmpeg;
    private final Limits limits;
    private final Semaphore slots;

    public UgoiraRenderer(Ffmpeg ffmpeg) {
        this(ffmpeg, Limits.DEFAULT);
    }

    public UgoiraRenderer(Ffmpeg ffmpeg, Limits limits) {
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.slots = new Semaphore(limits.concurrentRenders(), true);
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Renders the ugoira.
     *
     * @param quality          {@code render_quality} (WebP only: lossy quality, lossless above 100)
     * @param fallbackDelaysMs asked for the delays to use when {@code animation.json} has none for every frame
     *                         (hydrus takes them from the file's notes); frames beyond them last 125 ms
     * @throws UgoiraRenderException when it cannot be rendered within the limits
     * @throws RenderBusyException   when no render slot came free in time
     */
    public RenderedAnimation render(Path file, UgoiraRenderFormat format, int quality,
                                    Supplier<List<Double>> fallbackDelaysMs)
            throws MediaException, IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fallbackDelaysMs, "fallbackDelaysMs");
        long timeLimitNanos = limits.timeLimit().toNanos();
        try {
            if (!slots.tryAcquire(timeLimitNanos, TimeUnit.NANOSECONDS)) {
                throw new RenderBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to render");
        }
        try (UgoiraFrames frames = open(file)) {
            long deadline = System.nanoTime() + timeLimitNanos;
            int count = frames.names().size();
            if (count == 0) {
                throw new UgoiraRenderException("This ugoira has no frames to render.");
            }
            List<Double> delays = frames.delaysMs().orElseGet(fallbackDelaysMs);
            PixelBuffer first = firstFrame(frames, count);
            if (format == UgoiraRenderFormat.ANIMATED_WEBP
                    && (first.width() > WEBP_MAX_SIDE || first.height() > WEBP_MAX_SIDE)) {
                throw new UgoiraRenderException("This ugoira's frames are " + first.width() + "x" + first.height()
                        + ", larger than WebP allows (" + WEBP_MAX_SIDE + " pixels a side).");
            }
            Playback playback = new Playback(frames, delays, first, deadline);
            byte[] bytes = format == UgoiraRenderFormat.APNG ? apng(playback) : webp(playback, quality, deadline);
            return new RenderedAnimation(format, bytes, first.width(), first.height(), count);
        } finally {
            slots.release();
        }
    }

    private static UgoiraFrames open(Path file) throws IOException, UgoiraRenderException {
        try {
            return UgoiraFrames.open(file);
        } catch (ZipMembers.UnreadableZipException e) {
            throw new UgoiraRenderException("This ugoira could not be read: " + e.getMessage(), e);
        }
    }

    /** Frame 0, refused before decoding when {@code count} frames of its declared size would be over the limit. */
    private PixelBuffer firstFrame(UgoiraFrames frames, int count) throws UgoiraRenderException {
        long perFrame = Math.min(StillImageLoader.DEFAULT_PIXEL_LIMIT, limits.maxTotalPixels() / count);
        try {
            return frames.frame(0, new StillImageLoader(Math.max(1, perFrame)));
        } catch (DecompressionBombException e) {
            if (e.width() > 0 && e.height() > 0 && e.width() * e.height() <= StillImageLoader.DEFAULT_PIXEL_LIMIT) {
                throw tooLarge(count, e.width(), e.height());
            }
            throw frameFailure(frames, 0, e);
        } catch (ImageDecodeException | RuntimeException e) {
            throw frameFailure(frames, 0, e);
        }
    }

    private UgoiraRenderException tooLarge(int count, long width, long height) {
        return new UgoiraRenderException("This ugoira is too large to render: " + count + " frames of " + width + "x"
                + height + " are " + count * width * height + " pixels, more than the " + limits.maxTotalPixels() + " a render may decode.");
    }

    private static UgoiraRenderException frameFailure(UgoiraFrames frames, int index, Exception e) {
        return new UgoiraRenderException("Frame " + index + " (" + frames.names().get(index)
                + ") of this ugoira could not be decoded: " + e.getMessage(), e);
    }

    /** The APNG, in memory, through {@link ApngAnimation}. */
    private byte[] apng(Playback playback) throws MediaException, IOException {
        PixelBuffer first = playback.first;
        BoundedBytes out = new BoundedBytes(limits.maxOutputBytes());
        ApngAnimation animation = new ApngAnimation(out, first.width(), first.height(), first.channels());
        try {
            for (int i = 0; i < playback.count(); i++) {
                animation.add(playback.frame(i, first.channels()), playback.delayMs(i));
            }
            return animation.finish();
        } catch (BoundedBytes.TooLargeException e) {
            throw new UgoiraRenderException("This ugoira's APNG would be larger than " + limits.maxOutputBytes()
                    + " bytes.", e);
        }
    }

    /**
     * The WebP: the frames go to ffmpeg as a quickly written APNG (no filtering, no compression, RGBA so every
     * frame keeps its own transparency) while it encodes them.
     */
    private byte[] webp(Playback playback, int quality, long deadline) throws MediaException, IOException {
        PixelBuffer first = playback.first;
        AtomicReference<MediaException> failure = new AtomicReference<>();
        ProcessRunner.StdinWriter input = stdin -> {
            ApngWriter writer = new ApngWriter(stdin, first.width(), first.height(), 4, 0);
            // played once: ffmpeg's APNG demuxer wants the input's size (which a pipe has not) to loop it; the WebP
            // loops for ever all the same
            writer.beginAnimation(playback.count(), 1);
            for (int i = 0; i < playback.count(); i++) {
                PixelBuffer frame;
                try {
                    frame = playback.frame(i, 4);
                } catch (MediaException e) {
                    failure.set(e);
                    return; // ffmpeg sees the input end early; what it makes of it is thrown away below
                }
                writer.frame(frame, 0, 0, transportDelay(playback.delayMs(i)), ApngWriter.DISPOSE_NONE,
                        ApngWriter.BLEND_SOURCE);
            }
            writer.finish();
        };
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        byte[] bytes;
        try {
            bytes = ffmpeg.encodeWebpFromApng(input, playback.count() > 1, quality, left, limits.maxOutputBytes());
        } catch (MediaException e) {
            if (failure.get() != null) {
                throw failure.get();
            }
            throw new UgoiraRenderException("This ugoira could not be encoded as WebP: " + e.getMessage(), e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (playback.count() > 1) {
            double totalMs = 0;
            for (int i = 0; i < playback.count(); i++) {
                FrameDelay delay = transportDelay(playback.delayMs(i));
                totalMs += delay.numerator() * 1000.0 / delay.denominator();
            }
            WebpLastFrameDuration.set(bytes, Math.round(totalMs));
        }
        return bytes;
    }

    /**
     * A frame's delay for ffmpeg's APNG demuxer, which replaces a zero delay by its default frame rate: zero goes as
     * the shortest delay APNG can say (1/65535 s), which rounds to a zero-millisecond WebP frame.
     */
    static FrameDelay transportDelay(double delayMs) {
        FrameDelay delay = FrameDelay.ofMillis(Math.round(delayMs));
        return delay.numerator() == 0 ? new FrameDelay(1, 0xFFFF) : delay;
    }

    /** The frames in playing order, each checked against the first and converted to the canvas's channels. */
    private final class Playback {
        private final UgoiraFrames frames;
        private final List<Double> delays;
        private final PixelBuffer first;
        private final long deadline;
        private final StillImageLoader sameSizeLoader;

        Playback(UgoiraFrames frames, List<Double> delays, PixelBuffer first, long deadline) {
            this.frames = frames;
            this.delays = delays;
            this.first = first;
            this.deadline = deadline;
            this.sameSizeLoader = new StillImageLoader((long) first.width() * first.height());
        }

        int count() {
            return frames.names().size();
        }

        double delayMs(int index) {
            if (index < delays.size()) {
                Double d = delays.get(index);
                return d == null || d.isNaN() ? DEFAULT_FRAME_DELAY_MS : d;
            }
            return DEFAULT_FRAME_DELAY_MS;
        }

        PixelBuffer frame(int index, int channels) throws UgoiraRenderException {
            if (System.nanoTime() > deadline) {
                long ms = limits.timeLimit().toMillis();
                throw new UgoiraRenderException("Rendering this ugoira took longer than "
                        + (ms < 1000 ? ms + " ms" : ms / 1000 + " s") + " and was stopped.");
            }
            PixelBuffer pixels;
            if (index == 0) {
                pixels = first;
            } else {
                try {
                    pixels = frames.frame(index, sameSizeLoader);
                } catch (DecompressionBombException e) {
                    throw new UgoiraRenderException("Frame " + index + " (" + frames.names().get(index) + ") of this"
                            + " ugoira is " + e.width() + "x" + e.height() + ", but the first frame is "
                            + first.width() + "x" + first.height() + ".", e);
                } catch (ImageDecodeException | RuntimeException e) {
                    throw frameFailure(frames, index, e);
                }
                if (pixels.width() != first.width() || pixels.height() != first.height()) {
                    throw new UgoiraRenderException("Frame " + index + " (" + frames.names().get(index) + ") of this"
                            + " ugoira is " + pixels.width() + "x" + pixels.height() + ", but the first frame is "
                            + first.width() + "x" + first.height() + ".");
                }
            }
            return withChannels(pixels, channels);
        }
    }

    /** RGB to RGBA (opaque) or RGBA to RGB (alpha dropped, as Pillow converts a frame to the first's mode). */
    static PixelBuffer withChannels(PixelBuffer pixels, int channels) {
        if (pixels.channels() == channels) {
            return pixels;
        }
        int n = pixels.width() * pixels.height();
        byte[] in = pixels.data();
        int c = pixels.channels();
        byte[] out = new byte[n * channels];
        for (int p = 0; p < n; p++) {
            int i = p * c;
            int o = p * channels;
            if (c >= 3) {
                out[o] = in[i];
                out[o + 1] = in[i + 1];
                out[o + 2] = in[i + 2];
            } else {
                out[o] = in[i];
                out[o + 1] = in[i];
                out[o + 2] = in[i];
            }
            if (channels == 4) {
                out[o + 3] = c == 4 ? in[i + 3] : c == 2 ? in[i + 1] : (byte) 0xFF;
            }
        }
        return new PixelBuffer(pixels.width(), pixels.height(), channels, out);
    }
}
