package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

/**
 * What media analysis found out about a file. Every value that was not determined is null (never guessed).
 *
 * @param durationMs length of animations, video and audio in milliseconds
 * @param hasAudio   true/false when known (audio types always have it, images never); null when not probed
 * @param blurhash   hydrus's blurhash string for visual media
 * @param pixelHash  sha256 of the decoded pixels of still images (hydrus's pixel hash)
 */
public record MediaProperties(Integer width, Integer height, Long durationMs, Integer numFrames, Integer numWords,
                              Boolean hasAudio, MediaFlags flags, String blurhash, ByteKey pixelHash) {
    public MediaProperties {
        if (flags == null) {
            flags = MediaFlags.NONE;
        }
    }

    /** Nothing known beyond the type. */
    public static MediaProperties unknown() {
        return new MediaProperties(null, null, null, null, null, null, MediaFlags.NONE, null, null);
    }
}
