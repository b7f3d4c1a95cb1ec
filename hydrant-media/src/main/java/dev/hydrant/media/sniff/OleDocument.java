package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * doc / xls / ppt from an OLE compound file, as hydrus decides it (with the {@code olefile} library):
 * the root storage's CLSID names Word, PowerPoint or Excel; failing that, the {@code SummaryInformation}
 * stream's "creating application" (an 8-bit string) starts with "Microsoft Word", "Microsoft PowerPoint"
 * or "Microsoft Excel"; otherwise (and whenever the structure cannot be read) the file stays an
 * undetermined OLE file, which hydrus refuses.
 *
 * <p>Every sector chain is followed for at most as many steps as the file has sectors, so a looping
 * allocation table ends the walk.
 */
final class OleDocument {

    private static final Map<String, FileType> ROOT_CLSIDS = Map.ofEntries(
            Map.entry("00020900-0000-0000-C000-000000000046", FileType.APPLICATION_DOC),
            Map.entry("00020906-0000-0000-C000-000000000046", FileType.APPLICATION_DOC),
            Map.entry("00030003-0000-0000-C000-000000000046", FileType.APPLICATION_DOC),
            Map.entry("F4754C9B-64F5-4B40-8AF4-679732AC0607", FileType.APPLICATION_DOC),
            Map.entry("00044851-0000-0000-C000-000000000046", FileType.APPLICATION_PPT),
            Map.entry("64818D10-4F9B-11CF-86EA-00AA00B929E8", FileType.APPLICATION_PPT),
            Map.entry("EA7BAE70-FB3B-11CD-A903-00AA00510EA3", FileType.APPLICATION_PPT),
            Map.entry("CF4F55F4-8F87-4D47-80BB-5808164BB3F8", FileType.APPLICATION_PPT),
            Map.entry("00020810-0000-0000-C000-000000000046", FileType.APPLICATION_XLS),
            Map.entry("00020820-0000-0000-C000-000000000046", FileType.APPLICATION_XLS),
            Map.entry("00020830-0000-0000-C000-000000000046", FileType.APPLICATION_XLS));

    private static final long END_OF_CHAIN = 0xFFFFFFFEL;
    private static final int MAX_SUMMARY_BYTES = 1024 * 1024;
    private static final int PID_APPNAME = 0x12;
    private static final int VT_LPSTR = 0x1E;

    private final FileBytes file;
    private final int sectorSize;
    private final long sectorCount;
    private long[] fat;

    private OleDocument(FileBytes file, int sectorShift) {
        this.file = file;
        this.sectorSize = 1 << sectorShift;
        this.sectorCount = Math.max(1, (file.size() + sectorSize - 1) / sectorSize);
    }

    static FileType classify(FileBytes file) {
        try {
            byte[] header = file.prefix(512);
            if (header.length < 512) {
                return FileType.UNDETERMINED_OLE;
            }
            int shift = ByteFields.u16le(header, 0x1E);
            if (shift != 9 && shift != 12) {
                return FileType.UNDETERMINED_OLE;
            }
            OleDocument ole = new OleDocument(file, shift);
            byte[] root = ole.directoryEntry(header, 0);
            if (root == null) {
                return FileType.UNDETERMINED_OLE;
            }
            FileType byClsid = ROOT_CLSIDS.get(clsid(root, 0x50));
            if (byClsid != null) {
                return byClsid;
            }
            byte[] application = ole.creatingApplication(header, root);
            if (application != null) {
                String text = new String(application, StandardCharsets.ISO_8859_1);
                if (text.startsWith("Microsoft Word")) {
                    return FileType.APPLICATION_DOC;
                }
                if (text.startsWith("Microsoft PowerPoint")) {
                    return FileType.APPLICATION_PPT;
                }
                if (text.startsWith("Microsoft Excel")) {
                    return FileType.APPLICATION_XLS;
                }
            }
            return FileType.UNDETERMINED_OLE;
        } catch (RuntimeException e) {
            return FileType.UNDETERMINED_OLE;
        }
    }

