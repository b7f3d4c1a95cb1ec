package dev.hydrant.media.sniff;

import java.util.Objects;

/**
 * One stream of an audio/video container as ffmpeg lists it.
 *
 * @param kind  what ffmpeg calls the stream (its {@code Video:}, {@code Audio:}... line)
 * @param codec ffmpeg's codec name ({@code h264}, {@code vp9}, {@code opus}, {@code mjpeg}, {@code png}...);
 *              {@code none} when ffmpeg does not know the codec. Embedded cover pictures are video
 *              streams with the picture's codec, as ffmpeg reports them.
 */
public record ContainerStream(Kind kind, String codec) {

    public enum Kind { VIDEO, AUDIO, SUBTITLE, DATA, ATTACHMENT }

    public ContainerStream {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(codec, "codec");
    }

    public static ContainerStream video(String codec) {
        return new ContainerStream(Kind.VIDEO, codec);
    }

    public static ContainerStream audio(String codec) {
        return new ContainerStream(Kind.AUDIO, codec);
    }
}
