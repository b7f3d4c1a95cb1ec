package dev.hydrant.media.sniff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ISO base media files (mp4, m4a, mov, 3gp...) as ffmpeg's mov demuxer lists them: the major brand of
 * the {@code ftyp} box, then one stream per {@code trak} of the {@code moov} box in file order (its kind
 * from the {@code hdlr} handler, its codec from the first {@code stsd} sample entry), plus a video stream
 * for each iTunes cover picture ({@code covr}) where it appears.
 *
 * <p>Boxes are walked by their declared sizes with positioned reads of their headers only; a size
 * smaller than the header or running past its parent ends that level. Levels are capped in box count and
 * depth, so absurd sizes and loops cannot make the walk long.
 */
final class IsoBmffReader {

    static final String FORMAT = "mov,mp4,m4a,3gp,3g2,mj2";
    static final int MAX_BOXES_PER_LEVEL = 100_000;
    private static final int MAX_DEPTH = 12;
    private static final Set<String> TOP_LEVEL_TYPES = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide",
            "pnot", "junk", "uuid", "udta", "prfl", "styp", "sidx", "moof", "pdin", "meta");
    private static final Set<String> SUBTITLE_HANDLERS = Set.of("sbtl", "subt", "text", "clcp", "subp");

    private record Box(String type, long start, long payload, long end) {
    }

    private final FileBytes file;
    private final List<ContainerStream> streams = new ArrayList<>();
    private int boxesSeen;

    private IsoBmffReader(FileBytes file) {
        this.file = file;
    }

    /** Whether the bytes at {@code start} look like the first box of an ISO base media file. */
    static boolean looksLikeIsoBmff(byte[] head, int start) {
        long size = ByteFields.u32be(head, start);
        String type = ByteFields.fourCc(head, start + 4);
        return TOP_LEVEL_TYPES.contains(type) && (size == 0 || size == 1 || size >= 8);
    }

    /** The streams of the file, or empty when it has no readable {@code moov} box. */
    static Optional<ContainerReport> read(FileBytes file, long start) {
        try {
            return new IsoBmffReader(file).run(start);
        } catch (SniffLimitException e) {
            return Optional.empty();
        }
    }

    private Optional<ContainerReport> run(long start) {
        String brand = "";
        boolean sawFtyp = false;
        Box moov = null;
        for (Box box : children(start, file.size())) {
            if (box.type().equals("ftyp") && !sawFtyp) {
                sawFtyp = true;
                brand = ByteFields.fourCc(file.read(box.payload(), 4), 0).strip();
            } else if (box.type().equals("moov") && moov == null) {
                moov = box;
            }
        }
        if (moov == null) {
            return Optional.empty();
        }
        readMoov(moov, 1);
        return Optional.of(new ContainerReport(FORMAT, brand, streams));
    }

    private List<Box> children(long from, long to) {
        List<Box> boxes = new ArrayList<>();
        long pos = from;
        while (pos + 8 <= to && boxes.size() < MAX_BOXES_PER_LEVEL) {
            if (++boxesSeen > 4 * MAX_BOXES_PER_LEVEL) {
                throw new SniffLimitException("too many boxes");
            }
            byte[] header = file.read(pos, 16);
            if (header.length < 8) {
                break;
            }
            long size = ByteFields.u32be(header, 0);
            String type = ByteFields.fourCc(header, 4);
            long payload = pos + 8;
            if (size == 1) {
                if (header.length < 16) {
                    break;
                }
                size = ByteFields.u64be(header, 8);
                payload = pos + 16;
            } else if (size == 0) {
                size = to - pos;
            }
            if (size < payload - pos || size > to - pos) {
                if (size >= payload - pos) {
                    // a box running past its parent is cut at the parent's end, as ffmpeg reads what is there
                    boxes.add(new Box(type, pos, payload, to));
                }
                break;
            }
            boxes.add(new Box(type, pos, payload, pos + size));
            pos += size;
        }
        return boxes;
    }

    private void readMoov(Box moov, int depth) {
        for (Box box : children(moov.payload(), moov.end())) {
            switch (box.type()) {
                case "trak" -> readTrak(box, depth + 1);
                case "udta" -> readUdta(box, depth + 1);
                case "meta" -> readMeta(box, depth + 1);
                default -> {
                    // other moov children do not create streams
                }
            }
        }
    }

    private void readTrak(Box trak, int depth) {
        String handler = "";
        String format = "";
        int entries = -1;
        for (Box box : children(trak.payload(), trak.end())) {
            if (box.type().equals("mdia")) {
                for (Box m : children(box.payload(), box.end())) {
                    if (m.type().equals("hdlr")) {
                        handler = ByteFields.fourCc(file.read(m.payload() + 8, 4), 0);
                    } else if (m.type().equals("minf")) {
                        Box stsd = find(find(m, "stbl"), "stsd");
                        if (stsd != null) {
                            byte[] head = file.read(stsd.payload(), 16);
                            entries = (int) Math.min(ByteFields.u32be(head, 4), Integer.MAX_VALUE);
                            format = head.length >= 16 ? ByteFields.fourCc(head, 12) : "";
                        }
                    }
                }
            }
        }
        streams.add(streamFor(handler, entries > 0 ? format : ""));
    }

    private Box find(Box parent, String type) {
        if (parent == null) {
            return null;
        }
        for (Box box : children(parent.payload(), parent.end())) {
            if (box.type().equals(type)) {
                return box;
            }
        }
        return null;
    }

    static ContainerStream streamFor(String handler, String format) {
        String video = CodecNames.movVideo(format);
        String audio = CodecNames.movAudio(format);
        if (handler.equals("vide")) {
            return ContainerStream.video(video != null ? video : format.isEmpty() ? "none" : CodecNames.unknownTag(format));
        }
        if (handler.equals("soun")) {
            return ContainerStream.audio(audio != null ? audio : "none");
        }
        if (audio != null) {
            return ContainerStream.audio(audio);
        }
        if (video != null) {
            return ContainerStream.video(video);
        }
        if (SUBTITLE_HANDLERS.contains(handler)) {
            return new ContainerStream(ContainerStream.Kind.SUBTITLE, "none");
        }
        return new ContainerStream(ContainerStream.Kind.DATA, "none");
    }

    private void readUdta(Box udta, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Box box : children(udta.payload(), udta.end())) {
            if (box.type().equals("meta")) {
                readMeta(box, depth + 1);
            }
        }
    }

    /** A {@code meta} box: full box (iso) or plain (QuickTime); ffmpeg looks for its {@code hdlr} either way. */
    private void readMeta(Box meta, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        byte[] probe = file.read(meta.payload(), 16);
        long childrenStart = -1;
        for (int i = 0; i + 8 <= probe.length; i += 4) {
            if (ByteFields.fourCc(probe, i + 4).equals("hdlr")) {
                childrenStart = meta.payload() + i;
                break;
            }
        }
        if (childrenStart < 0) {
            return;
        }
        for (Box box : children(childrenStart, meta.end())) {
            if (box.type().equals("ilst")) {
                for (Box item : children(box.payload(), box.end())) {
                    if (item.type().equals("covr")) {
                        readCovers(item);
                    }
                }
            }
        }
    }

    private void readCovers(Box covr) {
        for (Box data : children(covr.payload(), covr.end())) {
            if (!data.type().equals("data") || data.end() - data.payload() < 8) {
                continue;
            }
            byte[] head = file.read(data.payload(), 16);
            long type = ByteFields.u32be(head, 0) & 0xFFFFFF;
            long length = data.end() - data.payload() - 8;
            boolean png = ByteFields.matchesAt(head, 8, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            if (type == 0x1B) {
                streams.add(ContainerStream.video("bmp"));
            } else if (type == 0x0D || type == 0x0E) {
                streams.add(ContainerStream.video(length >= 8 && png ? "png" : length >= 8 ? "mjpeg"
                        : type == 0x0E ? "png" : "mjpeg"));
            }
        }
    }
}
