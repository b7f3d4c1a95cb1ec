package dev.hydrant.media.ffmpeg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hydrant.media.MediaException;
import dev.hydrant.media.sniff.ContainerProbe;
import dev.hydrant.media.sniff.ContainerReport;
import dev.hydrant.media.sniff.ContainerStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sniffer's outside opinion from ffprobe: {@code ffprobe -of json -show_format -show_streams}, turned
 * into the demuxer names, major brand and streams hydrus reads from {@code ffmpeg -i}. A file ffprobe
 * cannot open (non-zero exit, no format) is simply not recognised; a probe that runs past the time limit
 * or cannot be started is an {@link IOException}, which the sniffer also treats as "not recognised".
 */
public final class FfprobeContainerProbe implements ContainerProbe {

    static final int MAX_JSON_BYTES = 4 * 1024 * 1024;

    private final FfmpegExecutables executables;
    private final Ffmpeg.Limits limits;
    private final ObjectMapper json = new ObjectMapper();

    public FfprobeContainerProbe(FfmpegExecutables executables) {
        this(executables, Ffmpeg.Limits.DEFAULT);
    }

    public FfprobeContainerProbe(FfmpegExecutables executables, Ffmpeg.Limits limits) {
        this.executables = executables;
        this.limits = limits;
    }

    @Override
    public Optional<ContainerReport> probe(Path file) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(executables.ffprobe().toString(), "-hide_banner", "-v", "error",
                "-of", "json", "-show_format", "-show_streams"));
        Ffmpeg.input(cmd, file);
        ProcessResult result;
        try {
            result = executables.runner().run(cmd, limits.probe(), MAX_JSON_BYTES);
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (result.exitCode() != 0 || result.stdoutOverflow() || result.stdout().length == 0) {
            return Optional.empty();
        }
        return parse(json.readTree(result.stdout()));
    }

    static Optional<ContainerReport> parse(JsonNode root) {
        JsonNode format = root.path("format");
        String formatName = format.path("format_name").asText("");
        if (formatName.isEmpty()) {
            return Optional.empty();
        }
        String brand = format.path("tags").path("major_brand").asText("");
        List<ContainerStream> streams = new ArrayList<>();
        for (JsonNode stream : root.path("streams")) {
            ContainerStream.Kind kind = switch (stream.path("codec_type").asText("").toLowerCase(Locale.ROOT)) {
                case "video" -> ContainerStream.Kind.VIDEO;
                case "audio" -> ContainerStream.Kind.AUDIO;
                case "subtitle" -> ContainerStream.Kind.SUBTITLE;
                case "attachment" -> ContainerStream.Kind.ATTACHMENT;
                default -> ContainerStream.Kind.DATA;
            };
            String codec = stream.path("codec_name").asText("");
            streams.add(new ContainerStream(kind, codec.isEmpty() ? "none" : codec));
        }
        return Optional.of(new ContainerReport(formatName, brand, streams));
    }
}
