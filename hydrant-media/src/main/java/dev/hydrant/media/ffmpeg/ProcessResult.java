package dev.hydrant.media.ffmpeg;

import java.nio.charset.StandardCharsets;

/**
 * What a finished (or deliberately stopped) program left behind.
 *
 * @param exitCode        the exit status; meaningless when {@code stoppedEarly}
 * @param stdout          the captured standard output (empty when it was streamed to a sink)
 * @param stdoutOverflow  standard output went past its limit, so the program was stopped
 * @param stoppedEarly    the caller's sink asked to stop, or the output limit was hit, and the program was killed
 * @param stderr          the head and tail of the standard error stream
 * @param stderrTruncated part of the middle of the standard error stream was dropped
 */
public record ProcessResult(
        int exitCode,
        byte[] stdout,
        boolean stdoutOverflow,
        boolean stoppedEarly,
        byte[] stderr,
        boolean stderrTruncated) {

    /** Standard error as text (invalid UTF-8 replaced). */
    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
