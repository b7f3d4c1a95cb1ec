package dev.hydrant.media.sniff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builders for small synthetic files in the formats the sniffer parses. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] repeat(byte[] unit, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            out.writeBytes(unit);
        }
        return out.toByteArray();
    }

    static byte[] u32be(long v) {
        return ByteBuffer.allocate(4).putInt((int) v).array();
    }

    static byte[] u16be(int v) {
        return ByteBuffer.allocate(2).putShort((short) v).array();
    }

    static byte[] u32le(long v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
    }

    static byte[] u16le(int v) {
        return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) v).array();
    }

    static byte[] u64le(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }

    // ---------------------------------------------------------------- PNG

    static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return concat(u32be(data.length), ascii(type), data, u32be(crc.getValue()));
    }

    static byte[] png(byte[]... chunksAfterIhdr) {
        byte[] ihdr = pngChunk("IHDR", concat(u32be(16), u32be(16), bytes(8, 2, 0, 0, 0)));
        return concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), ihdr, concat(chunksAfterIhdr),
                pngChunk("IDAT", new byte[20]), pngChunk("IEND", new byte[0]));
    }

    static byte[] actl(int frames) {
        return pngChunk("acTL", concat(u32be(frames), u32be(0)));
    }

    // ---------------------------------------------------------------- GIF

    static byte[] gifHeader() {
        return concat(ascii("GIF89a"), u16le(4), u16le(4), bytes(0x80, 0, 0), new byte[6]);
    }

    static byte[] gifFrame() {
        return concat(bytes(0x21, 0xF9, 4, 0, 10, 0, 0, 0), bytes(0x2C), u16le(0), u16le(0), u16le(4), u16le(4),
                bytes(0), bytes(2, 3, 0x84, 0x1D, 0x05, 0));
    }

    // ---------------------------------------------------------------- WebP

    static byte[] riffChunk(String type, byte[] data) {
        byte[] pad = data.length % 2 == 1 ? new byte[1] : new byte[0];
        return concat(ascii(type), u32le(data.length), data, pad);
    }

    static byte[] webp(boolean animationFlag, int frames) {
        byte[] vp8x = riffChunk("VP8X", concat(bytes(animationFlag ? 0x02 : 0, 0, 0, 0), bytes(9, 0, 0, 9, 0, 0)));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(vp8x);
        if (animationFlag) {
            body.writeBytes(riffChunk("ANIM", new byte[6]));
        }
        for (int i = 0; i < frames; i++) {
            body.writeBytes(riffChunk("ANMF", new byte[40]));
        }
        byte[] payload = concat(ascii("WEBP"), body.toByteArray());
        return concat(ascii("RIFF"), u32le(payload.length), payload);
    }

    // ---------------------------------------------------------------- ISO BMFF

    static byte[] box(String type, byte[]... payload) {
        byte[] p = concat(payload);
        return concat(u32be(8 + p.length), ascii(type), p);
    }

    static byte[] ftyp(String brand) {
        return box("ftyp", ascii(brand), u32be(0x200), ascii("isom"));
    }

    static byte[] trak(String handler, String sampleEntry) {
        byte[] hdlr = box("hdlr", new byte[4], new byte[4], ascii(handler), new byte[12], bytes(0));
        byte[] stsd = box("stsd", new byte[4], u32be(1), box(sampleEntry, new byte[16]));
        return box("trak", box("tkhd", new byte[84]),
                box("mdia", box("mdhd", new byte[24]), hdlr, box("minf", box("stbl", stsd))));
    }

    static byte[] itunesCover(int dataType, byte[] picture) {
        byte[] data = box("data", u32be(dataType), new byte[4], picture);
        byte[] ilst = box("ilst", box("covr", data));
        byte[] hdlr = box("hdlr", new byte[4], new byte[4], ascii("mdir"), ascii("appl"), new byte[9]);
        return box("udta", box("meta", new byte[4], hdlr, ilst));
    }

    static byte[] mp4(String brand, byte[]... moovChildren) {
        return concat(ftyp(brand), box("moov", concat(box("mvhd", new byte[100]), concat(moovChildren))),
                box("mdat", new byte[32]));
    }

    // ---------------------------------------------------------------- Matroska

    static byte[] ebml(long id, byte[]... payload) {
        byte[] p = concat(payload);
        byte[] idBytes;
        if (id > 0xFFFFFF) {
            idBytes = u32be(id);
        } else if (id > 0xFFFF) {
            idBytes = new byte[] {(byte) (id >> 16), (byte) (id >> 8), (byte) id};
        } else if (id > 0xFF) {
            idBytes = u16be((int) id);
        } else {
            idBytes = bytes((int) id);
        }
        byte[] size = concat(bytes(0x01), new byte[3], u32be(p.length));
        return concat(idBytes, size, p);
    }

    static byte[] matroska(String docType, byte[]... segmentChildren) {
        byte[] header = ebml(0x1A45DFA3L, ebml(0x4282, ascii(docType)));
        return concat(header, ebml(0x18538067L, concat(segmentChildren)));
    }

    static byte[] mkvTrack(int type, String codecId) {
        return ebml(0xAE, ebml(0xD7, bytes(1)), ebml(0x83, bytes(type)), ebml(0x86, ascii(codecId)));
    }

    static byte[] mkvTracks(byte[]... tracks) {
        return ebml(0x1654AE6BL, tracks);
    }

    // ---------------------------------------------------------------- Ogg

    static byte[] oggPage(int flags, long serial, int sequence, byte[]... packets) {
        ByteArrayOutputStream lacing = new ByteArrayOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] packet : packets) {
            int left = packet.length;
            while (left >= 255) {
                lacing.write(255);
                left -= 255;
            }
            lacing.write(left);
            body.writeBytes(packet);
        }
        byte[] lace = lacing.toByteArray();
        return concat(ascii("OggS"), bytes(0, flags), new byte[8], u32le(serial), u32le(sequence), new byte[4],
                bytes(lace.length), lace, body.toByteArray());
    }

    static byte[] vorbisCommentPacket(String magic, String... comments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(magic));
        out.writeBytes(u32le(6));
        out.writeBytes(ascii("vendor"));
        out.writeBytes(u32le(comments.length));
        for (String c : comments) {
            byte[] b = c.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(u32le(b.length));
            out.writeBytes(b);
        }
        if (magic.startsWith("\u0003")) {
            out.write(1);
        }
        return out.toByteArray();
    }

    static String pictureComment(String mime) {
        byte[] m = ascii(mime);
        byte[] block = concat(u32be(3), u32be(m.length), m, u32be(0), new byte[16], u32be(4), bytes(0xFF, 0xD8, 0xFF, 0xD9));
        return "METADATA_BLOCK_PICTURE=" + Base64.getEncoder().encodeToString(block);
    }

    // ---------------------------------------------------------------- MPEG audio

    /** A run of MPEG-1 layer III frames, 128 kbit/s, 44.1 kHz (417 bytes each). */
    static byte[] mp3Frames(int count) {
        byte[] frame = new byte[417];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB;
        frame[2] = (byte) 0x90;
        frame[3] = (byte) 0x64;
        return repeat(frame, count);
    }

    static byte[] id3(int payloadSize) {
        int s = payloadSize;
        return concat(ascii("ID3"), bytes(4, 0, 0, (s >> 21) & 0x7F, (s >> 14) & 0x7F, (s >> 7) & 0x7F, s & 0x7F),
                new byte[payloadSize]);
    }

    // ---------------------------------------------------------------- zip

    record ZipItem(String name, byte[] data, boolean stored) {
        static ZipItem deflated(String name, byte[] data) {
            return new ZipItem(name, data, false);
        }

        static ZipItem stored(String name, byte[] data) {
            return new ZipItem(name, data, true);
        }
    }

    static byte[] zip(ZipItem... items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipItem item : items) {
                ZipEntry e = new ZipEntry(item.name());
                if (item.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(item.data());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(item.data().length);
                    e.setCompressedSize(item.data().length);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(item.data());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A tiny valid-looking JPEG (only its bytes matter for the zip rules). */
    static byte[] jpegBytes() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9);
    }
}
