package dev.hydrant.bench;

import dev.hydrant.app.DataFolder;
import dev.hydrant.app.Library;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.tags.MappingChange;
import dev.hydrant.core.tags.TagAction;
import dev.hydrant.core.tags.TagAutocomplete;
import dev.hydrant.core.tags.TagEditor;
import dev.hydrant.core.tags.TagStatus;
import dev.hydrant.index.TagWordIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * add_tags throughput (mappings/s through the {@code TagEditor} use case, SQLite underneath) and autocomplete
 * latency (the {@code TagAutocomplete} use case on the in-memory word index), each against a same-run baseline:
 * row-at-a-time SQLite inserts for add_tags, and SQL {@code LIKE} with a {@code GROUP BY} count for autocomplete.
 */
public final class TagBenchmark {
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "to", "sa", "ne", "lu", "vi", "da", "po", "chi", "en",
            "ar", "ul", "so", "me", "ta", "gi", "bo", "ze"};
    private static final String[] NAMESPACES = {"", "", "", "character", "series", "creator", "meta", "page"};

    public static void main(String[] args) throws Exception {
        int tagCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int fileCount = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path dir = Files.createTempDirectory("hydrant-bench");
        try {
            System.out.println("## Machine");
            machine();
            System.out.println();
            addTags(dir);
            System.out.println();
            autocomplete(dir, tagCount, fileCount);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        System.out.printf("- CPU: %s, %d hardware threads%n", cpu, Runtime.getRuntime().availableProcessors());
        System.out.printf("- JVM: %s %s, max heap %d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    }

    static String word(SplittableRandom r) {
        int n = 2 + r.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    static String tag(SplittableRandom r, int i) {
        String ns = NAMESPACES[r.nextInt(NAMESPACES.length)];
        String subtag = word(r) + (r.nextInt(3) == 0 ? " " + word(r) : "") + " " + Integer.toString(i, 36);
        return ns.isEmpty() ? subtag : ns + ":" + subtag;
    }

    static ByteKey hash(int i) {
        byte[] b = new byte[32];
        b[0] = 0x42;
        for (int k = 0; k < 4; k++) {
            b[31 - k] = (byte) (i >>> (8 * k));
        }
        return ByteKey.of(b);
    }

    // ---------------------------------------------------------------- add_tags

    private static void addTags(Path dir) throws Exception {
        int files = 10_000;
        int tagsPerRequest = 10;
        int requests = 10;
        SplittableRandom r = new SplittableRandom(1);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            vocabulary.add(tag(r, i));
        }
        long mappings = (long) files * tagsPerRequest * requests;
        double ours;
        try (Library library = Library.open(new DataFolder(dir.resolve("ours")))) {
            TagEditor editor = library.tagEditor();
            List<Long> ids = library.files().write(tx -> {
                List<Long> out = new ArrayList<>();
                for (int i = 0; i < files; i++) {
                    out.add(tx.idFor(hash(i)));
                }
                return out;
            });
            editor.apply(ids, request(List.of("warm up")));
            long start = System.nanoTime();
            for (int q = 0; q < requests; q++) {
                List<String> tags = new ArrayList<>();
                for (int t = 0; t < tagsPerRequest; t++) {
                    tags.add(vocabulary.get(r.nextInt(vocabulary.size())));
                }
                editor.apply(ids, request(tags));
            }
            ours = mappings / ((System.nanoTime() - start) / 1e9);
        }
        double baseline = rowAtATimeBaseline(dir.resolve("baseline.db"), files, tagsPerRequest, requests);
        System.out.println("## add_tags: " + requests + " requests of " + files + " files x " + tagsPerRequest
                + " tags (" + mappings + " mappings)");
        System.out.println();
        System.out.println("| | mappings/s |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| Hydrant `TagEditor` (one transaction per request, set statements) | %,.0f |%n",
                ours);
        System.out.printf(Locale.ROOT, "| baseline: one INSERT per mapping, one transaction per request | %,.0f |%n",
                baseline);
        System.out.printf(Locale.ROOT, "| ratio | %.2fx |%n", ours / baseline);
    }

    private static TagEditor.Request request(List<String> tags) {
        List<TagEditor.TagEdit> edits = tags.stream().map(t -> new TagEditor.TagEdit(t, TagEditor.DEFAULT_REASON))
                .toList();
        return new TagEditor.Request(Map.of(DefaultServices.MY_TAGS, Map.of(TagAction.ADD, edits)), true, true);
    }

    /** The same rows, inserted one statement execution each (what a per-row ORM or hydrus's executemany does). */
    private static double rowAtATimeBaseline(Path db, int files, int tagsPerRequest, int requests) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("CREATE TABLE current_mappings (service_id INTEGER, tag_id INTEGER, hash_id INTEGER, "
                        + "PRIMARY KEY (service_id, tag_id, hash_id)) WITHOUT ROWID");
                st.execute("CREATE INDEX by_file ON current_mappings (hash_id, service_id, tag_id)");
            }
            c.setAutoCommit(false);
            SplittableRandom r = new SplittableRandom(2);
            long start = System.nanoTime();
            try (var ins = c.prepareStatement("INSERT OR IGNORE INTO current_mappings VALUES (1, ?, ?)")) {
                for (int q = 0; q < requests; q++) {
                    for (int t = 0; t < tagsPerRequest; t++) {
                        int tagId = r.nextInt(50_000);
                        for (int f = 1; f <= files; f++) {
                            ins.setInt(1, tagId);
                            ins.setInt(2, f);
                            ins.executeUpdate();
                        }
                    }
                    c.commit();
                }
            }
            return (double) files * tagsPerRequest * requests / ((System.nanoTime() - start) / 1e9);
        }
    }

    // ---------------------------------------------------------------- autocomplete

    private static void autocomplete(Path dir, int tagCount, int fileCount) throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        String[] tags = new String[tagCount];
        int[] ids = new int[tagCount];
        int firstId = 1_000;
        for (int i = 0; i < tagCount; i++) {
            tags[i] = tag(r, i);
            ids[i] = firstId + i;
        }
        // Zipf-like: tag i has about fileCount / (i + 1) files, at least one
        int[][] postings = new int[tagCount][];
        long mappings = 0;
        for (int i = 0; i < tagCount; i++) {
            int n = Math.max(1, Math.min(fileCount, (int) (fileCount / (i + 1.0) * 2)));
            int[] p = new int[n];
            for (int k = 0; k < n; k++) {
                p[k] = 1 + r.nextInt(fileCount);
            }
            postings[i] = p;
            mappings += n;
        }
        List<String> queries = new ArrayList<>();
        for (int q = 0; q < 2000; q++) {
            String w = word(r);
            queries.add(w.substring(0, Math.min(w.length(), 2 + r.nextInt(4))));
        }
        System.out.printf(Locale.ROOT, "## Autocomplete: %,d tags, %,d mappings over %,d files, %d prefix queries%n",
                tagCount, mappings, fileCount, queries.size());
        System.out.println();
        long[] ours;
        long buildMs;
        try (Library library = Library.open(new DataFolder(dir.resolve("ac")))) {
            long start = System.nanoTime();
            ((TagWordIndex) library.tagViews().vocabulary()).addAll(ids, tags);
            List<MappingChange> changes = new ArrayList<>();
            for (int i = 0; i < tagCount; i++) {
                List<Long> files = new ArrayList<>(postings[i].length);
                for (int f : postings[i]) {
                    files.add((long) f);
                }
                changes.add(MappingChange.added(DefaultServices.MY_TAGS, TagStatus.CURRENT, ids[i], files));
            }
            library.tagViews().mappingsChanged(changes);
            buildMs = (System.nanoTime() - start) / 1_000_000;
            TagAutocomplete ac = library.tagAutocomplete();
            FileDomain all = FileDomain.of(DefaultServices.ALL_KNOWN_FILES);
            for (int i = 0; i < 200; i++) {
                ac.search(queries.get(i), DefaultServices.MY_TAGS, false, () -> all, null);
            }
            ours = new long[queries.size()];
            int results = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                results += ac.search(queries.get(i), DefaultServices.MY_TAGS, false, () -> all, null).tags().size();
                ours[i] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT, "In-memory views built in %,d ms; %,.1f results per query on average.%n%n",
                    buildMs, results / (double) queries.size());
        }
        long[] baseline = likeBaseline(dir.resolve("ac-baseline.db"), tags, postings, queries.subList(0, 50));
        Arrays.sort(ours);
        Arrays.sort(baseline);
        System.out.println("| | p50 | p95 | p99 | max |");
        System.out.println("|---|---|---|---|---|");
        row("Hydrant `TagAutocomplete` (word index + postings)", ours);
        row("baseline: SQLite `LIKE 'prefix%'` + `GROUP BY` count (50 queries)", baseline);
        System.out.printf(Locale.ROOT, "| ratio (baseline p50 / ours p50) | %.0fx | | | |%n",
                baseline[baseline.length / 2] / (double) ours[ours.length / 2]);
    }

    private static void row(String name, long[] sortedNanos) {
        System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", name,
                pct(sortedNanos, 0.50), pct(sortedNanos, 0.95), pct(sortedNanos, 0.99),
                sortedNanos[sortedNanos.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    private static long[] likeBaseline(Path db, String[] tags, int[][] postings, List<String> queries)
            throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
                st.execute("CREATE TABLE tags (tag_id INTEGER PRIMARY KEY, tag TEXT, subtag TEXT)");
                st.execute("CREATE TABLE current_mappings (tag_id INTEGER, hash_id INTEGER, "
                        + "PRIMARY KEY (tag_id, hash_id)) WITHOUT ROWID");
            }
            c.setAutoCommit(false);
            try (var t = c.prepareStatement("INSERT INTO tags VALUES (?, ?, ?)");
                 var m = c.prepareStatement("INSERT OR IGNORE INTO current_mappings VALUES (?, ?)")) {
                for (int i = 0; i < tags.length; i++) {
                    t.setInt(1, i);
                    t.setString(2, tags[i]);
                    t.setString(3, tags[i].substring(tags[i].indexOf(':') + 1));
                    t.addBatch();
                    for (int f : postings[i]) {
                        m.setInt(1, i);
                        m.setInt(2, f);
                        m.addBatch();
                    }
                    if (i % 10_000 == 0) {
                        t.executeBatch();
                        m.executeBatch();
                    }
                }
                t.executeBatch();
                m.executeBatch();
            }
            c.commit();
            try (var st = c.createStatement()) {
                st.execute("CREATE INDEX tags_subtag ON tags (subtag)");
            }
            c.commit();
            long[] out = new long[queries.size()];
            try (var q = c.prepareStatement("SELECT t.tag, count(*) AS n FROM tags t JOIN current_mappings m "
                    + "ON m.tag_id = t.tag_id WHERE t.subtag LIKE ? OR t.subtag LIKE ? GROUP BY t.tag_id "
                    + "ORDER BY n DESC")) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    q.setString(1, queries.get(i) + "%");
                    q.setString(2, "% " + queries.get(i) + "%");
                    try (var rs = q.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                    out[i] = System.nanoTime() - t0;
                }
            }
            return out;
        }
    }
}
