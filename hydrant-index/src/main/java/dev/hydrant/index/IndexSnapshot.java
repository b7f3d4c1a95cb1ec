package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainMembership;
import dev.hydrant.core.tags.TagStatus;
import org.roaringbitmap.RoaringBitmap;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory indexes written to one file when a library closes and read back when it opens, so a start-up is a
 * sequential read instead of a rebuild from SQLite.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): the magic {@value #MAGIC}; the store's {@code fingerprint} (a
 * text the caller derives from the database files, so a database changed since the snapshot was written is noticed
 * and the snapshot ignored); the domain bit sets (current, then deleted: count, then per domain its key and its
 * words); the columns (capacity, then each array whole, the sha256 arena last); the tag vocabulary (count, then id
 * and text); the postings (per service and status: count, then per tag its id, a kind byte — 0 for an {@code int[]},
 * 1 for a Roaring bitmap in its portable serialisation — and the data); and the magic again, so a truncated file is
 * refused. The file is written under a temporary name and renamed into place, so a crash leaves the old one or none.
 */
public final class IndexSnapshot {
    static final String MAGIC = "hydrant-index-snapshot-1";

    private IndexSnapshot() {
    }

    /** What a snapshot holds, to install. */
    public record Contents(Map<ByteKey, BitSet> current, Map<ByteKey, BitSet> deleted, FileColumns.Data columns,
                           int[] tagIds, String[] tags, PostingMappingIndex postings) {
    }

    public static void write(Path file, String fingerprint, FileDomainMembership domains, FileColumns columns,
                             TagWordIndex vocabulary, PostingMappingIndex postings) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                1 << 20))) {
            out.writeUTF(MAGIC);
            out.writeUTF(fingerprint);
            writeSets(out, domains.allCurrent());
            writeSets(out, domains.allDeleted());
            writeColumns(out, columns.data());
            List<Integer> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            vocabulary.forEachTag((text, id) -> {
                ids.add(id);
                texts.add(text);
            });
            out.writeInt(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                out.writeInt(ids.get(i));
                out.writeUTF(texts.get(i));
            }
            Map<ByteKey, Set<TagStatus>> services = postings.services();
            out.writeInt(services.size());
            for (Map.Entry<ByteKey, Set<TagStatus>> e : services.entrySet()) {
                writeKey(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (TagStatus status : e.getValue()) {
                    out.writeInt(status.ordinal());
                    List<Object[]> tags = new ArrayList<>();
                    postings.forEachMapping(e.getKey(), status, (tagId, array) -> tags.add(new Object[]{tagId, array}),
                            (tagId, bitmap) -> tags.add(new Object[]{tagId, bitmap}));
                    out.writeInt(tags.size());
                    for (Object[] t : tags) {
                        out.writeInt((Integer) t[0]);
                        if (t[1] instanceof int[] array) {
                            out.writeByte(0);
                            writeInts(out, array);
                        } else {
                            out.writeByte(1);
                            RoaringBitmap b = (RoaringBitmap) t[1];
                            out.writeInt(b.serializedSizeInBytes());
                            b.serialize(out);
                        }
                    }
                }
            }
            out.writeUTF(MAGIC);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a snapshot written for {@code fingerprint}; empty when the file is missing, was written for another
     * fingerprint, or is damaged (the caller then rebuilds from the store).
     */
    public static java.util.Optional<Contents> read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (!MAGIC.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())) {
                return java.util.Optional.empty();
            }
            Map<ByteKey, BitSet> current = readSets(in);
            Map<ByteKey, BitSet> deleted = readSets(in);
            FileColumns.Data columns = readColumns(in);
            int tagCount = in.readInt();
            int[] tagIds = new int[tagCount];
            String[] tags = new String[tagCount];
            for (int i = 0; i < tagCount; i++) {
                tagIds[i] = in.readInt();
                tags[i] = in.readUTF();
            }
            PostingMappingIndex postings = new PostingMappingIndex();
            int services = in.readInt();
            for (int s = 0; s < services; s++) {
                ByteKey service = readKey(in);
                int statuses = in.readInt();
                for (int st = 0; st < statuses; st++) {
                    TagStatus status = TagStatus.values()[in.readInt()];
                    int n = in.readInt();
                    for (int t = 0; t < n; t++) {
                        int tagId = in.readInt();
                        if (in.readByte() == 0) {
                            postings.install(service, status, tagId, readInts(in));
                        } else {
                            in.readInt();
                            RoaringBitmap b = new RoaringBitmap();
                            b.deserialize(in);
                            postings.install(service, status, tagId, b);
                        }
                    }
                }
            }
            if (!MAGIC.equals(in.readUTF())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Contents(current, deleted, columns, tagIds, tags, postings));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static void writeSets(DataOutputStream out, Map<ByteKey, BitSet> sets) throws IOException {
        out.writeInt(sets.size());
        for (Map.Entry<ByteKey, BitSet> e : sets.entrySet()) {
            writeKey(out, e.getKey());
            long[] words = e.getValue().toLongArray();
            writeLongs(out, words);
        }
    }

    private static Map<ByteKey, BitSet> readSets(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<ByteKey, BitSet> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ByteKey key = readKey(in);
            out.put(key, BitSet.valueOf(readLongs(in)));
        }
        return out;
    }

    private static void writeColumns(DataOutputStream out, FileColumns.Data d) throws IOException {
        out.writeInt(d.capacity);
        writeLongs(out, d.size);
        out.writeInt(d.type.length);
        for (short v : d.type) {
            out.writeShort(v);
        }
        writeInts(out, d.width);
        writeInts(out, d.height);
        writeLongs(out, d.durationMs);
        writeInts(out, d.frames);
        writeInts(out, d.words);
        writeInts(out, d.bits);
        writeLongs(out, d.importedMs);
        writeLongs(out, d.archivedMs);
        writeLongs(out, d.modifiedMs);
        writeLongs(out, d.blurhashKey);
        writeInts(out, d.averageColour);
        writeLongs(out, d.pixelHashPrefix);
        out.writeInt(d.sha256.length);
        out.write(d.sha256);
    }

    private static FileColumns.Data readColumns(DataInputStream in) throws IOException {
        FileColumns.Data d = new FileColumns.Data(in.readInt());
        readInto(in, d.size);
        int types = in.readInt();
        for (int i = 0; i < types; i++) {
            d.type[i] = in.readShort();
        }
        readInto(in, d.width);
        readInto(in, d.height);
        readInto(in, d.durationMs);
        readInto(in, d.frames);
        readInto(in, d.words);
        readInto(in, d.bits);
        readInto(in, d.importedMs);
        readInto(in, d.archivedMs);
        readInto(in, d.modifiedMs);
        readInto(in, d.blurhashKey);
        readInto(in, d.averageColour);
        readInto(in, d.pixelHashPrefix);
        int arena = in.readInt();
        in.readFully(d.sha256, 0, arena);
        return d;
    }

    private static void writeKey(DataOutputStream out, ByteKey key) throws IOException {
        byte[] b = key.bytes();
        out.writeInt(b.length);
        out.write(b);
    }

    private static ByteKey readKey(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return ByteKey.of(b);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static void readInto(DataInputStream in, int[] a) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            a[i] = in.readInt();
        }
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    private static void readInto(DataInputStream in, long[] a) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            a[i] = in.readLong();
        }
    }
}
