package dev.hydrant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.app.DataFolder;
import dev.hydrant.app.ServerLockFile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real {@code serve} command on a free port: it creates a first all-permissions key, holds the folder's
 * server lock (so {@code services add} is refused) and answers HTTP until its thread is interrupted.
 */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void serveAnswersHoldsTheLockAndStopsWhenInterrupted() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new SynchronizedStream(captured), true, StandardCharsets.UTF_8);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving;
        System.setOut(out);
        System.setErr(out);
        try {
            serving = Thread.ofPlatform().name("serve-under-test").start(() ->
                    exit.set(new CommandLine(new HydrantCommand()).execute("serve", "--data=" + data, "--port", "0")));
            Matcher started = waitFor(captured, Pattern.compile(
                    "serving the Hydrus Client API at http://127\\.0\\.0\\.1:(\\d+)/ .*\\R.*every permission: ([0-9a-f]{64})"));
            int port = Integer.parseInt(started.group(1));
            String key = started.group(2);

            String answer = get(port, "/verify_access_key", key);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"permits_everything\":true").contains("\"name\":\"hydrant\"");

            System.setOut(oldOut);
            System.setErr(oldErr);
            Cli.Run refused = Cli.run("services", "add", "--data=" + data, "--type", "local-tags", "--name", "x");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("stop it before changing services");
            System.setOut(out);
            System.setErr(out);

            serving.interrupt();
            serving.join(Duration.ofSeconds(60));
            assertThat(serving.isAlive()).isFalse();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(exit.get()).as("interrupted while serving").isNotEqualTo(0).isNotEqualTo(-1);
        assertThat(ServerLockFile.tryAcquire(new DataFolder(data).serverLock())).as("the lock was released").isPresent()
                .get().satisfies(ServerLockFile::close);
    }

    @Test
    void aSecondServeOnTheSameFolderIsRefused() throws Exception {
        DataFolder folder = new DataFolder(data).create();
        try (ServerLockFile held = ServerLockFile.tryAcquire(folder.serverLock()).orElseThrow()) {
            Cli.Run second = Cli.run("serve", "--data=" + data, "--port", "0");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("Another Hydrant server is already running on " + folder.root());
        }
    }

    private static Matcher waitFor(ByteArrayOutputStream captured, Pattern pattern) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            String text;
            synchronized (captured) {
                text = captured.toString(StandardCharsets.UTF_8);
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not report its address; output: " + captured.toString(StandardCharsets.UTF_8));
    }

    private static String get(int port, String target, String key) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream o = s.getOutputStream();
            o.write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nHydrus-Client-API-Access-Key: " + key
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes under the buffer's lock so the test thread can read it while the server thread prints. */
    private static final class SynchronizedStream extends OutputStream {
        private final ByteArrayOutputStream target;

        SynchronizedStream(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (target) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (target) {
                target.write(b, off, len);
            }
        }
    }
}
