package dev.hydrant.media.sniff;

import java.util.List;
import java.util.Objects;

/**
 * What ffmpeg would say about a container: the information hydrus reads from {@code ffmpeg -i} to pick a
 * filetype.
 *
 * @param formatName the demuxer names ffmpeg prints after {@code Input #0,} (e.g. {@code matroska,webm},
 *                   {@code mov,mp4,m4a,3gp,3g2,mj2}, {@code ogg}, {@code mp3}, {@code asf}, {@code rm})
 * @param majorBrand the ISO-BMFF {@code major_brand} metadata, trimmed ({@code isom}, {@code M4A},
 *                   {@code qt}...); empty when there is none
 * @param streams    the streams in ffmpeg's order
 */
public record ContainerReport(String formatName, String majorBrand, List<ContainerStream> streams) {

    public ContainerReport {
        Objects.requireNonNull(formatName, "formatName");
        majorBrand = majorBrand == null ? "" : majorBrand.strip();
        streams = List.copyOf(streams);
    }
}
