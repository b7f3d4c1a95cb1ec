package dev.hydrant.media.sniff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An outside opinion on an audio/video container, normally ffprobe.
 *
 * <p>Hydrus asks ffmpeg about every file its byte rules do not place, and about mp4-family and ASF files.
 * {@link FileTypeSniffer} answers those from the bytes for the containers it can parse (ISO-BMFF,
 * Matroska/WebM, Ogg, MPEG audio, MPEG-PS/TS/ES, ASF, RealMedia, TTA, FLAC/WAV with prefixes). It
 * consults a probe only when its own parsers recognise nothing, so a probe extends coverage to formats
 * ffmpeg knows and the sniffer does not; its report goes through the same {@link ContainerTypeRules}.
 */
@FunctionalInterface
public interface ContainerProbe {

    /** A probe that never recognises anything. */
    ContainerProbe NONE = file -> Optional.empty();

    /**
     * What ffmpeg makes of the file, or empty when it cannot open it as a media container.
     *
     * @throws IOException when the probe itself fails (the sniffer then treats the file as unrecognised)
     */
    Optional<ContainerReport> probe(Path file) throws IOException;
}
