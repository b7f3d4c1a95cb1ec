package dev.hydrant.media.inspect;

/**
 * What hydrus records about a file's media (its {@code GetFileInfo} result, less size and type).
 * A {@code null} component is one hydrus stores as NULL (no dimensions for audio, no duration for a
 * still image, and so on).
 *
 * @param width      pixels, as hydrus reports them (video: the stream's stored size with the sample
 *                   aspect ratio applied to the width; rotation is not applied)
 * @param height     pixels
 * @param durationMs milliseconds, truncated as hydrus truncates
 * @param numFrames  frames (video: counted or estimated as hydrus does; animations: the container's count)
 * @param hasAudio   hydrus's {@code has_audio}
 * @param frameRate  the frame rate hydrus worked with for a video (not stored by hydrus), else {@code null}
 */
public record MediaInfo(Integer width, Integer height, Long durationMs, Integer numFrames, boolean hasAudio,
                        Double frameRate) {

    /** Nothing known beyond whether the type always has audio. */
    public static MediaInfo none(boolean hasAudio) {
        return new MediaInfo(null, null, null, null, hasAudio, null);
    }

    /** Just dimensions (still images, project files). */
    public static MediaInfo dimensions(int width, int height) {
        return new MediaInfo(width, height, null, null, false, null);
    }
}
