package dev.hydrant.media.sniff;

import static dev.hydrant.media.sniff.Fixtures.ascii;
import static dev.hydrant.media.sniff.Fixtures.box;
import static dev.hydrant.media.sniff.Fixtures.bytes;
import static dev.hydrant.media.sniff.Fixtures.concat;
import static dev.hydrant.media.sniff.Fixtures.u16le;
import static dev.hydrant.media.sniff.Fixtures.u32be;
import static dev.hydrant.media.sniff.Fixtures.u32le;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builders for the binary formats whose structure the sniffer walks: JPEG XL, plists, OLE, ASF, RealMedia, TS. */
final class FormatFixtures {

    private FormatFixtures() {
    }

    /** JPEG XL codestream headers with and without the animation flag. */
    static final class Jxl {
        static byte[] codestream(boolean animated) {
            BitWriter w = new BitWriter();
            w.bits(1, 1).bits(0, 5).bits(1, 3);
            if (animated) {
                w.bits(0, 1).bits(1, 1).bits(0, 3).bits(0, 1).bits(0, 1).bits(1, 1);
                w.bits(0, 2).bits(0, 2).bits(0, 1).bits(0, 1);
            } else {
                w.bits(1, 1);
            }
            return concat(bytes(0xFF, 0x0A), w.toBytes(), new byte[8]);
        }

        static byte[] container(boolean animated) {
            byte[] signature = concat(u32be(12), ascii("JXL "), bytes(0x0D, 0x0A, 0x87, 0x0A));
            return concat(signature, box("ftyp", ascii("jxl "), u32be(0), ascii("jxl ")),
                    box("jxlp", u32be(0), Arrays.copyOf(codestream(animated), 4)),
                    box("jxlp", u32be(0x80000001L), Arrays.copyOfRange(codestream(animated), 4, 12)));
        }
    }

