package dev.hydrant.media.sniff;

import java.util.List;
import java.util.Optional;

/**
 * The audio/video containers the sniffer can describe from bytes alone, standing in for the
 * {@code ffmpeg -i} call hydrus makes when no signature matched. Like ffmpeg, it looks past leading
 * ID3v2 tags first; then it tries, in turn: Matroska/WebM, ISO-BMFF, Ogg, RealMedia, ASF, FLAC, TTA,
 * WAV (RIFF/RIFX/RF64/BW64), WavPack, MPEG program/elementary/transport streams and MPEG audio. A file
 * that only has ID3 tags and nothing recognisable after them is taken for mp3, as ffmpeg does.
 */
final class ContainerSniffer {

    private ContainerSniffer() {
    }

    static Optional<ContainerReport> detect(FileBytes file) {
        long start = MpegAudioScan.skipId3(file);
        if (start >= file.size()) {
            return start > 0 ? Optional.of(mp3()) : Optional.empty();
        }
        byte[] head = file.read(start, 1024);
        if (MatroskaReader.looksLikeMatroska(head, 0)) {
            Optional<ContainerReport> r = MatroskaReader.read(file, start);
            if (r.isPresent()) {
                return r;
            }
        }
        if (IsoBmffReader.looksLikeIsoBmff(head, 0)) {
            Optional<ContainerReport> r = IsoBmffReader.read(file, start);
            if (r.isPresent()) {
                return r;
            }
        }
        if (OggReader.looksLikeOgg(head, 0)) {
            return OggReader.read(file, start);
        }
        if (RealMediaReader.looksLikeRealMedia(head, 0)) {
            return RealMediaReader.read(file, start);
        }
        if (AsfReader.looksLikeAsf(head, 0)) {
            Optional<ContainerReport> r = AsfReader.read(file, start);
            if (r.isPresent()) {
                return r;
            }
        }
        if (ByteFields.matchesAt(head, 0, "fLaC")) {
            return Optional.of(single("flac", ContainerStream.audio("flac")));
        }
        if (ByteFields.matchesAt(head, 0, "TTA1")) {
            return Optional.of(single("tta", ContainerStream.audio("tta")));
        }
        if (ByteFields.matchesAt(head, 8, "WAVE") && (ByteFields.matchesAt(head, 0, "RIFF")
                || ByteFields.matchesAt(head, 0, "RIFX") || ByteFields.matchesAt(head, 0, "RF64")
                || ByteFields.matchesAt(head, 0, "BW64"))) {
            return Optional.of(single("wav", ContainerStream.audio("pcm_s16le")));
        }
        if (ByteFields.matchesAt(head, 0, "wvpk")) {
            return Optional.of(single("wv", ContainerStream.audio("wavpack")));
        }
        if (MpegSystemStreams.looksLikeProgramStream(head, 0)) {
            return MpegSystemStreams.programStream(file, start);
        }
        if (MpegSystemStreams.looksLikeVideoElementaryStream(head, 0)) {
            Optional<ContainerReport> r = MpegSystemStreams.videoElementaryStream(file, start);
            if (r.isPresent()) {
                return r;
            }
        }
        int packetSize = MpegSystemStreams.transportPacketSize(file.read(start, 8 * 204 + 4), 0);
        if (packetSize > 0) {
            return MpegSystemStreams.transportStream(file, start, packetSize);
        }
        if (MpegAudioScan.looksLikeMpegAudio(file, start) || start > 0) {
            return Optional.of(mp3());
        }
        return Optional.empty();
    }

    private static ContainerReport mp3() {
        return single("mp3", ContainerStream.audio("mp3"));
    }

    private static ContainerReport single(String format, ContainerStream stream) {
        return new ContainerReport(format, "", List.of(stream));
    }
}
