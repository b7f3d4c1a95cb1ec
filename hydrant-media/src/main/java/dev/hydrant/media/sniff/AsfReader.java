package dev.hydrant.media.sniff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASF (wma/wmv) as ffmpeg's asf demuxer lists it: one stream per Stream Properties object of the header
 * (also those embedded in Extended Stream Properties objects of the header extension), audio or video by
 * the stream type (JFIF streams are video), and one video stream per {@code WM/Picture} attribute with a
 * known picture mime type. Hydrus then calls the file wmv when any video stream is listed.
 */
final class AsfReader {

    static final String FORMAT = "asf";
    private static final byte[] HEADER = guid("75B22630-668E-11CF-A6D9-00AA0062CE6C");
    private static final byte[] STREAM_PROPERTIES = guid("B7DC0791-A9B7-11CF-8EE6-00C00C205365");
    private static final byte[] HEADER_EXTENSION = guid("5FBF03B5-A92E-11CF-8EE3-00C00C205365");
    private static final byte[] EXTENDED_STREAM_PROPERTIES = guid("14E6A5CB-C672-4332-8399-A96952065B5A");
    private static final byte[] EXTENDED_CONTENT_DESCRIPTION = guid("D2D0A440-E307-11D2-97F0-00A0C95EA850");
    private static final byte[] METADATA_LIBRARY = guid("44231C94-9498-49D1-A141-1D134E457054");
    private static final byte[] AUDIO_MEDIA = guid("F8699E40-5B4D-11CF-A8FD-00805F5C442B");
    private static final byte[] VIDEO_MEDIA = guid("BC19EFC0-5B4D-11CF-A8FD-00805F5C442B");
    private static final byte[] JFIF_MEDIA = guid("B61BE100-5B4E-11CF-A8FD-00805F5C442B");
    private static final int MAX_OBJECTS = 10_000;
    private static final int MAX_HEADER_BYTES = 16 * 1024 * 1024;

    private final List<ContainerStream> streams = new ArrayList<>();

    private AsfReader() {
    }

    static boolean looksLikeAsf(byte[] head, int start) {
        return ByteFields.matchesAt(head, start, HEADER);
    }

    static Optional<ContainerReport> read(FileBytes file, long start) {
        try {
            byte[] top = file.read(start, 30);
            if (!ByteFields.matchesAt(top, 0, HEADER)) {
                return Optional.empty();
            }
            long size = ByteFields.u64le(top, 16);
            if (size < 30) {
                return Optional.empty();
            }
            byte[] header = file.read(start, (int) Math.min(size, MAX_HEADER_BYTES));
            AsfReader reader = new AsfReader();
            reader.objects(header, 30, header.length, 0);
            return Optional.of(new ContainerReport(FORMAT, "", reader.streams));
        } catch (SniffLimitException e) {
            return Optional.empty();
        }
    }

    private void objects(byte[] b, int from, int to, int depth) {
        int pos = from;
        for (int i = 0; i < MAX_OBJECTS && pos + 24 <= to; i++) {
            long size = ByteFields.u64le(b, pos + 16);
            if (size < 24 || size > to - pos) {
                break;
            }
            int end = pos + (int) size;
            int payload = pos + 24;
            if (ByteFields.matchesAt(b, pos, STREAM_PROPERTIES)) {
                streamProperties(b, payload);
            } else if (ByteFields.matchesAt(b, pos, HEADER_EXTENSION) && depth == 0) {
                objects(b, payload + 22, end, depth + 1);
            } else if (ByteFields.matchesAt(b, pos, EXTENDED_STREAM_PROPERTIES)) {
                embeddedStreamProperties(b, payload, end);
            } else if (ByteFields.matchesAt(b, pos, EXTENDED_CONTENT_DESCRIPTION)) {
                contentDescriptors(b, payload, end);
            } else if (ByteFields.matchesAt(b, pos, METADATA_LIBRARY)) {
                metadataLibrary(b, payload, end);
            }
            pos = end;
        }
    }

