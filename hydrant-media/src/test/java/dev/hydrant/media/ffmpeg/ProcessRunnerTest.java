package dev.hydrant.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {

    private final ProcessRunner runner = new ProcessRunner(Map.of("PATH", "/usr/bin:/bin"));

    @TempDir
    Path dir;

    @Test
    void killsAHangingProgramAndItsChildrenAtTheLimit() throws Exception {
        Path pids = dir.resolve("pids");
        long start = System.nanoTime();
        assertThatThrownBy(() -> runner.run(List.of("/bin/sh", "-c", "sleep 60 & echo $! > " + pids + "; sleep 60"),
                Duration.ofSeconds(1), 1024))
                .isInstanceOf(ProcessTimeoutException.class)
                .hasMessage("sh did not finish within 1 s and was stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        long child = Long.parseLong(Files.readString(pids).strip());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (running(child) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(running(child)).as("background child killed").isFalse();
    }

    /** Alive and not a zombie waiting to be reaped (a killed orphan may linger as one in a container). */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text;
        try {
            text = Files.readString(stat);
        } catch (java.io.IOException e) {
            return false;
        }
        String afterName = text.substring(text.lastIndexOf(')') + 2);
        return afterName.charAt(0) != 'Z' && afterName.charAt(0) != 'X';
    }

    @Test
    void stopsAProgramThatWritesTooMuch() throws Exception {
        ProcessResult result = runner.run(List.of("/usr/bin/yes"), Duration.ofSeconds(20), 100_000);
        assertThat(result.stdoutOverflow()).isTrue();
        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.stdout().length).isLessThanOrEqualTo(100_000);
    }

    @Test
    void keepsOnlyTheHeadAndTailOfAFloodOnStandardError() throws Exception {
        ProcessResult result = runner.run(List.of("/bin/sh", "-c", "echo first >&2; head -c 5000000 /dev/zero | tr '\\0' x >&2; echo; echo last >&2"),
                Duration.ofSeconds(20), 1024);
        assertThat(result.stderrTruncated()).isTrue();
        assertThat(result.stderr().length).isLessThanOrEqualTo(ProcessRunner.STDERR_HEAD + ProcessRunner.STDERR_TAIL);
        String text = result.stderrText();
        assertThat(text).startsWith("first").endsWith("last\n");
    }

    @Test
    void capturesOutputAndExitCode() throws Exception {
        ProcessResult result = runner.run(List.of("/bin/sh", "-c", "printf hello; echo oops >&2; exit 3"), Duration.ofSeconds(10), 1024);
        assertThat(new String(result.stdout(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(result.stderrText()).isEqualTo("oops\n");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void programsSeeOnlyTheGivenEnvironment() throws Exception {
        ProcessResult result = new ProcessRunner(Map.of("ONLY_THIS", "1")).run(List.of("/usr/bin/env"), Duration.ofSeconds(10), 4096);
        assertThat(new String(result.stdout(), StandardCharsets.UTF_8).strip()).isEqualTo("ONLY_THIS=1");
    }

    @Test
    void feedsStandardInputWhileReadingTheOutput() throws Exception {
        // 8 MiB through a pipe in both directions at once: neither side may wait for the other to finish
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'a');
        ProcessResult result = runner.run(List.of("/bin/cat"), stdin -> {
            for (int i = 0; i < 128; i++) {
                stdin.write(block);
            }
        }, Duration.ofSeconds(30), 16 * 1024 * 1024);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().length).isEqualTo(128 * block.length);
    }

    @Test
    void aProgramThatStopsReadingEndsTheWriterQuietly() throws Exception {
        ProcessResult result = runner.run(List.of("/usr/bin/head", "-c", "10"), stdin -> {
            byte[] block = new byte[64 * 1024];
            while (true) {
                stdin.write(block); // fails once head has gone
            }
        }, Duration.ofSeconds(30), 1024);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().length).isEqualTo(10);
    }

    @Test
    void aWriterThatFailsStopsTheProgramAndTheFailureIsRethrown() throws Exception {
        assertThatThrownBy(() -> runner.run(List.of("/bin/cat"), stdin -> {
            stdin.write(new byte[10]);
            throw new IllegalStateException("the writer broke");
        }, Duration.ofSeconds(30), 1024))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the writer broke");
    }

    @Test
    void theTimeLimitCoversAWriterThatNeverFinishes() throws Exception {
        assertThatThrownBy(() -> runner.run(List.of("/bin/sh", "-c", "cat > /dev/null"), stdin -> {
            byte[] block = new byte[1024];
            while (true) {
                stdin.write(block);
            }
        }, Duration.ofSeconds(1), 1024))
                .isInstanceOf(ProcessTimeoutException.class);
    }
}
