package dev.hydrant.bench;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.services.DefaultServices;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic library written straight into a data folder's SQLite database (after
 * {@code Library.open} created the schema and default services): N imported files with realistic sizes, dimensions,
 * durations, types, import times and inbox/archive state in "my files", and a vocabulary of V tags (with namespaces)
 * whose mappings to files follow a Zipf distribution, on "my tags". Rows are inserted in primary-key order in one
 * transaction per table; the by-file mapping index is rebuilt after the load.
 */
final class SyntheticLibrary {
    static final String[] NAMESPACES = {"", "", "", "", "character", "series", "creator", "meta"};
    private static final FileType[] TYPES = {FileType.fromMime("image/jpeg").orElseThrow(),
            FileType.fromMime("image/png").orElseThrow(), FileType.fromMime("image/gif").orElseThrow(),
            FileType.fromMime("video/webm").orElseThrow(), FileType.fromMime("video/mp4").orElseThrow()};
    static final long START_MS = 1_500_000_000_000L;

    final int files;
    final int vocabulary;
    final int meanTags;
    final String[] tags;
    long mappings;

    SyntheticLibrary(int files, int vocabulary, int meanTags) {
        this.files = files;
        this.vocabulary = vocabulary;
        this.meanTags = meanTags;
        this.tags = new String[vocabulary];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < vocabulary; i++) {
            String ns = i < 8 ? "" : NAMESPACES[r.nextInt(NAMESPACES.length)];
            String sub = TagBenchmark.word(r) + " " + Integer.toString(i, 36);
            tags[i] = ns.isEmpty() ? sub : ns + ":" + sub;
        }
    }

    /** The tag of popularity rank {@code rank} (0 is the most used). */
    String tag(int rank) {
        return tags[rank];
    }

    void write(Path database) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=OFF");
                st.execute("PRAGMA cache_size=-1000000");
                st.execute("DROP INDEX IF EXISTS current_mappings_by_file");
            }
            c.setAutoCommit(false);
            int myFiles = serviceId(c, DefaultServices.MY_FILES.bytes());
            int combined = serviceId(c, DefaultServices.COMBINED_LOCAL_FILE_DOMAINS.bytes());
            int storage = serviceId(c, DefaultServices.HYDRUS_LOCAL_FILE_STORAGE.bytes());
            int myTags = serviceId(c, DefaultServices.MY_TAGS.bytes());
            writeFiles(c, myFiles, combined, storage);
            c.commit();
            writeTags(c);
            c.commit();
            writeMappings(c, myTags);
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE INDEX current_mappings_by_file ON current_mappings (hash_id, service_id, tag_id)");
                st.execute("ANALYZE");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    private static int serviceId(Connection c, byte[] key) throws Exception {
        try (PreparedStatement st = c.prepareStatement("SELECT service_id FROM services WHERE service_key = ?")) {
            st.setBytes(1, key);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static byte[] sha256(int id) {
        byte[] b = new byte[32];
        long x = id * 0x9E3779B97F4A7C15L;
        for (int k = 0; k < 4; k++) {
            x ^= x >>> 31;
            x *= 0xBF58476D1CE4E5B9L;
            for (int j = 0; j < 8; j++) {
                b[k * 8 + j] = (byte) (x >>> (8 * j));
            }
        }
        return b;
    }

    private void writeFiles(Connection c, int myFiles, int combined, int storage) throws Exception {
        SplittableRandom r = new SplittableRandom(11);
        try (PreparedStatement hashes = c.prepareStatement("INSERT INTO hashes (hash_id, sha256) VALUES (?, ?)");
             PreparedStatement info = c.prepareStatement("INSERT INTO files_info (hash_id, size, filetype, width, "
                     + "height, duration_ms, num_frames, has_audio, flags, file_modified_ms) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement other = c.prepareStatement("INSERT INTO file_hashes (hash_id, md5, sha1, sha512) "
                     + "VALUES (?, ?, ?, ?)");
             PreparedStatement current = c.prepareStatement("INSERT INTO current_files (service_id, hash_id, "
                     + "imported_ms) VALUES (?, ?, ?)");
             PreparedStatement inbox = c.prepareStatement("INSERT INTO file_inbox (hash_id) VALUES (?)");
             PreparedStatement archived = c.prepareStatement("INSERT INTO file_archived_times (hash_id, archived_ms) "
                     + "VALUES (?, ?)")) {
            for (int id = 1; id <= files; id++) {
                byte[] sha = sha256(id);
                hashes.setInt(1, id);
                hashes.setBytes(2, sha);
                hashes.addBatch();
                FileType type = TYPES[r.nextInt(10) < 7 ? r.nextInt(2) : 2 + r.nextInt(3)];
                boolean video = type.mime().startsWith("video");
                int width = 200 + r.nextInt(3800);
                int height = 200 + r.nextInt(3800);
                long size = (long) (width * (long) height * (0.2 + r.nextDouble() * 1.5)) + (video ? 2_000_000 : 0);
                long imported = START_MS + id * 60_000L + r.nextInt(60_000);
                info.setInt(1, id);
                info.setLong(2, size);
                info.setInt(3, type.number());
                info.setInt(4, width);
                info.setInt(5, height);
                if (video || type.mime().equals("image/gif") && r.nextBoolean()) {
                    int duration = 1000 + r.nextInt(300_000);
                    info.setInt(6, duration);
                    info.setInt(7, Math.max(2, duration / 40));
                    info.setInt(8, video && r.nextBoolean() ? 1 : 0);
                } else {
                    info.setNull(6, java.sql.Types.INTEGER);
                    info.setNull(7, java.sql.Types.INTEGER);
                    info.setInt(8, 0);
                }
                info.setInt(9, r.nextInt(20) == 0 ? 2 : 0);
                info.setLong(10, imported - r.nextInt(1_000_000));
                info.addBatch();
                other.setInt(1, id);
                other.setBytes(2, Arrays.copyOf(sha, 16));
                other.setBytes(3, Arrays.copyOf(sha, 20));
                other.setBytes(4, Arrays.copyOf(sha, 64));
                other.addBatch();
                for (int service : new int[]{myFiles, combined, storage}) {
                    current.setInt(1, service);
                    current.setInt(2, id);
                    current.setLong(3, imported);
                    current.addBatch();
                }
                if (r.nextInt(10) < 7) {
                    inbox.setInt(1, id);
                    inbox.addBatch();
                } else {
                    archived.setInt(1, id);
                    archived.setLong(2, imported + 3_600_000);
                    archived.addBatch();
                }
                if (id % 20_000 == 0) {
                    for (PreparedStatement st : new PreparedStatement[]{hashes, info, other, current, inbox, archived}) {
                        st.executeBatch();
                    }
                }
            }
            for (PreparedStatement st : new PreparedStatement[]{hashes, info, other, current, inbox, archived}) {
                st.executeBatch();
            }
        }
    }

    private void writeTags(Connection c) throws Exception {
        try (PreparedStatement ns = c.prepareStatement("INSERT OR IGNORE INTO namespaces (namespace_id, namespace) "
                + "VALUES (?, ?)");
             PreparedStatement sub = c.prepareStatement("INSERT INTO subtags (subtag_id, subtag) VALUES (?, ?)");
             PreparedStatement tag = c.prepareStatement("INSERT INTO tags (tag_id, namespace_id, subtag_id) "
                     + "VALUES (?, ?, ?)")) {
            java.util.Map<String, Integer> nsIds = new java.util.HashMap<>();
            for (String n : NAMESPACES) {
                if (!nsIds.containsKey(n)) {
                    nsIds.put(n, nsIds.size() + 1);
                    ns.setInt(1, nsIds.get(n));
                    ns.setString(2, n);
                    ns.addBatch();
                }
            }
            ns.executeBatch();
            for (int i = 0; i < vocabulary; i++) {
                String t = tags[i];
                int colon = t.indexOf(':');
                String n = colon < 0 ? "" : t.substring(0, colon);
                sub.setInt(1, i + 1);
                sub.setString(2, colon < 0 ? t : t.substring(colon + 1));
                sub.addBatch();
                tag.setInt(1, i + 1);
                tag.setInt(2, nsIds.get(n));
                tag.setInt(3, i + 1);
                tag.addBatch();
            }
            sub.executeBatch();
            tag.executeBatch();
        }
    }

    /** Each file gets 1..2×mean tags drawn by Zipf (s = 1) over the vocabulary; rows sorted by (tag, file). */
    private void writeMappings(Connection c, int myTags) throws Exception {
        SplittableRandom r = new SplittableRandom(13);
        double[] cumulative = new double[vocabulary];
        double sum = 0;
        for (int i = 0; i < vocabulary; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        long[] pairs = new long[(int) Math.min(Integer.MAX_VALUE - 8, (long) files * meanTags * 11 / 10 + 1024)];
        int n = 0;
        int[] chosen = new int[2 * meanTags + 1];
        for (int id = 1; id <= files; id++) {
            int k = 1 + r.nextInt(2 * meanTags);
            int got = 0;
            for (int j = 0; j < k; j++) {
                int rank = Arrays.binarySearch(cumulative, r.nextDouble() * sum);
                rank = rank < 0 ? -rank - 1 : rank;
                boolean dup = false;
                for (int q = 0; q < got; q++) {
                    dup |= chosen[q] == rank;
                }
                if (!dup) {
                    chosen[got++] = rank;
                }
            }
            for (int q = 0; q < got; q++) {
                if (n == pairs.length) {
                    pairs = Arrays.copyOf(pairs, pairs.length + pairs.length / 4);
                }
                pairs[n++] = ((long) (chosen[q] + 1) << 32) | id;
            }
        }
        Arrays.parallelSort(pairs, 0, n);
        mappings = n;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO current_mappings (service_id, tag_id, hash_id) "
                + "VALUES (?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                st.setInt(1, myTags);
                st.setInt(2, (int) (pairs[i] >>> 32));
                st.setInt(3, (int) pairs[i]);
                st.addBatch();
                if (i % 50_000 == 49_999) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
    }
}
