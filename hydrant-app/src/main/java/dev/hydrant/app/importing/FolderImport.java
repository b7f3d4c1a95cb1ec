package dev.hydrant.app.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Imports every file under some paths (recursively) into a target, a few at a time, with a progress line
 * (files done, files/s, ETA) and a summary of import statuses. Files already imported come back as status 2
 * and count as skipped. With a tag service, each file that is in the library afterwards (status 1 or 2) gets the
 * tags of its {@code .txt} sidecar ({@link Sidecars}) on that service.
 */
public final class FolderImport {
    /** What happened, by hydrus import status, plus files that could not be sent at all. */
    public record Summary(Map<Integer, Integer> byStatus, int failedToSend, int total, int tagged) {
    }

    private final ImportTarget target;
    private final int parallelism;
    private final PrintStream progress;
    private final String sidecarTagService;

    public FolderImport(ImportTarget target, int parallelism, PrintStream progress) {
        this(target, parallelism, progress, null);
    }

    /** @param sidecarTagService the hex key of the local tag service sidecar tags go to; null: no sidecars */
    public FolderImport(ImportTarget target, int parallelism, PrintStream progress, String sidecarTagService) {
        this.target = target;
        this.parallelism = Math.max(1, parallelism);
        this.progress = progress;
        this.sidecarTagService = sidecarTagService;
    }

    public static List<Path> filesUnder(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    public Summary run(List<Path> files) throws InterruptedException {
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger tagged = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path file : files) {
                jobs.add(pool.submit(() -> {
                    try {
                        ImportTarget.Outcome outcome = target.add(file);
                        byStatus.merge(outcome.status(), 1, Integer::sum);
                        if (outcome.status() == 4 || outcome.status() == 7) {
                            progress.printf("%n%s: %s%n", file, outcome.note());
                        }
                        if (sidecarTagService != null && outcome.inLibrary() && outcome.hash() != null) {
                            java.util.Set<String> tags = Sidecars.tagsFor(file);
                            if (!tags.isEmpty()) {
                                target.addTags(outcome.hash(), sidecarTagService, tags);
                                tagged.incrementAndGet();
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        failed.incrementAndGet();
                        progress.printf("%n%s: %s%n", file, e.getMessage());
                    }
                    int n = done.incrementAndGet();
                    report(n, files.size(), start);
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                try {
                    job.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.println();
        return new Summary(new TreeMap<>(byStatus), failed.get(), files.size(), tagged.get());
    }

    private long lastReport;

    /** At most four progress lines a second, and always the last one. */
    private synchronized void report(int done, int total, long start) {
        long now = System.nanoTime();
        if (done < total && now - lastReport < 250_000_000L) {
            return;
        }
        lastReport = now;
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        progress.printf("\r%d/%d files, %.1f files/s, ETA %d:%02d   ", done, total, rate, eta / 60, eta % 60);
    }
}
