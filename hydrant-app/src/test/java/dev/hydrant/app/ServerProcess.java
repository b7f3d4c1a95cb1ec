package dev.hydrant.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real {@code hydrant serve} child process on this test's class path, for tests that signal or kill it. */
final class ServerProcess {
    private ServerProcess() {
    }

    /** Starts {@code hydrant serve --data DATA --port PORT}; its output goes to {@code server.log} beside DATA. */
    static Process start(Path data, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "dev.hydrant.app.Main", "serve", "--data", data.toString(),
                "--port", String.valueOf(port));
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolveSibling("server.log").toFile());
        return pb.start();
    }

    /** Waits (up to a minute) until the server answers {@code /api_version}. */
    static void awaitUp(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api_version")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the server did not start");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
