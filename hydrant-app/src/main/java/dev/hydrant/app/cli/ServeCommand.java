package dev.hydrant.app.cli;

import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.app.HydrantServer;
import dev.hydrant.app.Library;
import dev.hydrant.app.ServerLockFile;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.tags.TagFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code hydrant serve}: runs the Client API server on a data folder until stopped. */
@Command(name = "serve", description = "Run the Client API server.")
public final class ServeCommand implements Callable<Integer> {
    /** How long a signal waits for the library to close (a large index snapshot takes a few seconds). */
    private static final int CLOSE_TIMEOUT_SECONDS = 120;

    @Mixin
    DataOption data;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--cors", description = "Answer CORS requests (support_cors).")
    boolean cors;

    @Option(names = "--allow-non-local", description = "Listen on every address and accept non-local clients.")
    boolean allowNonLocal;

    @Option(names = "--https", description = "Serve HTTPS with client.crt/client.key from the data folder (self-signed if absent).")
    boolean https;

    @Override
    public Integer call() throws Exception {
        var folder = data.folder().create();
        Optional<ServerLockFile> lock = ServerLockFile.tryAcquire(folder.serverLock());
        if (lock.isEmpty()) {
            System.err.println("Another Hydrant server is already running on " + folder.root());
            return 1;
        }
        // A signal (Ctrl-C, SIGTERM) runs the shutdown hook: it stops the HTTP server, which ends join() below, and
        // then waits until this thread has closed the library (store checkpoint, index snapshot) and released the
        // lock, because the JVM halts as soon as its hooks return.
        CountDownLatch closed = new CountDownLatch(1);
        try (ServerLockFile held = lock.get(); Library library = Library.open(folder)) {
            String firstKey = null;
            if (library.store().accessKeys().all().isEmpty()) {
                AccessKey key = library.addAccessKey("hydrant", null, true, Set.of(), TagFilter.allowingEverything());
                firstKey = key.key().hex();
            }
            ServerSettings settings = new ServerSettings(port, allowNonLocal, cors, https);
            try (HydrantServer server = HydrantServer.start(library, settings)) {
                String scheme = https ? "https" : "http";
                String host = allowNonLocal ? "0.0.0.0" : "127.0.0.1";
                System.out.println("Hydrant is serving the Hydrus Client API at " + scheme + "://" + host + ":"
                        + server.port() + "/ (data: " + folder.root() + ")");
                if (firstKey != null) {
                    System.out.println("Created an access key with every permission: " + firstKey);
                }
                System.out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    awaitClosed(closed);
                }, "hydrant-shutdown"));
                server.join();
            }
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitClosed(CountDownLatch closed) {
        try {
            if (!closed.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("Hydrant did not finish closing within " + CLOSE_TIMEOUT_SECONDS + " s; the next "
                        + "start rebuilds the in-memory index");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
