package dev.hydrant.media.ffmpeg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an external program with a hard time limit and bounded output.
 *
 * <p>Invariants: standard input is closed at once, or written by the caller's {@link StdinWriter} on a thread of
 * its own (a writer that fails kills the program); standard error is drained on its own thread into a
 * head-and-tail {@link OutputCapture}; standard output is either captured up to a limit or handed to a
 * {@link StdoutSink} in chunks; a watchdog kills the program and all its descendants when the time limit
 * passes, so no call blocks longer than the limit plus a few seconds of clean-up (plus, with a writer, the
 * moment it takes to notice the program is gone). Every call that
 * returns or throws has already killed or reaped its process. Instances are immutable and thread-safe.
 */
public final class ProcessRunner {

    /** Receives standard output as it arrives; answering {@code false} stops (and kills) the program. */
    @FunctionalInterface
    public interface StdoutSink {
        boolean accept(byte[] buffer, int offset, int length) throws IOException;
    }

    /**
     * Writes a program's standard input, on a thread of its own while the program runs; the stream is closed when
     * it returns. An {@link IOException} from the stream means the program stopped reading (it ended or was
     * stopped) and is not reported; any other failure stops the program and is rethrown by the call.
     */
    @FunctionalInterface
    public interface StdinWriter {
        void writeTo(OutputStream stdin) throws IOException;
    }

    static final int STDERR_HEAD = 256 * 1024;
    static final int STDERR_TAIL = 64 * 1024;
    private static final long DRAIN_GRACE_MS = 5_000;
    /** How long a call waits for its input writer to notice that the program is gone (it may be mid-frame). */
    private static final long STDIN_GRACE_MS = 30_000;

    private final Map<String, String> environment;

    /** A runner whose programs see exactly {@code environment} (not this process's environment). */
    public ProcessRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Runs {@code command} and captures up to {@code stdoutLimit} bytes of standard output; a program that
     * writes more is stopped and the result says {@code stdoutOverflow}.
     */
    public ProcessResult run(List<String> command, Duration timeout, int stdoutLimit)
            throws IOException, ProcessTimeoutException {
        return run(command, null, timeout, stdoutLimit);
    }

    /** Like {@link #run(List, Duration, int)}, with standard input written by {@code stdin} ({@code null}: none). */
    public ProcessResult run(List<String> command, StdinWriter stdin, Duration timeout, int stdoutLimit)
            throws IOException, ProcessTimeoutException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean[] overflow = new boolean[1];
        ProcessResult streamed = stream(command, stdin, timeout, (buffer, offset, length) -> {
            if (out.size() + (long) length > stdoutLimit) {
                overflow[0] = true;
                return false;
            }
            out.write(buffer, offset, length);
            return true;
        });
        return new ProcessResult(streamed.exitCode(), out.toByteArray(), overflow[0], streamed.stoppedEarly(),
                streamed.stderr(), streamed.stderrTruncated());
    }

    /** Runs {@code command}, handing standard output to {@code sink} until it ends or the sink says stop. */
    public ProcessResult stream(List<String> command, Duration timeout, StdoutSink sink)
            throws IOException, ProcessTimeoutException {
        return stream(command, null, timeout, sink);
    }

    /**
     * Like {@link #stream(List, Duration, StdoutSink)}, with standard input written by {@code stdin} ({@code null}:
     * none); the time limit covers the writing too.
     */
    public ProcessResult stream(List<String> command, StdinWriter stdin, Duration timeout, StdoutSink sink)
            throws IOException, ProcessTimeoutException {
        Objects.requireNonNull(sink, "sink");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        AtomicReference<Throwable> stdinFailure = new AtomicReference<>();
        Thread stdinWriter = null;
        if (stdin == null) {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // the program may already have exited; nothing to feed it anyway
            }
        } else {
            stdinWriter = Thread.ofPlatform().daemon().name("stdin-" + process.pid())
                    .start(() -> feed(process, stdin, stdinFailure));
        }
        OutputCapture stderr = new OutputCapture(STDERR_HEAD, STDERR_TAIL);
        Thread stderrReader = Thread.ofPlatform().daemon().name("stderr-" + process.pid())
                .start(() -> drain(process.getErrorStream(), stderr));
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread watchdog = Thread.ofPlatform().daemon().name("watchdog-" + process.pid()).start(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut.set(true);
                    killTree(process);
                }
            } catch (InterruptedException e) {
                // the call finished first
            }
        });
        boolean stoppedEarly = false;
        try {
            try (InputStream out = process.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = out.read(buffer)) >= 0) {
                    if (n > 0 && !sink.accept(buffer, 0, n)) {
                        stoppedEarly = true;
                        killTree(process);
                        break;
                    }
                }
            } catch (IOException e) {
                // a timeout or a failed input writer kills the program, which can close its output under the read;
                // the call then reports the timeout or the writer's failure below, not this read error
                if (!timedOut.get() && stdinFailure.get() == null) {
                    throw e;
                }
            }
            process.waitFor();
            stderrReader.join(DRAIN_GRACE_MS);
            if (stdinWriter != null) {
                stdinWriter.join(STDIN_GRACE_MS);
            }
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + command.get(0));
        } catch (IOException | RuntimeException e) {
            killTree(process);
            throw e;
        } finally {
            watchdog.interrupt();
        }
        if (timedOut.get()) {
            throw new ProcessTimeoutException(programName(command), timeout);
        }
        Throwable failed = stdinFailure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        return new ProcessResult(process.exitValue(), new byte[0], false, stoppedEarly, stderr.bytes(), stderr.truncated());
    }

    private static void feed(Process process, StdinWriter stdin, AtomicReference<Throwable> failure) {
        try (OutputStream in = process.getOutputStream()) {
            stdin.writeTo(in);
        } catch (IOException e) {
            // the program stopped reading: it ended, failed or was stopped, which its own result tells
        } catch (RuntimeException | Error e) {
            failure.set(e);
            killTree(process);
        }
    }

    private static String programName(List<String> command) {
        String program = command.get(0);
        int slash = program.lastIndexOf('/');
        return slash >= 0 ? program.substring(slash + 1) : program;
    }

    private static void drain(InputStream in, OutputCapture capture) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                capture.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the process was killed; what was read is kept
        }
    }

    /** Kills the process and everything it started, children first. */
    static void killTree(Process process) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
