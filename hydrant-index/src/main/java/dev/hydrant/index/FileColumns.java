package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaFlags;
import dev.hydrant.core.files.MediaProperties;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every searchable and sortable attribute of every file, one primitive array per attribute indexed by file id
 * (hydrus's hash id), so system predicates and sorts read memory, never SQL.
 *
 * <p>Invariants: missing values are {@link #NULL_INT}/{@link #NULL_LONG}; a file without a record has size
 * {@code -1}. One writer ({@link #update}, called after each commit in commit order, before the file domains show the
 * change) writes values in place — single primitive writes, so a reader sees each value old or new, never torn —
 * and grows arrays by copying them into a new {@link Data} published through one volatile field. A new file is
 * complete here before it appears in any domain bit set, so searches never see half a file.
 */
public final class FileColumns {
    public static final int NULL_INT = Integer.MIN_VALUE;
    public static final long NULL_LONG = Long.MIN_VALUE;

    /** Bits of {@link Data#bits}: the seven {@link MediaFlags} first, then these. */
    public static final int FORCED_TYPE = 1 << 8;
    public static final int AUDIO_KNOWN = 1 << 9;
    public static final int AUDIO = 1 << 10;
    public static final int INBOX = 1 << 11;
    public static final int RECORD = 1 << 12;
    public static final int PIXEL_HASH = 1 << 13;

    private static final FileType[] TYPES = FileType.values();

    /** The arrays; a reader takes {@link #data()} once and reads only that. */
    public static final class Data {
        public final int capacity;
        public final long[] size;
        public final short[] type;
        public final int[] width;
        public final int[] height;
        public final long[] durationMs;
        public final int[] frames;
        public final int[] words;
        public final int[] bits;
        public final long[] importedMs;
        public final long[] archivedMs;
        public final long[] modifiedMs;
        /** The first nine characters of the blurhash packed in order (7 bits each); NULL_LONG for none. */
        public final long[] blurhashKey;
        /** The blurhash's average colour as 0xRRGGBB, or -1. */
        public final int[] averageColour;
        /** The first 8 bytes of the pixel hash (big-endian), when {@link #PIXEL_HASH} is set. */
        public final long[] pixelHashPrefix;
        /** 32 bytes per file: the sha256. */
        public final byte[] sha256;

        Data(int capacity) {
            this.capacity = capacity;
            size = new long[capacity];
            Arrays.fill(size, -1);
            type = new short[capacity];
            width = nullInts(capacity);
            height = nullInts(capacity);
            durationMs = nullLongs(capacity);
            frames = nullInts(capacity);
            words = nullInts(capacity);
            bits = new int[capacity];
            importedMs = nullLongs(capacity);
            archivedMs = nullLongs(capacity);
            modifiedMs = nullLongs(capacity);
            blurhashKey = nullLongs(capacity);
            averageColour = new int[capacity];
            Arrays.fill(averageColour, -1);
            pixelHashPrefix = new long[capacity];
            sha256 = new byte[capacity * 32];
        }

        Data(Data old, int capacity) {
            this(capacity);
            int n = old.capacity;
            System.arraycopy(old.size, 0, size, 0, n);
            System.arraycopy(old.type, 0, type, 0, n);
            System.arraycopy(old.width, 0, width, 0, n);
            System.arraycopy(old.height, 0, height, 0, n);
            System.arraycopy(old.durationMs, 0, durationMs, 0, n);
            System.arraycopy(old.frames, 0, frames, 0, n);
            System.arraycopy(old.words, 0, words, 0, n);
            System.arraycopy(old.bits, 0, bits, 0, n);
            System.arraycopy(old.importedMs, 0, importedMs, 0, n);
            System.arraycopy(old.archivedMs, 0, archivedMs, 0, n);
            System.arraycopy(old.modifiedMs, 0, modifiedMs, 0, n);
            System.arraycopy(old.blurhashKey, 0, blurhashKey, 0, n);
            System.arraycopy(old.averageColour, 0, averageColour, 0, n);
            System.arraycopy(old.pixelHashPrefix, 0, pixelHashPrefix, 0, n);
            System.arraycopy(old.sha256, 0, sha256, 0, n * 32);
        }

        public boolean hasRecord(int id) {
            return id < capacity && (bits[id] & RECORD) != 0;
        }

        public FileType fileType(int id) {
            return TYPES[type[id]];
        }

        public boolean inbox(int id) {
            return (bits[id] & INBOX) != 0;
        }

        public ByteKey sha256(int id) {
            return ByteKey.of(Arrays.copyOfRange(sha256, id * 32, id * 32 + 32));
        }

        /** The first 8 bytes of the sha256, big-endian, as an unsigned order key. */
        public long sha256Prefix(int id) {
            long v = 0;
            int at = id * 32;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (sha256[at + i] & 0xFF);
            }
            return v;
        }

        private static int[] nullInts(int n) {
            int[] a = new int[n];
            Arrays.fill(a, NULL_INT);
            return a;
        }

        private static long[] nullLongs(int n) {
            long[] a = new long[n];
            Arrays.fill(a, NULL_LONG);
            return a;
        }
    }

    private volatile Data data = new Data(1024);
    private final HashLookup hashes = new HashLookup();

    public Data data() {
        return data;
    }

    /** The id of an imported file by sha256, or -1. */
    public int idOf(ByteKey sha256) {
        return hashes.get(sha256, data);
    }

    /** Installs columns read from an index snapshot (start-up, before any reader) and rebuilds the hash table. */
    public synchronized void install(Data loaded) {
        data = loaded;
        for (int id = 0; id < loaded.capacity; id++) {
            if ((loaded.bits[id] & RECORD) != 0) {
                hashes.put(loaded.sha256(id), id, loaded);
            }
        }
    }

    /** Writes the files' current state (start-up load and after each commit). */
    public synchronized void update(Collection<FileState> states) {
        int max = -1;
        for (FileState s : states) {
            max = Math.max(max, Math.toIntExact(s.fileId()));
        }
        Data d = data;
        if (max >= d.capacity) {
            int capacity = d.capacity;
            while (capacity <= max) {
                capacity = capacity < (1 << 20) ? capacity * 2 : capacity + (capacity >> 1);
            }
            d = new Data(d, capacity);
        }
        for (FileState s : states) {
            write(d, s);
        }
        data = d;
        for (FileState s : states) {
            if (s.record() != null) {
                hashes.put(s.sha256(), Math.toIntExact(s.fileId()), d);
            }
        }
    }

    private static void write(Data d, FileState s) {
        int id = Math.toIntExact(s.fileId());
        FileRecord r = s.record();
        System.arraycopy(s.sha256().bytes(), 0, d.sha256, id * 32, 32);
        if (r == null) {
            d.bits[id] = 0;
            d.size[id] = -1;
            return;
        }
        MediaProperties m = r.media();
        d.size[id] = r.size();
        d.type[id] = (short) r.type().ordinal();
        d.width[id] = m.width() == null ? NULL_INT : m.width();
        d.height[id] = m.height() == null ? NULL_INT : m.height();
        d.durationMs[id] = m.durationMs() == null ? NULL_LONG : m.durationMs();
        d.frames[id] = m.numFrames() == null ? NULL_INT : m.numFrames();
        d.words[id] = m.numWords() == null ? NULL_INT : m.numWords();
        int bits = m.flags().bits() | RECORD;
        if (r.typeForced()) {
            bits |= FORCED_TYPE;
        }
        if (m.hasAudio() != null) {
            bits |= AUDIO_KNOWN | (m.hasAudio() ? AUDIO : 0);
        }
        if (s.inbox()) {
            bits |= INBOX;
        }
        if (m.pixelHash() != null) {
            bits |= PIXEL_HASH;
            byte[] p = m.pixelHash().bytes();
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (p[i] & 0xFF);
            }
            d.pixelHashPrefix[id] = v;
        }
        d.importedMs[id] = importTime(s.locations());
        d.archivedMs[id] = s.archivedMs() == null ? NULL_LONG : s.archivedMs();
        d.modifiedMs[id] = r.fileModifiedMs() == null ? d.importedMs[id] : r.fileModifiedMs();
        d.blurhashKey[id] = Blurhashes.orderKey(m.blurhash());
        d.averageColour[id] = Blurhashes.averageColour(m.blurhash());
        d.bits[id] = bits;
    }

    /**
     * The import time searches and sorts use: the earliest arrival in a current domain, else the earliest original
     * import time of a deletion record.
     */
    static long importTime(FileLocations locations) {
        long best = NULL_LONG;
        for (Long t : locations.current().values()) {
            if (t != null && (best == NULL_LONG || t < best)) {
                best = t;
            }
        }
        if (best == NULL_LONG) {
            for (FileLocations.Deletion del : locations.deleted().values()) {
                Long t = del.originalImportedMs();
                if (t != null && (best == NULL_LONG || t < best)) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** How many file ids have a record (a scan; for logs and benchmarks). */
    public int countFiles() {
        Data d = data;
        int n = 0;
        for (int i = 0; i < d.capacity; i++) {
            if ((d.bits[i] & RECORD) != 0) {
                n++;
            }
        }
        return n;
    }

    /** Heap bytes of the columns. */
    public long approximateBytes() {
        Data d = data;
        return (long) d.capacity * (8 + 2 + 4 + 4 + 8 + 4 + 4 + 4 + 8 + 8 + 8 + 8 + 4 + 8 + 32) + hashes.bytes();
    }

    /**
     * sha256 → id without boxing: an open-addressing table of ids keyed by the hash's first four bytes, the keys
     * themselves read from the columns' sha256 arena.
     */
    static final class HashLookup {
        private int[] table = new int[1 << 12];
        private int count;

        synchronized void put(ByteKey sha256, int id, Data d) {
            if (get(sha256, d) == id) {
                return;
            }
            if ((count + 1) * 2 > table.length) {
                int[] old = table;
                int[] grown = new int[old.length * 2];
                for (int existing : old) {
                    if (existing != 0) {
                        insert(grown, existing, slot(d, existing));
                    }
                }
                table = grown;
            }
            insert(table, id + 1, start(sha256.bytes()));
            count++;
        }

        private static void insert(int[] t, int stored, int start) {
            int mask = t.length - 1;
            int i = start & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = stored;
        }

        private static int slot(Data d, int stored) {
            int at = (stored - 1) * 32;
            return (d.sha256[at] & 0xFF) << 24 | (d.sha256[at + 1] & 0xFF) << 16 | (d.sha256[at + 2] & 0xFF) << 8
                    | (d.sha256[at + 3] & 0xFF);
        }

        private static int start(byte[] h) {
            return (h[0] & 0xFF) << 24 | (h[1] & 0xFF) << 16 | (h[2] & 0xFF) << 8 | (h[3] & 0xFF);
        }

        int get(ByteKey sha256, Data d) {
            byte[] h = sha256.bytes();
            if (h.length != 32) {
                return -1;
            }
            int[] t = table;
            int mask = t.length - 1;
            int i = start(h) & mask;
            while (t[i] != 0) {
                int id = t[i] - 1;
                if (id < d.capacity && Arrays.equals(d.sha256, id * 32, id * 32 + 32, h, 0, 32)) {
                    return id;
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        long bytes() {
            return 4L * table.length;
        }
    }
}
