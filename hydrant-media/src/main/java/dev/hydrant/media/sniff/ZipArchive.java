package dev.hydrant.media.sniff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A read-only view of a zip file that behaves like Python's {@code zipfile}, because hydrus's zip
 * rules are written against it: the end record is looked for in the last 64 KiB + 22 bytes (last
 * occurrence wins), zip64 records are honoured, entries come from the central directory in its order,
 * names are UTF-8 when flag bit 11 is set and cp437 otherwise, a name lookup finds the last entry of
 * that name, and reading an entry checks the local header (signature, matching name, no overlap with the
 * next entry), supports stored and deflated data, and verifies the CRC.
 *
 * <p>Bounds: the directory is read sequentially and at most {@link #MAX_ENTRIES} entries are accepted;
 * entry contents are streamed and never kept beyond the caller's byte cap.
 */
final class ZipArchive {

    static final int MAX_ENTRIES = 1_000_000;
    private static final int END_RECORD = 22;
    private static final int MAX_COMMENT = 65_536;
    private static final long NOT_SET = 0xFFFFFFFFL;
    private static final Charset CP437 = Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    /** Raised for anything Python's {@code zipfile} would reject. */
    static final class BadZip extends Exception {
        private static final long serialVersionUID = 1L;

        BadZip(String message) {
            super(message, null, false, false);
        }
    }

    record Entry(String name, String originalName, int flags, int method, long crc, long compressedSize, long size,
                 long headerOffset, long endOffset) {

        boolean isDirectory() {
            return name.endsWith("/");
        }

        boolean isEncrypted() {
            return (flags & 1) != 0;
        }
    }

    private final FileBytes file;
    private final List<Entry> entries;
    private final Map<String, Entry> byName;

    private ZipArchive(FileBytes file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
        this.byName = new HashMap<>();
        for (Entry e : entries) {
            byName.put(e.name(), e);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry stored under exactly this name (the last one, if several), or {@code null}. */
    Entry find(String name) {
        return byName.get(name);
    }

    static ZipArchive open(FileBytes file) throws BadZip {
        long fileSize = file.size();
        if (fileSize < END_RECORD) {
            throw new BadZip("File is not a zip file");
        }
        long endPos;
        byte[] end = file.read(fileSize - END_RECORD, END_RECORD);
        if (ByteFields.matchesAt(end, 0, "PK\u0005\u0006") && end[20] == 0 && end[21] == 0) {
            endPos = fileSize - END_RECORD;
        } else {
            long searchStart = Math.max(fileSize - MAX_COMMENT - END_RECORD, 0);
            byte[] tail = file.read(searchStart, (int) (fileSize - searchStart));
            int found = lastIndexOf(tail, ByteFields.ascii("PK\u0005\u0006"));
            if (found < 0 || found + END_RECORD > tail.length) {
                throw new BadZip("File is not a zip file");
            }
            endPos = searchStart + found;
            end = java.util.Arrays.copyOfRange(tail, found, found + END_RECORD);
        }
        long sizeCd = ByteFields.u32le(end, 12);
        long offsetCd = ByteFields.u32le(end, 16);
        long concat = endPos - sizeCd - offsetCd;

        byte[] locator = file.read(endPos - 20, 20);
        if (endPos >= 20 && ByteFields.matchesAt(locator, 0, "PK\u0006\u0007")) {
            if (ByteFields.u32le(locator, 4) != 0 || ByteFields.u32le(locator, 16) > 1) {
                throw new BadZip("zipfiles that span multiple disks are not supported");
            }
            byte[] end64 = file.read(endPos - 20 - 56, 56);
            if (endPos >= 76 && end64.length == 56 && ByteFields.matchesAt(end64, 0, "PK\u0006\u0006")) {
                sizeCd = ByteFields.u64le(end64, 40);
                offsetCd = ByteFields.u64le(end64, 48);
                concat = endPos - sizeCd - offsetCd - 56 - 20;
            }
        }
        long startDir = offsetCd + concat;
        if (startDir < 0 || sizeCd < 0) {
            throw new BadZip("Bad offset for central directory");
        }
        List<Entry> raw = readDirectory(file, startDir, sizeCd, concat);
        return new ZipArchive(file, withEndOffsets(raw, startDir));
    }

    private static List<Entry> readDirectory(FileBytes file, long startDir, long sizeCd, long concat) throws BadZip {
        List<Entry> list = new ArrayList<>();
        long available = Math.max(0, Math.min(sizeCd, file.size() - startDir));
        try (InputStream in = new BoundedInput(file.streamFrom(startDir), available)) {
            long total = 0;
            while (total < sizeCd) {
                if (list.size() >= MAX_ENTRIES) {
                    throw new BadZip("too many entries");
                }
                if (total + 46 > available) {
                    throw new BadZip("Truncated central directory");
                }
                byte[] header = in.readNBytes(46);
                if (header.length != 46) {
                    throw new BadZip("Truncated central directory");
                }
                if (!ByteFields.matchesAt(header, 0, "PK\u0001\u0002")) {
                    throw new BadZip("Bad magic number for central directory");
                }
                int flags = ByteFields.u16le(header, 8);
                int method = ByteFields.u16le(header, 10);
                long crc = ByteFields.u32le(header, 16);
                long compressed = ByteFields.u32le(header, 20);
                long size = ByteFields.u32le(header, 24);
                int nameLength = ByteFields.u16le(header, 28);
                int extraLength = ByteFields.u16le(header, 30);
                int commentLength = ByteFields.u16le(header, 32);
                long headerOffset = ByteFields.u32le(header, 42);
                byte[] nameBytes = in.readNBytes(nameLength);
                byte[] extra = in.readNBytes(extraLength);
                in.readNBytes(commentLength);
                String original = decodeName(nameBytes, flags);
                long[] z64 = decodeZip64(extra, size, compressed, headerOffset);
                int nul = original.indexOf('\0');
                String name = nul >= 0 ? original.substring(0, nul) : original;
                list.add(new Entry(name, original, flags, method, crc, z64[1], z64[0], z64[2] + concat, -1));
                total += 46L + nameLength + extraLength + commentLength;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadZip("Truncated central directory");
        } catch (SniffLimitException e) {
            throw new BadZip("central directory too large to read");
        }
        return list;
    }

    /** Each entry's data may not run into the next local header (or the directory), as Python checks. */
    private static List<Entry> withEndOffsets(List<Entry> raw, long startDir) {
        List<Entry> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingLong(Entry::headerOffset));
        Map<Entry, Long> ends = new java.util.IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            long end = i + 1 < sorted.size() ? sorted.get(i + 1).headerOffset() : startDir;
            ends.put(sorted.get(i), end);
        }
        List<Entry> out = new ArrayList<>(raw.size());
        for (Entry e : raw) {
            out.add(new Entry(e.name(), e.originalName(), e.flags(), e.method(), e.crc(), e.compressedSize(), e.size(),
                    e.headerOffset(), ends.get(e)));
        }
        return List.copyOf(out);
    }

    private static String decodeName(byte[] bytes, int flags) throws BadZip {
        if ((flags & 0x800) == 0) {
            return new String(bytes, CP437);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadZip("bad utf-8 file name");
        }
    }

    /** {size, compressed size, header offset}, with zip64 values filled in where the 32-bit fields are full. */
    private static long[] decodeZip64(byte[] extra, long size, long compressed, long offset) throws BadZip {
        long[] out = {size, compressed, offset};
        int pos = 0;
        while (pos + 4 <= extra.length) {
            int type = ByteFields.u16le(extra, pos);
            int length = ByteFields.u16le(extra, pos + 2);
            if (pos + 4 + length > extra.length) {
                throw new BadZip("Corrupt extra field");
            }
            if (type == 0x0001) {
                int field = pos + 4;
                int fieldEnd = field + length;
                for (int i = 0; i < 3; i++) {
                    if (out[i] == NOT_SET) {
                        if (field + 8 > fieldEnd) {
                            throw new BadZip("Corrupt zip64 extra field");
                        }
                        out[i] = ByteFields.u64le(extra, field);
                        field += 8;
                    }
                }
            }
            pos += 4 + length;
        }
        return out;
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (ByteFields.matchesAt(haystack, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** The entry's contents, at most {@code maxBytes} of them (more is an error). */
    byte[] read(Entry entry, int maxBytes) throws BadZip {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        consume(entry, maxBytes, false, (b, off, len) -> out.write(b, off, len));
        return out.toByteArray();
    }

    /**
     * Reads the whole entry and checks it, as {@code zip.open(name).read()} would, without keeping the data.
     * An entry whose inflated size passes {@code maxInflated} is taken as readable.
     */
    void verify(Entry entry, long maxInflated) throws BadZip {
        consume(entry, maxInflated, true, (b, off, len) -> { });
    }

    @FunctionalInterface
    private interface Sink {
        void accept(byte[] b, int off, int len);
    }

    /** Thrown inside {@link #consume} when the caller's cap is reached; the data is fine so far. */
    private static final class CapReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CapReached() {
            super(null, null, false, false);
        }
    }

    private void consume(Entry entry, long cap, boolean capMeansReadable, Sink sink) throws BadZip {
        if (entry.isEncrypted()) {
            throw new BadZip("File is encrypted, password required for extraction");
        }
        if ((entry.flags() & 0x60) != 0) {
            throw new BadZip("unsupported zip feature (flag bits 5/6)");
        }
        byte[] local = file.read(entry.headerOffset(), 30);
        if (local.length != 30) {
            throw new BadZip("Truncated file header");
        }
        if (!ByteFields.matchesAt(local, 0, "PK\u0003\u0004")) {
            throw new BadZip("Bad magic number for file header");
        }
        int nameLength = ByteFields.u16le(local, 26);
        int extraLength = ByteFields.u16le(local, 28);
        String localName = decodeName(file.read(entry.headerOffset() + 30, nameLength), ByteFields.u16le(local, 6));
        if (!localName.equals(entry.originalName())) {
            throw new BadZip("File name in directory and header differ");
        }
        long dataStart = entry.headerOffset() + 30 + nameLength + extraLength;
        if (entry.endOffset() >= 0 && dataStart + entry.compressedSize() > entry.endOffset()) {
            throw new BadZip("Overlapped entries");
        }
        CRC32 crc = new CRC32();
        long[] produced = {0};
        Sink counting = (b, off, len) -> {
            crc.update(b, off, len);
            produced[0] += len;
            if (produced[0] > cap) {
                throw new CapReached();
            }
            sink.accept(b, off, len);
        };
        try (InputStream in = file.streamFrom(dataStart)) {
            switch (entry.method()) {
                case 0 -> copyStored(in, entry.compressedSize(), counting);
                case 8 -> inflate(in, entry.compressedSize(), counting);
                default -> throw new BadZip("That compression method is not supported");
            }
        } catch (CapReached e) {
            if (capMeansReadable) {
                return;
            }
            throw new BadZip("entry larger than allowed");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadZip("read error");
        } catch (SniffLimitException e) {
            throw new BadZip("entry too large to check");
        }
        if (crc.getValue() != entry.crc()) {
            throw new BadZip("Bad CRC-32");
        }
    }

    private static void copyStored(InputStream in, long length, Sink sink) throws IOException, BadZip {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new BadZip("truncated entry");
            }
            sink.accept(buffer, 0, n);
            left -= n;
        }
    }

    private static void inflate(InputStream in, long length, Sink sink) throws IOException, BadZip {
        Inflater inflater = new Inflater(true);
        try {
            byte[] input = new byte[64 * 1024];
            byte[] output = new byte[64 * 1024];
            long left = length;
            int idle = 0;
            while (!inflater.finished()) {
                if (idle > 16) {
                    throw new BadZip("deflate stream makes no progress");
                }
                if (inflater.needsInput()) {
                    if (left <= 0) {
                        break;
                    }
                    int n = in.read(input, 0, (int) Math.min(input.length, left));
                    if (n < 0) {
                        throw new BadZip("truncated entry");
                    }
                    left -= n;
                    inflater.setInput(input, 0, n);
                }
                int produced = inflater.inflate(output);
                idle = produced > 0 || inflater.needsInput() ? 0 : idle + 1;
                if (produced > 0) {
                    sink.accept(output, 0, produced);
                } else if (inflater.needsDictionary()) {
                    throw new BadZip("bad deflate stream");
                } else if (!inflater.finished() && inflater.needsInput() && left <= 0) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw new BadZip("bad deflate stream");
        } finally {
            inflater.end();
        }
    }

    /** Reads at most {@code limit} bytes of the wrapped stream, then reports the end. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private long left;

        BoundedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
