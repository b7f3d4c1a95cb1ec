package dev.hydrant.media.sniff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matroska and WebM as ffmpeg's matroska demuxer lists them: one stream per {@code TrackEntry} (its kind
 * from {@code TrackType}, its codec from {@code CodecID}, or from the fourcc inside {@code CodecPrivate}
 * for {@code V_MS/VFW/FOURCC}), then one video stream per attached picture ({@code AttachedFile} with an
 * image mime type). The EBML {@code DocType} does not matter: ffmpeg reports both as
 * {@code matroska,webm} and hydrus tells webm from matroska by codecs.
 *
 * <p>The segment's top-level elements are walked by size up to the first cluster; tracks and
 * attachments further on are reached through the {@code SeekHead}. Element counts, nesting and string
 * sizes are capped; an unknown-size element runs to its parent's end.
 */
final class MatroskaReader {

    static final String FORMAT = "matroska,webm";
    private static final long EBML = 0x1A45DFA3L;
    private static final long SEGMENT = 0x18538067L;
    private static final long SEEK_HEAD = 0x114D9B74L;
    private static final long SEEK = 0x4DBBL;
    private static final long SEEK_ID = 0x53ABL;
    private static final long SEEK_POSITION = 0x53ACL;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAEL;
    private static final long TRACK_TYPE = 0x83L;
    private static final long CODEC_ID = 0x86L;
    private static final long CODEC_PRIVATE = 0x63A2L;
    private static final long ATTACHMENTS = 0x1941A469L;
    private static final long ATTACHED_FILE = 0x61A7L;
    private static final long FILE_MIME_TYPE = 0x4660L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final int MAX_ELEMENTS = 200_000;
    private static final int MAX_STRING = 4096;

    private record Element(long id, long start, long data, long end) {
    }

    private final FileBytes file;
    private final List<ContainerStream> tracks = new ArrayList<>();
    private final List<ContainerStream> pictures = new ArrayList<>();
    private int elementsSeen;

    private MatroskaReader(FileBytes file) {
        this.file = file;
    }

    static boolean looksLikeMatroska(byte[] head, int start) {
        return ByteFields.u32be(head, start) == EBML;
    }

    static Optional<ContainerReport> read(FileBytes file, long start) {
        try {
            return new MatroskaReader(file).run(start);
        } catch (SniffLimitException e) {
            return Optional.empty();
        }
    }

    private Optional<ContainerReport> run(long start) {
        Element ebml = element(start, file.size());
        if (ebml == null || ebml.id() != EBML) {
            return Optional.empty();
        }
        Element segment = element(ebml.end(), file.size());
        if (segment == null || segment.id() != SEGMENT) {
            return Optional.empty();
        }
        boolean tracksRead = false;
        boolean attachmentsRead = false;
        List<Long> seekTracks = new ArrayList<>();
        List<Long> seekAttachments = new ArrayList<>();
        long pos = segment.data();
        while (pos < segment.end()) {
            Element e = element(pos, segment.end());
            if (e == null || e.id() == CLUSTER) {
                break;
            }
            if (e.id() == TRACKS && !tracksRead) {
                readTracks(e);
                tracksRead = true;
            } else if (e.id() == ATTACHMENTS && !attachmentsRead) {
                readAttachments(e);
                attachmentsRead = true;
            } else if (e.id() == SEEK_HEAD) {
                readSeekHead(e, segment.data(), seekTracks, seekAttachments);
            }
            pos = e.end();
        }
        if (!tracksRead) {
            for (long at : seekTracks) {
                Element e = element(at, segment.end());
                if (e != null && e.id() == TRACKS) {
                    readTracks(e);
                    tracksRead = true;
                    break;
                }
            }
        }
        if (!attachmentsRead) {
            for (long at : seekAttachments) {
                Element e = element(at, segment.end());
                if (e != null && e.id() == ATTACHMENTS) {
                    readAttachments(e);
                    break;
                }
            }
        }
        List<ContainerStream> streams = new ArrayList<>(tracks);
        streams.addAll(pictures);
        return Optional.of(new ContainerReport(FORMAT, "", streams));
    }

    private void readSeekHead(Element seekHead, long segmentData, List<Long> tracksAt, List<Long> attachmentsAt) {
        for (Element seek : children(seekHead)) {
            if (seek.id() != SEEK) {
                continue;
            }
            long id = -1;
            long position = -1;
            for (Element field : children(seek)) {
                if (field.id() == SEEK_ID) {
                    id = unsigned(field);
                } else if (field.id() == SEEK_POSITION) {
                    position = unsigned(field);
                }
            }
            if (position >= 0) {
                if (id == TRACKS) {
                    tracksAt.add(segmentData + position);
                } else if (id == ATTACHMENTS) {
                    attachmentsAt.add(segmentData + position);
                }
            }
        }
    }

