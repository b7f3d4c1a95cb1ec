package dev.hydrant.media.sniff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RealMedia as ffmpeg's {@code rm} demuxer lists it: a {@code .RMF} file has one stream per {@code MDPR}
 * chunk, video when its codec data carries the {@code VIDO} tag, audio when it starts with
 * {@code .ra\u00fd} or {@code LSD:}; a bare RealAudio file ({@code .ra\u00fd}) is one audio stream.
 */
final class RealMediaReader {

    static final String FORMAT = "rm";
    private static final int MAX_CHUNKS = 10_000;

    private RealMediaReader() {
    }

    static boolean looksLikeRealMedia(byte[] head, int start) {
        return ByteFields.matchesAt(head, start, ".RMF") || ByteFields.matchesAt(head, start, ".ra\u00fd");
    }

    static Optional<ContainerReport> read(FileBytes file, long start) {
        try {
            byte[] first = file.read(start, 8);
            if (ByteFields.matchesAt(first, 0, ".ra\u00fd")) {
                return Optional.of(new ContainerReport(FORMAT, "", List.of(ContainerStream.audio("ra_288"))));
            }
            List<ContainerStream> streams = new ArrayList<>();
            long pos = start;
            for (int i = 0; i < MAX_CHUNKS && pos + 10 <= file.size(); i++) {
                byte[] header = file.read(pos, 10);
                String id = ByteFields.fourCc(header, 0);
                long size = ByteFields.u32be(header, 4);
                if (id.equals("DATA") || size < 10) {
                    break;
                }
                if (id.equals("MDPR")) {
                    streams.add(mediaProperties(file.read(pos, (int) Math.min(size, 64 * 1024))));
                }
                pos += size;
            }
            return Optional.of(new ContainerReport(FORMAT, "", streams));
        } catch (SniffLimitException e) {
            return Optional.empty();
        }
    }

    private static ContainerStream mediaProperties(byte[] c) {
        int pos = 10 + 2 + 4 * 7;
        int nameLength = ByteFields.u8(c, pos);
        pos += 1 + nameLength;
        int mimeLength = ByteFields.u8(c, pos);
        pos += 1 + mimeLength;
        pos += 4;
        if (ByteFields.matchesAt(c, pos, ".ra\u00fd") || ByteFields.matchesAt(c, pos, "LSD:")) {
            return ContainerStream.audio("cook");
        }
        if (ByteFields.matchesAt(c, pos + 4, "VIDO")) {
            return ContainerStream.video("rv40");
        }
        return new ContainerStream(ContainerStream.Kind.DATA, "none");
    }
}
