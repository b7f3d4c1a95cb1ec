package dev.hydrant.media.ffmpeg;

/**
 * The ffmpeg executables from the Maven dependency, located once for the whole test run (locating
 * extracts them and runs {@code -version}, which is worth doing only once).
 */
public final class BundledFfmpeg {

    private static final FfmpegLocator LOCATOR = FfmpegLocator.bundledOnly();

    private BundledFfmpeg() {
    }

    public static FfmpegExecutables executables() {
        try {
            return LOCATOR.locate();
        } catch (FfmpegUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Ffmpeg ffmpeg() {
        return new Ffmpeg(executables());
    }
}
