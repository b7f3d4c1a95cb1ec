package dev.hydrant.media.inspect;

import dev.hydrant.core.files.FileType;
import dev.hydrant.media.DamagedMediaException;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.ffmpeg.Ffmpeg;
import dev.hydrant.media.ffmpeg.FfmpegLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The duration of an audio-only file, as hydrus takes it: the {@code Duration:} line of {@code ffmpeg -i}
 * (two decimals) plus the start offset, truncated to milliseconds. Audio types always report
 * {@code has_audio}. For an MP3 with a Xing/Info frame count, the {@code Duration:} figure is the one the
 * ffmpeg hydrus was recorded with prints ({@link Mp3InfoFrame}), not the gapless-trimmed one of newer ffmpeg.
 */
public final class AudioInspector {

    private final Ffmpeg ffmpeg;

    public AudioInspector(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public MediaInfo inspect(Path file, FileType type) throws MediaException, IOException {
        FfmpegLog log = ffmpeg.describe(file, false, false);
        Double printed = null;
        if (type == FileType.AUDIO_MP3) {
            OptionalLong declared = Mp3InfoFrame.declaredMicroseconds(file);
            if (declared.isPresent()) {
                printed = FfmpegLog.printedSeconds(declared.getAsLong());
            }
        }
        FfmpegLog.Durations durations = log.durations(printed)
                .orElseThrow(() -> new DamagedMediaException("Could not determine the duration of this file!"));
        return new MediaInfo(null, null, (long) (durations.fileSeconds() * 1000), null, true, null);
    }
}
