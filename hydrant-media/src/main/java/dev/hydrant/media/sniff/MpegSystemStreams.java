package dev.hydrant.media.sniff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MPEG program streams ({@code mpeg}), MPEG-1/2 video elementary streams ({@code mpegvideo}) and MPEG
 * transport streams ({@code mpegts}), which hydrus files as "mpeg" whenever ffmpeg finds audio or video
 * in them. Streams are collected from the first {@link #SCAN_BYTES} bytes: PES stream ids for program
 * streams; the program map (or, lacking one, PES stream ids) for transport streams.
 */
final class MpegSystemStreams {

    static final int SCAN_BYTES = 1024 * 1024;
    private static final int[] TS_PACKET_SIZES = {188, 192, 204};
    private static final int TS_SYNC_PACKETS = 8;
    private static final Set<Integer> TS_VIDEO_TYPES = Set.of(0x01, 0x02, 0x10, 0x1B, 0x20, 0x24, 0x33, 0x42, 0xD1, 0xEA);
    private static final Set<Integer> TS_AUDIO_TYPES =
            Set.of(0x03, 0x04, 0x0F, 0x11, 0x1C, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0xA1, 0xA2);

    private MpegSystemStreams() {
    }

    static boolean looksLikeProgramStream(byte[] head, int start) {
        return ByteFields.u32be(head, start) == 0x000001BAL;
    }

    static boolean looksLikeVideoElementaryStream(byte[] head, int start) {
        return ByteFields.u32be(head, start) == 0x000001B3L;
    }

    /** The transport packet size when the file starts with a run of synchronised packets, else 0. */
    static int transportPacketSize(byte[] head, int start) {
        for (int size : TS_PACKET_SIZES) {
            int sync = size == 192 ? 4 : 0;
            int packets = Math.min(TS_SYNC_PACKETS, (head.length - start - sync) / size);
            if (packets < 2) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < packets && ok; i++) {
                ok = ByteFields.u8(head, start + sync + i * size) == 0x47;
            }
            if (ok) {
                return size;
            }
        }
        return 0;
    }

    static Optional<ContainerReport> programStream(FileBytes file, long start) {
        byte[] b = file.read(start, SCAN_BYTES);
        Set<String> kinds = new LinkedHashSet<>();
        int pos = 0;
        for (int packets = 0; pos + 4 <= b.length && packets < 100_000; packets++) {
            if (ByteFields.u16be(b, pos) != 0 || ByteFields.u8(b, pos + 2) != 1) {
                pos++;
                continue;
            }
            int id = ByteFields.u8(b, pos + 3);
            if (id == 0xBA) {
                boolean mpeg2 = (ByteFields.u8(b, pos + 4) & 0xC0) == 0x40;
                pos += mpeg2 ? 14 + (ByteFields.u8(b, pos + 13) & 7) : 12;
            } else if (id >= 0xBB) {
                int length = ByteFields.u16be(b, pos + 4);
                if (id >= 0xE0 && id <= 0xEF) {
                    kinds.add("video");
                } else if (id >= 0xC0 && id <= 0xDF) {
                    kinds.add("audio");
                } else if (id == 0xBD) {
                    int sub = privateSubstream(b, pos);
                    if (sub >= 0x80 && sub <= 0xAF) {
                        kinds.add("audio");
                    }
                }
                pos += 6 + length;
            } else {
                pos += 4;
            }
        }
        return report("mpeg", kinds);
    }

    /** The first payload byte of an MPEG-2 private stream 1 packet (its substream id), or -1. */
    private static int privateSubstream(byte[] b, int pos) {
        if ((ByteFields.u8(b, pos + 6) & 0xC0) != 0x80) {
            return -1;
        }
        int headerLength = ByteFields.u8(b, pos + 8);
        int at = pos + 9 + headerLength;
        return at < b.length ? ByteFields.u8(b, at) : -1;
    }

    static Optional<ContainerReport> videoElementaryStream(FileBytes file, long start) {
        byte[] b = file.read(start, 64 * 1024);
        boolean picture = false;
        boolean slice = false;
        for (int i = 4; i + 4 <= b.length && !(picture && slice); i++) {
            if (ByteFields.u16be(b, i) == 0 && ByteFields.u8(b, i + 2) == 1) {
                int code = ByteFields.u8(b, i + 3);
                picture |= code == 0x00;
                slice |= code >= 0x01 && code <= 0xAF;
            }
        }
        return picture && slice ? Optional.of(new ContainerReport("mpegvideo", "",
                List.of(ContainerStream.video("mpeg2video")))) : Optional.empty();
    }

    static Optional<ContainerReport> transportStream(FileBytes file, long start, int packetSize) {
        byte[] b = file.read(start, SCAN_BYTES);
        int sync = packetSize == 192 ? 4 : 0;
        Set<Integer> pmtPids = new LinkedHashSet<>();
        Map<Integer, String> fromPmt = new LinkedHashMap<>();
        Set<String> fromPes = new LinkedHashSet<>();
        boolean pmtSeen = false;
        for (int p = sync; p + 188 <= b.length; p += packetSize) {
            if (ByteFields.u8(b, p) != 0x47) {
                continue;
            }
            boolean unitStart = (ByteFields.u8(b, p + 1) & 0x40) != 0;
            int pid = ByteFields.u16be(b, p + 1) & 0x1FFF;
            int adaptation = (ByteFields.u8(b, p + 3) >>> 4) & 3;
            int payload = p + 4;
            if (adaptation == 2 || adaptation == 0) {
                continue;
            }
            if (adaptation == 3) {
                payload += 1 + ByteFields.u8(b, p + 4);
            }
            if (payload >= p + 188 || !unitStart) {
                continue;
            }
            if (pid == 0) {
                int section = payload + 1 + ByteFields.u8(b, payload);
                int length = ByteFields.u16be(b, section + 1) & 0x0FFF;
                for (int i = section + 8; i + 4 <= Math.min(section + 3 + length - 4, p + 188); i += 4) {
                    if (ByteFields.u16be(b, i) != 0) {
                        pmtPids.add(ByteFields.u16be(b, i + 2) & 0x1FFF);
                    }
                }
            } else if (pmtPids.contains(pid)) {
                pmtSeen = true;
                readPmt(b, payload + 1 + ByteFields.u8(b, payload), p + 188, fromPmt);
            } else if (ByteFields.u16be(b, payload) == 0 && ByteFields.u8(b, payload + 2) == 1) {
                int id = ByteFields.u8(b, payload + 3);
                if (id >= 0xE0 && id <= 0xEF) {
                    fromPes.add("video");
                } else if (id >= 0xC0 && id <= 0xDF) {
                    fromPes.add("audio");
                }
            }
        }
        if (pmtSeen) {
            return report("mpegts", new LinkedHashSet<>(fromPmt.values()));
        }
        return report("mpegts", fromPes);
    }

    private static void readPmt(byte[] b, int section, int limit, Map<Integer, String> out) {
        int length = ByteFields.u16be(b, section + 1) & 0x0FFF;
        int end = Math.min(section + 3 + length - 4, limit);
        int programInfo = ByteFields.u16be(b, section + 10) & 0x0FFF;
        int i = section + 12 + programInfo;
        while (i + 5 <= end) {
            int type = ByteFields.u8(b, i);
            int pid = ByteFields.u16be(b, i + 1) & 0x1FFF;
            int infoLength = ByteFields.u16be(b, i + 3) & 0x0FFF;
            String kind = TS_VIDEO_TYPES.contains(type) ? "video" : TS_AUDIO_TYPES.contains(type) ? "audio" : null;
            if (kind == null && type == 0x06) {
                for (int d = i + 5; d + 2 <= Math.min(i + 5 + infoLength, end); d += 2 + ByteFields.u8(b, d + 1)) {
                    int tag = ByteFields.u8(b, d);
                    if (tag == 0x6A || tag == 0x7A || tag == 0x7B) {
                        kind = "audio";
                    }
                }
            }
            if (kind != null) {
                out.put(pid, kind);
            }
            i += 5 + infoLength;
        }
    }

    private static Optional<ContainerReport> report(String format, Set<String> kinds) {
        List<ContainerStream> streams = new ArrayList<>();
        for (String kind : kinds) {
            streams.add(kind.equals("video") ? ContainerStream.video("mpeg2video") : ContainerStream.audio("mp2"));
        }
        return Optional.of(new ContainerReport(format, "", streams));
    }
}
