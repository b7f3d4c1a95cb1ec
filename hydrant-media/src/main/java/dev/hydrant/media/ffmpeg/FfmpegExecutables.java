package dev.hydrant.media.ffmpeg;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A working pair of ffmpeg and ffprobe executables and the environment they must run with.
 *
 * @param ffmpeg      the ffmpeg executable
 * @param ffprobe     the ffprobe executable
 * @param environment the complete environment to start them with (for the bundled copy it points the
 *                    dynamic linker at the bundled libraries)
 * @param origin      where they came from
 * @param version     what {@code ffmpeg -version} calls itself ({@code 8.1.2}, {@code 5.1.6-0+deb12u1}...)
 */
public record FfmpegExecutables(Path ffmpeg, Path ffprobe, Map<String, String> environment, Origin origin, String version) {

    /** Where the executables were found. */
    public enum Origin {
        /** Extracted from the {@code org.bytedeco:ffmpeg} jar for this platform. */
        BUNDLED,
        /** Found on the {@code PATH} (for example Debian's ffmpeg package). */
        SYSTEM,
        /** Given explicitly by configuration. */
        CONFIGURED
    }

    public FfmpegExecutables {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(ffprobe, "ffprobe");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(version, "version");
    }

    /** A runner that starts programs with this pair's environment. */
    public ProcessRunner runner() {
        return new ProcessRunner(environment);
    }
}
