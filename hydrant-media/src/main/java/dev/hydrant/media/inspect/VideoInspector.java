package dev.hydrant.media.inspect;

import dev.hydrant.media.DamagedMediaException;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.ffmpeg.FfmpegLog;
import dev.hydrant.media.ffmpeg.ProcessTimeoutException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hydrus's {@code GetFFMPEGVideoProperties}: dimensions, duration, frame count and audio of a video.
 *
 * <p>The first second is decoded to read the stream description. The frame count is the duration times
 * the frame rate, unless the file is short (under 30 s) and small (under 256 MiB) and something looks
 * off (an unsure frame rate, a duration that does not hold a whole number of frames, a start offset),
 * or the duration is unknown: then every frame is decoded and counted. A counted file whose count
 * implies more than 1000 fps gets its duration from the count instead. Durations are truncated to
 * whole milliseconds after hydrus's floating-point arithmetic, which is reproduced exactly (so a
 * {@code Duration: 00:00:02.01} becomes 2009 ms, as in hydrus).
 *
 * <p>{@code has_audio} needs an audio stream that is not silence: the audio is decoded until a sample
 * byte outside hydrus's silence band shows up. A file whose audio cannot be decoded through within the
 * time limit is taken to have audio (the stream is there; silence could not be proven).
 */
public final class VideoInspector {

    static final double MANUAL_COUNT_MAX_SECONDS = 30;
    static final long MANUAL_COUNT_MAX_BYTES = 256L * 1024 * 1024;

    private final Ffmpeg ffmpeg;

    public VideoInspector(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public MediaInfo inspect(Path file) throws MediaException, IOException {
        FfmpegLog firstSecond = ffmpeg.describe(file, true, true);
        if (!firstSecond.videoFormat().present()) {
            throw new DamagedMediaException("Wanted to parse video data, but file did not appear to have a video stream!");
        }
        FfmpegLog.Resolution resolution = firstSecond.videoResolution(false);
        Optional<FfmpegLog.Durations> durations = firstSecond.durations();
        Double durationS = durations.map(FfmpegLog.Durations::streamSeconds).orElse(null);
        FfmpegLog.FrameRate rate = firstSecond.frameRate(false);
        double fps = rate.fps();
        boolean confident = rate.confident();
        if (durationS == null && !confident) {
            fps = 24;
            confident = true;
        }
        if (fps == 0) {
            fps = 1;
        }
        boolean countManually = durationS == null;
        if (!countManually && durationS < MANUAL_COUNT_MAX_SECONDS && Files.size(file) < MANUAL_COUNT_MAX_BYTES) {
            boolean unusualLastFrame = (durationS * fps) % 1 > 0;
            FfmpegLog.Durations d = durations.get();
            boolean unusualStart = d.fileSeconds() != d.streamSeconds();
            countManually = !confident || unusualLastFrame || unusualStart;
        }
        int numFrames;
        if (countManually) {
            numFrames = ffmpeg.describe(file, true, false).countedFrames();
            if (numFrames > 0 && durationS != null) {
                double impliedFps = numFrames / durationS;
                if (0 < fps && fps < 1000 && 1000 < impliedFps) {
                    durationS = null;
                }
            }
            if (durationS == null) {
                durationS = numFrames / fps;
            }
        } else {
            numFrames = (int) (durationS * fps);
        }
        long durationMs = (long) (durationS * 1000);
        boolean hasAudio = hasAudio(file, firstSecond);
        return new MediaInfo(resolution.width(), resolution.height(), durationMs, numFrames, hasAudio, fps);
    }

    private boolean hasAudio(Path file, FfmpegLog description) throws MediaException, IOException {
        if (!description.audioFormat().present()) {
            return false;
        }
        try {
            return ffmpeg.hasAudibleAudio(file);
        } catch (ProcessTimeoutException e) {
            return true;
        }
    }
}
