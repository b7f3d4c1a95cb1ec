package dev.hydrant.media.sniff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ogg as ffmpeg's ogg demuxer lists it: one stream per logical bitstream, in the order of their first
 * (BOS) pages, its codec told by the first packet (vorbis, opus, speex, flac, theora, daala, dirac, vp8,
 * OGM...); then, as ffmpeg does, one video stream for each cover picture found in a vorbis comment
 * header ({@code METADATA_BLOCK_PICTURE}) of a vorbis, opus, theora or speex stream — which is why an
 * Ogg audio file with a jpeg cover comes out as "ogv" in hydrus.
 *
 * <p>Pages are read one at a time; the walk stops after the header packets, or at the page, byte and
 * comment-size caps.
 */
final class OggReader {

    static final String FORMAT = "ogg";
    static final int MAX_PAGES = 20_000;
    static final int MAX_COMMENT_BYTES = 16 * 1024 * 1024;
    private static final int RESYNC_WINDOW = 64 * 1024;

    private static final class LogicalStream {
        final ContainerStream stream;
        final int commentMagicLength;
        final boolean wantsComment;
        int packetIndex;
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        boolean done;

        LogicalStream(ContainerStream stream, int commentMagicLength, boolean wantsComment) {
            this.stream = stream;
            this.commentMagicLength = commentMagicLength;
            this.wantsComment = wantsComment;
            this.done = !wantsComment;
        }
    }

    private OggReader() {
    }

    static boolean looksLikeOgg(byte[] head, int start) {
        return ByteFields.matchesAt(head, start, "OggS");
    }

    static Optional<ContainerReport> read(FileBytes file, long start) {
        try {
            return Optional.of(walk(file, start));
        } catch (SniffLimitException e) {
            return Optional.empty();
        }
    }

    private static ContainerReport walk(FileBytes file, long start) {
        Map<Long, LogicalStream> streams = new LinkedHashMap<>();
        List<ContainerStream> pictures = new ArrayList<>();
        long pos = start;
        boolean headersOver = false;
        for (int pageCount = 0; pageCount < MAX_PAGES && pos + 27 <= file.size(); pageCount++) {
            byte[] header = file.read(pos, 27 + 255);
            if (!ByteFields.matchesAt(header, 0, "OggS")) {
                long next = resync(file, pos + 1);
                if (next < 0) {
                    break;
                }
                pos = next;
                continue;
            }
            int flags = ByteFields.u8(header, 5);
            long serial = ByteFields.u32le(header, 14);
            int segments = ByteFields.u8(header, 26);
            if (header.length < 27 + segments) {
                break;
            }
            int bodyLength = 0;
            for (int i = 0; i < segments; i++) {
                bodyLength += ByteFields.u8(header, 27 + i);
            }
            long bodyStart = pos + 27 + segments;
            boolean bos = (flags & 0x02) != 0;
            if (bos && !streams.containsKey(serial) && !headersOver) {
                byte[] first = file.read(bodyStart, Math.min(bodyLength, 64));
                streams.put(serial, identify(first));
            } else if (!bos) {
                headersOver = true;
            }
            LogicalStream stream = streams.get(serial);
            if (stream != null && !stream.done) {
                collect(file, stream, header, segments, bodyStart, pictures);
            }
            pos = bodyStart + bodyLength;
            if (headersOver && streams.values().stream().allMatch(s -> s.done)) {
                break;
            }
        }
        List<ContainerStream> out = new ArrayList<>();
        streams.values().forEach(s -> out.add(s.stream));
        out.addAll(pictures);
        return new ContainerReport(FORMAT, "", out);
    }

    private static long resync(FileBytes file, long from) {
        byte[] window = file.read(from, RESYNC_WINDOW);
        for (int i = 0; i + 4 <= window.length; i++) {
            if (ByteFields.matchesAt(window, i, "OggS")) {
                return from + i;
            }
        }
        return -1;
    }

    /** Feeds a page's segments into the stream's packets; the second packet is the comment header. */
    private static void collect(FileBytes file, LogicalStream stream, byte[] header, int segments, long bodyStart,
                                List<ContainerStream> pictures) {
        long offset = bodyStart;
        for (int i = 0; i < segments && !stream.done; i++) {
            int lace = ByteFields.u8(header, 27 + i);
            if (stream.packetIndex == 1) {
                if (stream.current.size() + lace > MAX_COMMENT_BYTES) {
                    stream.done = true;
                    return;
                }
                stream.current.writeBytes(file.read(offset, lace));
            }
            offset += lace;
            if (lace < 255) {
                if (stream.packetIndex == 1) {
                    VorbisComment.pictures(stream.current.toByteArray(), stream.commentMagicLength, pictures);
                    stream.done = true;
                }
                stream.packetIndex++;
                stream.current = new ByteArrayOutputStream();
            }
        }
    }

    /** The stream a logical bitstream's first packet announces. */
    static LogicalStream identify(byte[] p) {
        if (ByteFields.matchesAt(p, 0, "\u0001vorbis")) {
            return new LogicalStream(ContainerStream.audio("vorbis"), 7, true);
        }
        if (ByteFields.matchesAt(p, 0, "OpusHead")) {
            return new LogicalStream(ContainerStream.audio("opus"), 8, true);
        }
        if (ByteFields.matchesAt(p, 0, "Speex   ")) {
            return new LogicalStream(ContainerStream.audio("speex"), 0, true);
        }
        if (ByteFields.matchesAt(p, 0, "\u007fFLAC") || ByteFields.matchesAt(p, 0, "fLaC")) {
            return new LogicalStream(ContainerStream.audio("flac"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "CELT    ")) {
            return new LogicalStream(ContainerStream.audio("celt"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "PCM     ")) {
            return new LogicalStream(ContainerStream.audio("pcm_s16le"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "\u0080theora")) {
            return new LogicalStream(ContainerStream.video("theora"), 7, true);
        }
        if (ByteFields.matchesAt(p, 0, "\u0080daala")) {
            return new LogicalStream(ContainerStream.video("daala"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "BBCD\u0000") || ByteFields.matchesAt(p, 0, "KW-DIRAC")) {
            return new LogicalStream(ContainerStream.video("dirac"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "OVP80")) {
            return new LogicalStream(ContainerStream.video("vp8"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "\u0001video")) {
            return new LogicalStream(ContainerStream.video("mpeg4"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "\u0001audio")) {
            return new LogicalStream(ContainerStream.audio("none"), 0, false);
        }
        if (ByteFields.matchesAt(p, 0, "\u0001text")) {
            return new LogicalStream(new ContainerStream(ContainerStream.Kind.SUBTITLE, "text"), 0, false);
        }
        return new LogicalStream(new ContainerStream(ContainerStream.Kind.DATA, "none"), 0, false);
    }
}