    private void readTracks(Element tracksElement) {
        for (Element entry : children(tracksElement)) {
            if (entry.id() != TRACK_ENTRY) {
                continue;
            }
            long type = -1;
            String codecId = "";
            byte[] codecPrivate = new byte[0];
            for (Element field : children(entry)) {
                if (field.id() == TRACK_TYPE) {
                    type = unsigned(field);
                } else if (field.id() == CODEC_ID) {
                    codecId = string(field);
                } else if (field.id() == CODEC_PRIVATE) {
                    codecPrivate = file.read(field.data(), (int) Math.min(field.end() - field.data(), 64));
                }
            }
            tracks.add(trackStream(type, codecId, codecPrivate));
        }
    }

    static ContainerStream trackStream(long type, String codecId, byte[] codecPrivate) {
        String codec;
        if (codecId.equals("V_MS/VFW/FOURCC")) {
            codec = codecPrivate.length >= 20 ? CodecNames.bitmapFourcc(ByteFields.fourCc(codecPrivate, 16)) : "none";
        } else if (codecId.equals("V_QUICKTIME")) {
            String tag = codecPrivate.length >= 8 ? ByteFields.fourCc(codecPrivate, 4) : "";
            String known = CodecNames.movVideo(tag);
            codec = known != null ? known : "none";
        } else {
            String known = CodecNames.matroska(codecId);
            codec = known != null ? known : "none";
        }
        ContainerStream.Kind kind = switch ((int) type) {
            case 1 -> ContainerStream.Kind.VIDEO;
            case 2 -> ContainerStream.Kind.AUDIO;
            case 17 -> ContainerStream.Kind.SUBTITLE;
            default -> ContainerStream.Kind.DATA;
        };
        return new ContainerStream(kind, codec);
    }

    private void readAttachments(Element attachments) {
        for (Element attached : children(attachments)) {
            if (attached.id() != ATTACHED_FILE) {
                continue;
            }
            String mime = "";
            for (Element field : children(attached)) {
                if (field.id() == FILE_MIME_TYPE) {
                    mime = string(field);
                }
            }
            String codec = mime.startsWith("image/gif") ? "gif" : mime.startsWith("image/jpeg") ? "mjpeg"
                    : mime.startsWith("image/png") ? "png" : mime.startsWith("image/tiff") ? "tiff" : null;
            if (codec != null) {
                pictures.add(ContainerStream.video(codec));
            }
        }
    }

    private List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        long pos = parent.data();
        while (pos < parent.end()) {
            Element e = element(pos, parent.end());
            if (e == null) {
                break;
            }
            out.add(e);
            pos = e.end();
        }
        return out;
    }

    /** The element at {@code pos}, its end clamped to {@code limit}; null when no valid header is there. */
    private Element element(long pos, long limit) {
        if (++elementsSeen > MAX_ELEMENTS) {
            throw new SniffLimitException("too many elements");
        }
        byte[] b = file.read(pos, 12);
        int idLength = vintLength(ByteFields.u8(b, 0));
        if (idLength == 0 || idLength > 4 || b.length < idLength + 1) {
            return null;
        }
        long id = 0;
        for (int i = 0; i < idLength; i++) {
            id = id << 8 | ByteFields.u8(b, i);
        }
        int sizeLength = vintLength(ByteFields.u8(b, idLength));
        if (sizeLength == 0 || b.length < idLength + sizeLength) {
            return null;
        }
        long size = ByteFields.u8(b, idLength) & (0xFF >>> sizeLength);
        boolean allOnes = size == (0xFF >>> sizeLength);
        for (int i = 1; i < sizeLength; i++) {
            int v = ByteFields.u8(b, idLength + i);
            allOnes &= v == 0xFF;
            size = size << 8 | v;
        }
        long data = pos + idLength + sizeLength;
        if (data > limit) {
            return null;
        }
        long end = allOnes || size < 0 || size > limit - data ? limit : data + size;
        return new Element(id, pos, data, end);
    }

    private static int vintLength(int first) {
        for (int i = 0; i < 8; i++) {
            if ((first & (0x80 >>> i)) != 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private long unsigned(Element e) {
        int length = (int) Math.min(e.end() - e.data(), 8);
        byte[] b = file.read(e.data(), length);
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xFF);
        }
        return v;
    }

    private String string(Element e) {
        byte[] b = file.read(e.data(), (int) Math.min(e.end() - e.data(), MAX_STRING));
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
