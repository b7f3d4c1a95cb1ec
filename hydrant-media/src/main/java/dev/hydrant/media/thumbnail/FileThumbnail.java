package dev.hydrant.media.thumbnail;

import java.util.Objects;
import java.util.Optional;

/**
 * The thumbnail hydrus would give a file, ready to store and serve.
 *
 * @param format   JPEG or PNG (the {@code Content-Type} to serve it with)
 * @param bytes    the encoded picture
 * @param width    pixels
 * @param height   pixels
 * @param blurhash hydrus's blurhash for the file, or {@code null} when hydrus stores none (files served
 *                 a fixed icon)
 * @param origin   how it was made
 */
public record FileThumbnail(ThumbnailFormat format, byte[] bytes, int width, int height, String blurhash, Origin origin) {

    /** How a thumbnail came about. */
    public enum Origin {
        /** Made from the file's own pixels (a still image, a video or animation frame, a PSD preview). */
        FROM_FILE,
        /** A fallback icon fitted into the thumbnail box (PDF, or a file whose pixels could not be had). */
        FALLBACK_ICON,
        /** A fixed-size icon served as it is (audio, archives, documents, unknown files); hydrus stores no thumbnail for these. */
        STATIC_ICON
    }

    public FileThumbnail {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
    }

    public Optional<String> blurhashIfAny() {
        return Optional.ofNullable(blurhash);
    }
}