    private void streamProperties(byte[] b, int payload) {
        if (ByteFields.matchesAt(b, payload, AUDIO_MEDIA)) {
            streams.add(ContainerStream.audio("wmav2"));
        } else if (ByteFields.matchesAt(b, payload, VIDEO_MEDIA)) {
            int typeData = payload + 54;
            String fourcc = ByteFields.fourCc(b, typeData + 11 + 16);
            streams.add(ContainerStream.video(CodecNames.bitmapFourcc(fourcc)));
        } else if (ByteFields.matchesAt(b, payload, JFIF_MEDIA)) {
            streams.add(ContainerStream.video("mjpeg"));
        }
    }

    /** An Extended Stream Properties object may end with a Stream Properties object of its own. */
    private void embeddedStreamProperties(byte[] b, int payload, int end) {
        for (int i = payload + 64; i + 24 <= end; i++) {
            if (ByteFields.matchesAt(b, i, STREAM_PROPERTIES)) {
                streamProperties(b, i + 24);
                return;
            }
        }
    }

    private void contentDescriptors(byte[] b, int payload, int end) {
        int count = ByteFields.u16le(b, payload);
        int pos = payload + 2;
        for (int i = 0; i < count && pos + 6 <= end; i++) {
            int nameLength = ByteFields.u16le(b, pos);
            String name = utf16(b, pos + 2, nameLength);
            int valueType = ByteFields.u16le(b, pos + 2 + nameLength);
            int valueLength = ByteFields.u16le(b, pos + 4 + nameLength);
            int value = pos + 6 + nameLength;
            if (value + valueLength > end) {
                return;
            }
            if (valueType == 1 && name.equals("WM/Picture")) {
                picture(b, value, value + valueLength);
            }
            pos = value + valueLength;
        }
    }

    private void metadataLibrary(byte[] b, int payload, int end) {
        int count = ByteFields.u16le(b, payload);
        int pos = payload + 2;
        for (int i = 0; i < count && pos + 12 <= end; i++) {
            int nameLength = ByteFields.u16le(b, pos + 4);
            int dataType = ByteFields.u16le(b, pos + 6);
            long dataLength = ByteFields.u32le(b, pos + 8);
            int name = pos + 12;
            if (name + nameLength + dataLength > end) {
                return;
            }
            int value = name + nameLength;
            if (dataType == 1 && utf16(b, name, nameLength).equals("WM/Picture")) {
                picture(b, value, value + (int) dataLength);
            }
            pos = value + (int) dataLength;
        }
    }

    /** WM/Picture: type byte, data length, NUL-terminated UTF-16 mime and description, then the picture. */
    private void picture(byte[] b, int from, int to) {
        int pos = from + 5;
        int mimeEnd = pos;
        while (mimeEnd + 1 < to && (b[mimeEnd] != 0 || b[mimeEnd + 1] != 0)) {
            mimeEnd += 2;
        }
        if (mimeEnd + 1 >= to) {
            return;
        }
        String codec = CodecNames.pictureMime(new String(b, pos, mimeEnd - pos, StandardCharsets.UTF_16LE));
        if (codec != null) {
            streams.add(ContainerStream.video(codec));
        }
    }

    private static String utf16(byte[] b, int from, int length) {
        if (from < 0 || from >= b.length) {
            return "";
        }
        int n = Math.max(0, Math.min(length, b.length - from));
        String s = new String(b, from, n & ~1, StandardCharsets.UTF_16LE);
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    /** The on-disk bytes of a GUID written in its usual text form. */
    static byte[] guid(String text) {
        String hex = text.replace("-", "");
        byte[] raw = new byte[16];
        for (int i = 0; i < 16; i++) {
            raw[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new byte[] {raw[3], raw[2], raw[1], raw[0], raw[5], raw[4], raw[7], raw[6],
            raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15]};
    }
}