    static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        BitWriter bits(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] toBytes() {
            if (used > 0) {
                out.write(current);
            }
            return out.toByteArray();
        }
    }

    /** A minimal binary plist keyed archive whose root object's class has the given name. */
    static final class Bplist {
        static byte[] keyedArchive(String className) {
            java.util.List<byte[]> objects = java.util.List.of(
                    bytes(0xD1, 1, 2),
                    str("$objects"),
                    bytes(0xA3, 3, 4, 6),
                    str("$null"),
                    bytes(0xD1, 5, 7),
                    str("$class"),
                    bytes(0xD1, 8, 9),
                    bytes(0x80, 2),
                    str("$classname"),
                    str(className));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(ascii("bplist00"));
            int[] offsets = new int[objects.size()];
            for (int i = 0; i < objects.size(); i++) {
                offsets[i] = out.size();
                out.writeBytes(objects.get(i));
            }
            int table = out.size();
            for (int o : offsets) {
                out.writeBytes(Fixtures.u16be(o));
            }
            out.writeBytes(new byte[6]);
            out.write(2);
            out.write(1);
            out.writeBytes(concat(new byte[4], u32be(objects.size()), new byte[8], new byte[4], u32be(table)));
            return out.toByteArray();
        }

        private static byte[] str(String s) {
            return concat(bytes(0x50 | s.length()), ascii(s));
        }
    }

    /** A minimal OLE compound file: header, FAT, directory and an optional SummaryInformation stream. */
    static final class Ole {
        static byte[] document(String rootClsid, String creatingApplication) {
            int sector = 512;
            byte[] header = new byte[512];
            put(header, 0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
            put(header, 0x18, u16le(0x3E));
            put(header, 0x1A, u16le(3));
            put(header, 0x1C, u16le(0xFFFE));
            put(header, 0x1E, u16le(9));
            put(header, 0x20, u16le(6));
            put(header, 0x2C, u32le(1));
            put(header, 0x30, u32le(1));
            put(header, 0x38, u32le(4096));
            put(header, 0x3C, u32le(0xFFFFFFFEL));
            put(header, 0x44, u32le(0xFFFFFFFEL));
            for (int i = 0; i < 109; i++) {
                put(header, 0x4C + 4 * i, u32le(i == 0 ? 0 : 0xFFFFFFFFL));
            }
            byte[] fat = new byte[sector];
            Arrays.fill(fat, (byte) 0xFF);
            put(fat, 0, u32le(0xFFFFFFFDL));
            put(fat, 4, u32le(0xFFFFFFFEL));
            byte[] directory = new byte[sector];
            byte[] root = entry("Root Entry", 5, creatingApplication != null ? 1 : 0xFFFFFFFFL, 0xFFFFFFFEL, 0);
            if (rootClsid != null) {
                put(root, 0x50, AsfReader.guid(rootClsid));
            }
            put(directory, 0, root);
            byte[] stream = new byte[0];
            if (creatingApplication != null) {
                put(directory, 128, entry("\u0005SummaryInformation", 2, 0xFFFFFFFFL, 2, 4096));
                for (int s = 2; s < 10; s++) {
                    put(fat, 4 * s, u32le(s == 9 ? 0xFFFFFFFEL : s + 1));
                }
                stream = new byte[4096];
                put(stream, 0, u16le(0xFFFE));
                put(stream, 24, u32le(1));
                put(stream, 44, u32le(48));
                byte[] app = ascii(creatingApplication + "\0");
                put(stream, 48, concat(u32le(100), u32le(1), u32le(0x12), u32le(16)));
                put(stream, 64, concat(u32le(0x1E), u32le(app.length), app));
            }
            for (int i = 2; i < 128 / 4 * 4 && i < 4; i++) {
                put(directory, 128 * i, entry("", 0, 0xFFFFFFFFL, 0, 0));
            }
            return concat(header, fat, directory, stream);
        }

        private static byte[] entry(String name, int type, long child, long start, long size) {
            byte[] e = new byte[128];
            byte[] n = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
            put(e, 0, n);
            put(e, 0x40, u16le(name.isEmpty() ? 0 : n.length));
            e[0x42] = (byte) type;
            put(e, 0x44, u32le(0xFFFFFFFFL));
            put(e, 0x48, u32le(0xFFFFFFFFL));
            put(e, 0x4C, u32le(child));
            put(e, 0x74, u32le(start));
            put(e, 0x78, u32le(size));
            return e;
        }

        private static void put(byte[] into, int at, byte[] what) {
            System.arraycopy(what, 0, into, at, what.length);
        }
    }

    /** ASF headers with chosen stream types and WM/Picture attributes. */
    static final class Asf {
        static final String AUDIO = "F8699E40-5B4D-11CF-A8FD-00805F5C442B";
        static final String VIDEO = "BC19EFC0-5B4D-11CF-A8FD-00805F5C442B";

        static byte[] object(String guid, byte[]... payload) {
            byte[] p = concat(payload);
            return concat(AsfReader.guid(guid), Fixtures.u64le(24 + p.length), p);
        }

        static byte[] stream(String type) {
            byte[] typeData = type.equals(VIDEO)
                    ? concat(u32le(16), u32le(16), bytes(2), u16le(40), u32le(40), u32le(16), u32le(16), u16le(1),
                            u16le(24), ascii("WMV3"), new byte[20])
                    : new byte[18];
            return object("B7DC0791-A9B7-11CF-8EE6-00C00C205365", AsfReader.guid(type),
                    AsfReader.guid("20FB5700-5B55-11CF-A8FD-00805F5C442B"), new byte[8], u32le(typeData.length),
                    u32le(0), u16le(1), new byte[4], typeData);
        }

        static byte[] picture(String mime) {
            byte[] name = "WM/Picture\0".getBytes(StandardCharsets.UTF_16LE);
            byte[] value = concat(bytes(3), u32le(4), (mime + "\0").getBytes(StandardCharsets.UTF_16LE),
                    "\0".getBytes(StandardCharsets.UTF_16LE), bytes(0xFF, 0xD8, 0xFF, 0xD9));
            return object("D2D0A440-E307-11D2-97F0-00A0C95EA850", u16le(1), u16le(name.length), name, u16le(1),
                    u16le(value.length), value);
        }

        static byte[] file(Object... streamTypesOrObjects) {
            ByteArrayOutputStream children = new ByteArrayOutputStream();
            for (Object o : streamTypesOrObjects) {
                children.writeBytes(o instanceof String s ? stream(s) : (byte[]) o);
            }
            byte[] c = children.toByteArray();
            byte[] header = concat(AsfReader.guid("75B22630-668E-11CF-A6D9-00AA0062CE6C"), Fixtures.u64le(30 + c.length),
                    u32le(streamTypesOrObjects.length), bytes(1, 2), c);
            return concat(header, new byte[50]);
        }
    }

    /** RealMedia files with one video or audio stream. */
    static final class RealMedia {
        static byte[] file(boolean video) {
            byte[] rmf = concat(ascii(".RMF"), u32be(18), Fixtures.u16be(0), u32be(0), u32be(2));
            byte[] mime = ascii(video ? "video/x-pn-realvideo" : "audio/x-pn-realaudio");
            byte[] codec = video ? concat(u32be(34), ascii("VIDORV40"), new byte[26]) : concat(ascii(".ra\u00fd"), new byte[40]);
            byte[] body = concat(Fixtures.u16be(0), Fixtures.u16be(0), new byte[28], bytes(0), bytes(mime.length), mime,
                    u32be(codec.length), codec);
            byte[] mdpr = concat(ascii("MDPR"), u32be(8 + body.length), body);
            return concat(rmf, mdpr, ascii("DATA"), u32be(18), new byte[10]);
        }
    }

    /** An MPEG transport stream with a PAT, a PMT (h264 + aac) and null packets. */
    static final class Ts {
        static byte[] stream() {
            byte[] pat = packet(0, concat(bytes(0, 0x00, 0xB0, 13, 0, 1, 0xC1, 0, 0, 0, 1, 0xE1, 0x00), new byte[4]));
            byte[] pmt = packet(0x100, concat(bytes(0, 0x02, 0xB0, 23, 0, 1, 0xC1, 0, 0, 0xE1, 0x01, 0xF0, 0),
                    bytes(0x1B, 0xE1, 0x01, 0xF0, 0), bytes(0x0F, 0xE1, 0x02, 0xF0, 0), new byte[4]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(pat);
            out.writeBytes(pmt);
            for (int i = 0; i < 10; i++) {
                out.writeBytes(packet(0x1FFF, new byte[0]));
            }
            return out.toByteArray();
        }

        static byte[] packet(int pid, byte[] payload) {
            byte[] p = new byte[188];
            Arrays.fill(p, (byte) 0xFF);
            p[0] = 0x47;
            p[1] = (byte) (0x40 | (pid >> 8));
            p[2] = (byte) pid;
            p[3] = 0x10;
            System.arraycopy(payload, 0, p, 4, payload.length);
            return p;
        }
    }
}
