package dev.hydrant.bench;

import dev.hydrant.app.DataFolder;
import dev.hydrant.app.Library;
import dev.hydrant.core.search.FileSearch;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.index.PostingMappingIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Search latency on a synthetic library ({@link SyntheticLibrary}): the start-up index build, then a fixed mix of
 * query shapes through the {@code FileSearch} use case (the whole search: terms read, index evaluated, result
 * sorted), each against the same query in SQLite on the same database, same run (what a SQL-at-query-time engine
 * such as hydrus's does, with the primary-key indexes the store already has).
 */
public final class SearchBenchmark {
    private record Shape(String name, List<Object> tags, int sort, boolean asc, String sql) {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int vocabulary = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int meanTags = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (args.length > 3) {
            // a kept folder: generated once, reused by later runs with the same sizes
            run(Path.of(args[3]), files, vocabulary, meanTags);
            return;
        }
        Path dir = Files.createTempDirectory("hydrant-search-bench");
        try {
            run(dir, files, vocabulary, meanTags);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int files, int vocabulary, int meanTags) throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        boolean existing = Files.exists(folder.database());
        SyntheticLibrary lib = new SyntheticLibrary(files, vocabulary, meanTags);
        long t0 = System.nanoTime();
        if (!existing) {
            try (Library ignored = Library.open(folder)) {
                // creates the schema and the default services
            }
            lib.write(folder.database());
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.database());
                 Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM current_mappings")) {
                rs.next();
                lib.mappings = rs.getLong(1);
            }
        }
        double writeS = (System.nanoTime() - t0) / 1e9;

        System.out.println("## Machine");
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        System.out.printf("- CPU: %s, %d hardware threads%n", cpu, Runtime.getRuntime().availableProcessors());
        System.out.printf("- JVM: %s %s, max heap %d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "- library: %,d files, %,d tags, %,d mappings (Zipf), written in %.1f s%n%n",
                files, vocabulary, lib.mappings, writeS);

        System.gc();
        long heapBefore = used();
        long open = System.nanoTime();
        try (Library library = Library.open(folder)) {
            double openS = (System.nanoTime() - open) / 1e9;
            System.gc();
            long heap = used() - heapBefore;
            PostingMappingIndex postings = (PostingMappingIndex) library.tagViews().index();
            long postingBytes = postings.approximateBytes();
            long columnBytes = library.searchEngine().columns().approximateBytes();
            System.out.println("## Start-up index build");
            System.out.println();
            System.out.println("| | value |");
            System.out.println("|---|---|");
            System.out.printf(Locale.ROOT, "| index build (domains, columns, vocabulary, postings) | %.2f s |%n",
                    library.indexBuildTime().toMillis() / 1000.0);
            System.out.printf(Locale.ROOT, "| whole `Library.open` | %.2f s |%n", openS);
            System.out.printf(Locale.ROOT, "| postings | %,d MiB, %.2f bytes/mapping |%n", postingBytes >> 20,
                    (double) postingBytes / lib.mappings);
            System.out.printf(Locale.ROOT, "| columns (incl. sha256 arena) | %,d MiB, %.0f bytes/file |%n",
                    columnBytes >> 20, (double) columnBytes / files);
            System.out.printf(Locale.ROOT, "| heap growth after open (everything in memory) | %,d MiB |%n%n",
                    heap >> 20);
            queries(library, folder, lib);
            http(library, lib);
        }
        long snapshotBytes = Files.size(folder.indexSnapshot());
        long reopen = System.nanoTime();
        try (Library again = Library.open(folder)) {
            double reopenS = (System.nanoTime() - reopen) / 1e9;
            System.out.println();
            System.out.println("## Start-up from the index snapshot written at close");
            System.out.println();
            System.out.printf(Locale.ROOT, "- read from the snapshot: %s; index load %.2f s; whole `Library.open` %.2f s "
                    + "(the snapshot file was %,d MiB)%n", again.indexFromSnapshot(),
                    again.indexBuildTime().toMillis() / 1000.0, reopenS, snapshotBytes >> 20);
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void queries(Library library, DataFolder folder, SyntheticLibrary lib) throws Exception {
        int tagsService;
        int local;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.database())) {
            tagsService = id(c, DefaultServices.MY_TAGS.bytes());
            local = id(c, DefaultServices.COMBINED_LOCAL_FILE_DOMAINS.bytes());
        }
        String inDomain = "SELECT c.hash_id FROM current_files c WHERE c.service_id = " + local
                + " AND c.hash_id IN (%s) ORDER BY c.imported_ms";
        java.util.function.IntFunction<String> posting = rank -> "SELECT hash_id FROM current_mappings WHERE "
                + "service_id = " + tagsService + " AND tag_id = " + (rank + 1);
        List<Shape> shapes = List.of(
                new Shape("single tag (rank 100)", List.of(lib.tag(100)), 2, true,
                        String.format(inDomain, posting.apply(100))),
                new Shape("single tag (rank 2, large)", List.of(lib.tag(2)), 2, false,
                        String.format(inDomain, posting.apply(2)).replace("ORDER BY c.imported_ms",
                                "ORDER BY c.imported_ms DESC")),
                new Shape("3-tag AND (ranks 5, 20, 50)", List.of(lib.tag(5), lib.tag(20), lib.tag(50)), 2, true,
                        String.format(inDomain, posting.apply(5) + " INTERSECT " + posting.apply(20) + " INTERSECT "
                                + posting.apply(50))),
                new Shape("AND + NOT (rank 10, not rank 3)", List.of(lib.tag(10), "-" + lib.tag(3)), 2, true,
                        String.format(inDomain, posting.apply(10) + " EXCEPT " + posting.apply(3))),
                new Shape("OR of 3 (ranks 30, 40, 300)", List.of(List.of(lib.tag(30), lib.tag(40), lib.tag(300))), 2,
                        true, String.format(inDomain, posting.apply(30) + " UNION " + posting.apply(40) + " UNION "
                                + posting.apply(300))),
                new Shape("wildcard (creator:ka*)", List.of("creator:ka*"), 2, true, String.format(inDomain,
                        "SELECT m.hash_id FROM current_mappings m JOIN tags t ON t.tag_id = m.tag_id JOIN namespaces n "
                                + "ON n.namespace_id = t.namespace_id JOIN subtags s ON s.subtag_id = t.subtag_id "
                                + "WHERE m.service_id = " + tagsService + " AND n.namespace = 'creator' AND s.subtag "
                                + "LIKE 'ka%'")),
                new Shape("namespace (series:*)", List.of("series:*"), 2, true, String.format(inDomain,
                        "SELECT m.hash_id FROM current_mappings m JOIN tags t ON t.tag_id = m.tag_id JOIN namespaces n "
                                + "ON n.namespace_id = t.namespace_id WHERE m.service_id = " + tagsService
                                + " AND n.namespace = 'series'")),
                new Shape("tag + system (rank 10, > 5 MB, width > 2000)",
                        List.of(lib.tag(10), "system:filesize > 5 MB", "system:width > 2000"), 2, true,
                        String.format(inDomain, posting.apply(10) + " INTERSECT SELECT hash_id FROM files_info WHERE "
                                + "size > 5242880 AND width > 2000")),
                new Shape("system only (filesize < 1 MB, height > 3000, inbox)",
                        List.of("system:filesize < 1 MB", "system:height > 3000", "system:inbox"), 2, true,
                        String.format(inDomain, "SELECT i.hash_id FROM files_info i JOIN file_inbox b ON b.hash_id = "
                                + "i.hash_id WHERE i.size < 1048576 AND i.height > 3000")),
                new Shape("system:everything sorted by size desc", List.of("system:everything"), 0, false,
                        "SELECT c.hash_id FROM current_files c JOIN files_info i ON i.hash_id = c.hash_id WHERE "
                                + "c.service_id = " + local + " ORDER BY i.size DESC"),
                new Shape("inbox + limit 100, newest first", List.of("system:inbox", "system:limit = 100"), 2, false,
                        "SELECT c.hash_id FROM current_files c JOIN file_inbox b ON b.hash_id = c.hash_id WHERE "
                                + "c.service_id = " + local + " ORDER BY c.imported_ms DESC LIMIT 100"));
        System.out.println("## Queries (FileSearch use case vs SQLite, same database, same run)");
        System.out.println();
        System.out.println("| shape | results | Hydrant p50 | p95 | p99 | SQLite p50 | ratio (p50) |");
        System.out.println("|---|---|---|---|---|---|---|");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.database() + "?open_mode=1")) {
            for (Shape s : shapes) {
                FileSearch.Request request = new FileSearch.Request(s.tags(), FileSearch.DEFAULT_DOMAIN,
                        DefaultServices.ALL_KNOWN_TAGS, true, true, (long) s.sort(), s.asc());
                int results = 0;
                for (int i = 0; i < 5; i++) {
                    results = library.fileSearch().search(null, request).length;
                }
                double[] ours = time(200, 15, () -> library.fileSearch().search(null, request).length);
                int[] sqlCount = {0};
                double[] sql = time(10, 30, () -> {
                    sqlCount[0] = count(c, s.sql());
                    return sqlCount[0];
                });
                String check = sqlCount[0] == results ? "" : " (SQLite: " + sqlCount[0] + ")";
                System.out.printf(Locale.ROOT, "| %s | %,d%s | %s | %s | %s | %s | %.0fx |%n", s.name(), results, check,
                        ms(pct(ours, 50)), ms(pct(ours, 95)), ms(pct(ours, 99)), ms(pct(sql, 50)),
                        pct(sql, 50) / pct(ours, 50));
            }
        }
    }

    /** The same searches end to end over HTTP on a loopback port: arguments, search, JSON encoding, transfer. */
    private static void http(Library library, SyntheticLibrary lib) throws Exception {
        String key = "b3".repeat(32);
        library.addAccessKey("bench", dev.hydrant.core.ByteKey.fromHex(key), true, java.util.Set.of(),
                dev.hydrant.core.tags.TagFilter.allowingEverything());
        try (dev.hydrant.app.HydrantServer server = dev.hydrant.app.HydrantServer.start(library,
                new dev.hydrant.api.http.ServerSettings(0, false, false, false))) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            String[][] shapes = {
                    {"single tag (rank 100), ids", "[\"" + lib.tag(100) + "\"]", ""},
                    {"single tag (rank 100), ids and hashes", "[\"" + lib.tag(100) + "\"]", "&return_hashes=true"},
                    {"3-tag AND (ranks 5, 20, 50), ids", "[\"" + lib.tag(5) + "\", \"" + lib.tag(20) + "\", \""
                            + lib.tag(50) + "\"]", ""},
                    {"system:everything, all ids", "[\"system:everything\"]", ""}};
            System.out.println();
            System.out.println("## The same over HTTP (`/get_files/search_files`, loopback, JSON)");
            System.out.println();
            System.out.println("| request | response bytes | p50 | p95 | p99 |");
            System.out.println("|---|---|---|---|---|");
            for (String[] shape : shapes) {
                java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + server.port()
                        + "/get_files/search_files?tags=" + java.net.URLEncoder.encode(shape[1],
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + shape[2]);
                java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri)
                        .header("Hydrus-Client-API-Access-Key", key).build();
                int[] bytes = {0};
                java.util.function.IntSupplier call = () -> {
                    try {
                        java.net.http.HttpResponse<byte[]> response = client.send(request,
                                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + new String(response.body(),
                                    java.nio.charset.StandardCharsets.UTF_8));
                        }
                        bytes[0] = response.body().length;
                        return bytes[0];
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
                for (int i = 0; i < 5; i++) {
                    call.getAsInt();
                }
                double[] t = time(100, 15, call);
                System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", shape[0], bytes[0], ms(pct(t, 50)),
                        ms(pct(t, 95)), ms(pct(t, 99)));
            }
        }
    }

    private static int id(Connection c, byte[] key) throws Exception {
        try (var st = c.prepareStatement("SELECT service_id FROM services WHERE service_key = ?")) {
            st.setBytes(1, key);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int count(Connection c, String sql) {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            int n = 0;
            while (rs.next()) {
                rs.getInt(1);
                n++;
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Up to {@code max} runs within {@code seconds}, in milliseconds, sorted. */
    private static double[] time(int max, int seconds, java.util.function.IntSupplier work) {
        List<Double> out = new ArrayList<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int sink = 0;
        while (out.size() < max && (out.size() < 3 || System.nanoTime() < deadline)) {
            long t = System.nanoTime();
            sink += work.getAsInt();
            out.add((System.nanoTime() - t) / 1e6);
        }
        if (sink == 42) {
            System.out.print("");
        }
        double[] a = out.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.2f ms", v) : String.format(Locale.ROOT, "%.0f ms", v);
    }
}