    /** olefile's text form of a CLSID: upper-case, little-endian first three groups; empty when all zero. */
    static String clsid(byte[] b, int at) {
        boolean zero = true;
        for (int i = 0; i < 16; i++) {
            zero &= b[at + i] == 0;
        }
        if (zero) {
            return "";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%08X-%04X-%04X-",
                ByteFields.u32le(b, at), ByteFields.u16le(b, at + 4), ByteFields.u16le(b, at + 6)));
        for (int i = 8; i < 16; i++) {
            s.append(String.format(Locale.ROOT, "%02X", b[at + i] & 0xFF));
            if (i == 9) {
                s.append('-');
            }
        }
        return s.toString();
    }

    private long sectorOffset(long sector) {
        return (sector + 1) * sectorSize;
    }

    /** The 128 bytes of directory entry {@code index}, following the directory's chain; null if absent. */
    private byte[] directoryEntry(byte[] header, long index) {
        long perSector = sectorSize / 128;
        long sector = ByteFields.u32le(header, 0x30);
        for (long hop = index / perSector; hop > 0; hop--) {
            sector = next(header, sector);
            if (sector < 0) {
                return null;
            }
        }
        if (sector >= sectorCount) {
            return null;
        }
        byte[] entry = file.read(sectorOffset(sector) + (index % perSector) * 128, 128);
        return entry.length == 128 ? entry : null;
    }

    private long next(byte[] header, long sector) {
        long[] table = fat(header);
        if (sector < 0 || sector >= table.length) {
            return -1;
        }
        long n = table[(int) sector];
        return n >= sectorCount ? -1 : n;
    }

    /** The allocation table, read once from the sectors the DIFAT lists. */
    private long[] fat(byte[] header) {
        if (fat != null) {
            return fat;
        }
        long fatSectors = ByteFields.u32le(header, 0x2C);
        long entries = Math.min(fatSectors * (sectorSize / 4), sectorCount + 1);
        long[] table = new long[(int) Math.max(0, entries)];
        int filled = 0;
        int perDifat = sectorSize / 4 - 1;
        long difatSector = ByteFields.u32le(header, 0x44);
        int steps = 0;
        for (long i = 0; i < fatSectors && filled < table.length; i++) {
            long fatSector;
            if (i < 109) {
                fatSector = ByteFields.u32le(header, 0x4C + (int) i * 4);
            } else {
                long k = i - 109;
                long hop = k / perDifat;
                long sector = difatSector;
                for (long h = 0; h < hop && sector < sectorCount; h++) {
                    if (++steps > sectorCount) {
                        throw new SniffLimitException("difat loop");
                    }
                    sector = ByteFields.u32le(file.read(sectorOffset(sector) + (long) perDifat * 4, 4), 0);
                }
                if (sector >= sectorCount) {
                    break;
                }
                fatSector = ByteFields.u32le(file.read(sectorOffset(sector) + (k % perDifat) * 4, 4), 0);
            }
            if (fatSector >= sectorCount) {
                break;
            }
            byte[] data = file.read(sectorOffset(fatSector), sectorSize);
            for (int j = 0; j + 4 <= data.length && filled < table.length; j += 4) {
                table[filled++] = ByteFields.u32le(data, j);
            }
        }
        fat = filled == table.length ? table : java.util.Arrays.copyOf(table, filled);
        return fat;
    }

    /** PIDSI_APPNAME of the root's {@code \u0005SummaryInformation} stream, when it is an 8-bit string. */
    private byte[] creatingApplication(byte[] header, byte[] root) {
        byte[] entry = findRootChild(header, root, "\u0005summaryinformation");
        if (entry == null || ByteFields.u8(entry, 0x42) != 2) {
            return null;
        }
        long size = Math.min(ByteFields.u32le(entry, 0x78), MAX_SUMMARY_BYTES);
        long start = ByteFields.u32le(entry, 0x74);
        long cutoff = ByteFields.u32le(header, 0x38);
        byte[] stream = size < cutoff ? readMini(header, root, start, (int) size) : readChain(header, start, (int) size);
        return stream == null ? null : appName(stream);
    }

    private byte[] findRootChild(byte[] header, byte[] root, String lowerName) {
        Deque<Long> pending = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        pending.push(ByteFields.u32le(root, 0x4C));
        while (!pending.isEmpty()) {
            long index = pending.pop();
            if (index >= 0xFFFFFFFAL || !seen.add(index) || seen.size() > 100_000) {
                continue;
            }
            byte[] entry = directoryEntry(header, index);
            if (entry == null) {
                continue;
            }
            int nameBytes = Math.min(Math.max(ByteFields.u16le(entry, 0x40) - 2, 0), 62);
            String name = new String(entry, 0, nameBytes, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
            if (name.equals(lowerName)) {
                return entry;
            }
            pending.push(ByteFields.u32le(entry, 0x44));
            pending.push(ByteFields.u32le(entry, 0x48));
        }
        return null;
    }

    /**
     * A stream stored in regular sectors. Like olefile, the chain must not revisit a sector and must end
     * right after the stream's last sector.
     */
    private byte[] readChain(byte[] header, long start, int size) {
        long[] table = fat(header);
        byte[] out = new byte[size];
        int filled = 0;
        long sector = start;
        Set<Long> seen = new HashSet<>();
        while (filled < size) {
            if (sector < 0 || sector >= sectorCount || sector >= table.length || !seen.add(sector)) {
                return null;
            }
            int want = Math.min(sectorSize, size - filled);
            byte[] data = file.read(sectorOffset(sector), want);
            if (data.length < want) {
                return null;
            }
            System.arraycopy(data, 0, out, filled, want);
            filled += want;
            sector = table[(int) sector];
        }
        return size == 0 || sector == END_OF_CHAIN ? out : null;
    }

    private byte[] readMini(byte[] header, byte[] root, long start, int size) {
        int miniSize = 1 << ByteFields.u16le(header, 0x20);
        long miniFatStart = ByteFields.u32le(header, 0x3C);
        long miniFatSectors = ByteFields.u32le(header, 0x40);
        long rootSize = Math.min(ByteFields.u32le(root, 0x78), 64L * 1024 * 1024);
        if (miniSize <= 0 || miniSize > sectorSize || miniFatSectors > sectorCount) {
            return null;
        }
        byte[] miniFat = readChain(header, miniFatStart, (int) Math.min(miniFatSectors * sectorSize, 64L * 1024 * 1024));
        byte[] container = readChain(header, ByteFields.u32le(root, 0x74), (int) rootSize);
        if (miniFat == null || container == null) {
            return null;
        }
        byte[] out = new byte[size];
        int filled = 0;
        long sector = start;
        for (int steps = 0; filled < size; steps++) {
            long offset = sector * miniSize;
            if (sector < 0 || offset + miniSize > container.length || steps > container.length / miniSize) {
                return null;
            }
            int n = Math.min(miniSize, size - filled);
            System.arraycopy(container, (int) offset, out, filled, n);
            filled += n;
            sector = 4 * sector + 4 <= miniFat.length ? ByteFields.u32le(miniFat, (int) sector * 4) : END_OF_CHAIN;
            if (sector == END_OF_CHAIN && filled < size) {
                return null;
            }
        }
        return out;
    }

    /** The property set's PIDSI_APPNAME value, with NUL bytes removed as olefile does. */
    private static byte[] appName(byte[] s) {
        if (s.length < 48) {
            return null;
        }
        int set = (int) ByteFields.u32le(s, 44);
        long count = ByteFields.u32le(s, set + 4);
        for (long i = 0; i < count && i < 10_000; i++) {
            int at = set + 8 + (int) i * 8;
            if (at + 8 > s.length) {
                return null;
            }
            if (ByteFields.u32le(s, at) != PID_APPNAME) {
                continue;
            }
            int value = set + (int) ByteFields.u32le(s, at + 4);
            if (ByteFields.u32le(s, value) != VT_LPSTR) {
                return null;
            }
            long length = ByteFields.u32le(s, value + 4);
            int from = value + 8;
            int to = (int) Math.min(s.length, from + Math.max(0, length - 1));
            if (from > to) {
                return null;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int k = from; k < to; k++) {
                if (s[k] != 0) {
                    out.write(s[k]);
                }
            }
            return out.toByteArray();
        }
        return null;
    }
}
