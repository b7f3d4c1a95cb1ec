package dev.hydrant.media.ffmpeg;

import dev.hydrant.media.MediaException;

/** Neither the bundled ffmpeg/ffprobe executables nor a system copy could be found and run. */
public final class FfmpegUnavailableException extends MediaException {

    private static final long serialVersionUID = 1L;

    public FfmpegUnavailableException(String message) {
        super(message);
    }

    public FfmpegUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
