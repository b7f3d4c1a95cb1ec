package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.util.List;

/**
 * Hydrus's signature table: the first rule whose every condition holds within the first
 * {@link #WINDOW} bytes of the file gives a type (possibly an undetermined one that a second look
 * settles). A condition holds when any of its signatures sits at any of its offsets. Order matters:
 * krita and epub come before zip because they are zips, the HEIF/AVIF brands before the mp4 ones.
 */
final class MagicTable {

    /** Hydrus matches signatures against this many leading bytes only. */
    static final int WINDOW = 256;

    record Condition(int[] offsets, byte[][] signatures) {
        boolean holds(byte[] window) {
            for (int offset : offsets) {
                for (byte[] signature : signatures) {
                    if (ByteFields.matchesAt(window, offset, signature)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    record Rule(List<Condition> conditions, FileType type) {
        boolean matches(byte[] window) {
            for (Condition c : conditions) {
                if (!c.holds(window)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Rule> RULES = List.of(
            rule(FileType.IMAGE_JPEG, at(0, b(0xFF, 0xD8))),
            rule(FileType.UNDETERMINED_PNG, at(0, s("\u0089PNG"))),
            rule(FileType.UNDETERMINED_GIF, at(0, s("GIF87a"), s("GIF89a"))),
            rule(FileType.UNDETERMINED_WEBP, at(8, s("WEBP"))),
            rule(FileType.IMAGE_TIFF, at(0, s("II*\0"), s("MM\0*"))),
            rule(FileType.IMAGE_BMP, at(0, s("BM"))),
            rule(FileType.IMAGE_ICON, at(0, b(0, 0, 1, 0), b(0, 0, 2, 0))),
            rule(FileType.IMAGE_QOI, at(0, s("qoif"))),
            rule(FileType.UNDETERMINED_JXL, at(0, b(0xFF, 0x0A), concat(b(0, 0, 0, 0x0C), s("JXL "), b(0x0D, 0x0A, 0x87, 0x0A)))),
            rule(FileType.APPLICATION_FLASH, at(0, s("CWS"), s("FWS"), s("ZWS"))),
            rule(FileType.VIDEO_FLV, at(0, s("FLV"))),
            rule(FileType.APPLICATION_PDF, at(0, s("%PDF"))),
            rule(FileType.APPLICATION_PSD, at(0, s("8BPS\0\u0001"), s("8BPS\0\u0002"))),
            rule(FileType.APPLICATION_CLIP, at(0, s("CSFCHUNK"))),
            rule(FileType.APPLICATION_SAI2, at(0, s("SAI-CANVAS"))),
            rule(FileType.APPLICATION_XCF, at(0, s("gimp xcf "))),
            rule(FileType.APPLICATION_KRITA, new Condition(new int[] {38, 42, 58, 63}, new byte[][] {s("application/x-krita")})),
            rule(FileType.APPLICATION_PAINT_DOT_NET, at(0, s("PDN3"))),
            rule(FileType.APPLICATION_EPUB, new Condition(new int[] {38, 43}, new byte[][] {s("application/epub+zip")})),
            rule(FileType.APPLICATION_DJVU, at(4, s("FORM")), at(12, s("DJVU"), s("DJVM"), s("PM44"), s("BM44"), s("SDJV"))),
            rule(FileType.APPLICATION_RTF, at(0, s("{\\rtf"))),
            rule(FileType.APPLICATION_ZIP, at(0, s("PK\u0003\u0004"), s("PK\u0005\u0006"), s("PK\u0007\u0008"))),
            rule(FileType.APPLICATION_7Z, at(0, concat(s("7z"), b(0xBC, 0xAF, 0x27, 0x1C)))),
            rule(FileType.APPLICATION_RAR, at(0, b(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00), b(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00))),
            rule(FileType.APPLICATION_GZIP, at(0, b(0x1F, 0x8B))),
            rule(FileType.APPLICATION_HYDRUS_ENCRYPTED_ZIP, at(0, s("hydrus encrypted zip"))),
            rule(FileType.IMAGE_AVIF, at(4, s("ftypavif"))),
            rule(FileType.IMAGE_AVIF_SEQUENCE, at(4, s("ftypavis"))),
            rule(FileType.IMAGE_AVIF, at(4, s("ftypmif1")), new Condition(new int[] {16, 20, 24}, new byte[][] {s("avif")})),
            rule(FileType.IMAGE_HEIC, at(4, s("ftypheic"), s("ftypheix"), s("ftypheim"), s("ftypheis"))),
            rule(FileType.IMAGE_HEIC_SEQUENCE, at(4, s("ftyphevc"), s("ftyphevx"), s("ftyphevm"), s("ftyphevs"))),
            rule(FileType.IMAGE_HEIF, at(4, s("ftypmif1"))),
            rule(FileType.IMAGE_HEIF_SEQUENCE, at(4, s("ftypmsf1"))),
            rule(FileType.UNDETERMINED_MP4, at(4, s("ftypmp4"), s("ftypisom"), s("ftypM4V"), s("ftypMSNV"), s("ftypavc1"), s("ftypFACE"), s("ftypdash"))),
            rule(FileType.VIDEO_MOV, at(4, s("ftypqt"))),
            rule(FileType.AUDIO_FLAC, at(0, s("fLaC"))),
            rule(FileType.AUDIO_WAVE, at(0, s("RIFF")), at(8, s("WAVE"))),
            rule(FileType.AUDIO_WAVPACK, at(0, s("wvpk"))),
            rule(FileType.VIDEO_AVI, at(8, s("AVI "))),
            rule(FileType.UNDETERMINED_WM, at(0, b(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE, 0x6C))),
            rule(FileType.APPLICATION_WINDOWS_EXE, at(0, b(0x4D, 0x5A, 0x90, 0x00, 0x03))),
            rule(FileType.APPLICATION_DOC, at(0, b(0x31, 0xBE, 0x00, 0x00), s("PO^Q"), b(0xFE, 0x37, 0x00, 0x23), b(0xDB, 0xA5, 0x2D, 0x00, 0x00, 0x00), b(0xDB, 0xA5, 0x2D, 0x00))),
            rule(FileType.APPLICATION_PPT, at(0, b(0xED, 0xDE, 0xAD, 0x0B), b(0x0B, 0xAD, 0xDE, 0xAD))),
            rule(FileType.UNDETERMINED_OLE, at(0, b(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))));

    private MagicTable() {
    }

    /** The type of the first matching rule, or {@code null} when none matches. */
    static FileType match(byte[] head) {
        byte[] window = head.length > WINDOW ? java.util.Arrays.copyOf(head, WINDOW) : head;
        for (Rule rule : RULES) {
            if (rule.matches(window)) {
                return rule.type();
            }
        }
        return null;
    }

    private static Rule rule(FileType type, Condition... conditions) {
        return new Rule(List.of(conditions), type);
    }

    private static Condition at(int offset, byte[]... signatures) {
        return new Condition(new int[] {offset}, signatures);
    }

    private static byte[] s(String latin1) {
        return ByteFields.ascii(latin1);
    }

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
