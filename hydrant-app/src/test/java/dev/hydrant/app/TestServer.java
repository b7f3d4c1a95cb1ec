package dev.hydrant.app;

import dev.hydrant.api.http.ServerSettings;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.TagFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real Hydrant server for tests: a fresh data folder in a temp directory, real SQLite, Jetty on a free
 * loopback port, and one all-permissions access key ({@link #ACCESS_KEY}, named like the key the conformance
 * transcripts were recorded with).
 */
public final class TestServer implements AutoCloseable {
    public static final String ACCESS_KEY = "d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57d1ff7e57";
    public static final String KEY_NAME = "differential testing";

    private final Path folder;
    private final Library library;
    private final HydrantServer server;
    private final boolean deleteOnClose;

    private TestServer(Path folder, Library library, HydrantServer server, boolean deleteOnClose) {
        this.folder = folder;
        this.library = library;
        this.server = server;
        this.deleteOnClose = deleteOnClose;
    }

    public static TestServer start() throws Exception {
        return start(false, Clock.systemUTC());
    }

    public static TestServer start(boolean cors) throws Exception {
        return start(cors, Clock.systemUTC());
    }

    public static TestServer start(boolean cors, Clock clock) throws Exception {
        return start(new ServerSettings(0, false, cors, false), clock);
    }

    public static TestServer start(ServerSettings settings, Clock clock) throws Exception {
        return start(settings, clock, Files.createTempDirectory("hydrant-test-"), true, Library.REMOVAL_DELAY);
    }

    /**
     * A server on a given data folder (a restart when the folder was used before), kept after {@link #close()}
     * unless {@code deleteOnClose}.
     */
    public static TestServer start(ServerSettings settings, Clock clock, Path folder, boolean deleteOnClose,
                                   java.time.Duration removalDelay) throws Exception {
        Library library = Library.open(new DataFolder(folder), clock, removalDelay);
        if (library.store().accessKeys().all().isEmpty()) {
            library.addAccessKey(KEY_NAME, ByteKey.fromHex(ACCESS_KEY), true, Set.of(), TagFilter.allowingEverything());
        }
        HydrantServer server = HydrantServer.start(library, settings);
        return new TestServer(folder, library, server, deleteOnClose);
    }

    /** A fresh server on a folder of its own that survives {@link #close()} (for restarts). */
    public static TestServer startKeeping(Path folder) throws Exception {
        return start(new ServerSettings(0, false, false, false), Clock.systemUTC(), folder, false,
                Library.REMOVAL_DELAY);
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Library library() {
        return library;
    }

    public HydrantServer server() {
        return server;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        server.close();
        library.close();
        if (!deleteOnClose) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
