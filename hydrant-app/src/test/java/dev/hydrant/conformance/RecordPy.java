package dev.hydrant.conformance;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The reference implementation, {@code tools/record.py}, run with {@code python3} as a subprocess so the Java
 * port can be checked against it. Tests calling {@link #require} are skipped when python3 is not on PATH.
 */
final class RecordPy {

    private final Path script;

    private RecordPy(Path script) {
        this.script = script;
    }

    /** record.py of the shared corpus; skips the calling test when python3 cannot be run. */
    static RecordPy require(SharedConformanceFiles shared) {
        Assumptions.assumeTrue(pythonAvailable(), "python3 is not on PATH");
        return new RecordPy(shared.recordPy());
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code python3 record.py ARGS...}; its stdout. */
    String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, "", true);
    }

    /** {@code python3 record.py ARGS...}; its stdout whatever the exit status (compare exits 1 on differences). */
    String runAllowingFailure(String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, "", false);
    }

    /**
     * {@code record.py normalise FILE} for several files in one Python process (the command's own
     * {@code cmd_normalise}), so the test suite does not pay Python's start-up per transcript.
     */
    java.util.Map<Path, List<String>> normaliseAll(List<Path> files) {
        String code = """
                import types
                for path in sys.stdin.read().split('\\n'):
                    if path:
                        print('#### ' + path)
                        record.cmd_normalise(types.SimpleNamespace(transcript=path))
                """;
        String out = eval(code, String.join("\n", files.stream().map(Path::toString).toList()));
        java.util.Map<Path, List<String>> result = new java.util.LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("#### ")) {
                current = new ArrayList<>();
                result.put(Path.of(line.substring(5)), current);
            } else if (current != null && !line.isBlank()) {
                current.add(line);
            }
        }
        return result;
    }

    /** Runs Python code with record.py importable as {@code record}, feeding it stdin; its stdout. */
    String eval(String code, String stdin) {
        String prelude = "import sys\nsys.path.insert(0, " + PythonValues.strRepr(script.getParent().toString())
                + ")\nimport record\n";
        return exec(List.of("python3", "-c", prelude + code), stdin, true);
    }

    private static String exec(List<String> cmd, String stdin, boolean mustSucceed) {
        try {
            Path stderr = Files.createTempFile("record-py", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                CompletableFuture<byte[]> out = new CompletableFuture<>();
                Thread.ofVirtual().start(() -> {
                    try {
                        out.complete(p.getInputStream().readAllBytes());
                    } catch (IOException e) {
                        out.completeExceptionally(e);
                    }
                });
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                if (!p.waitFor(600, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("python3 timed out: " + cmd);
                }
                String stdout = new String(out.join(), StandardCharsets.UTF_8);
                if (mustSucceed && p.exitValue() != 0) {
                    throw new IllegalStateException("python3 failed (" + p.exitValue() + "): " + Files.readString(stderr));
                }
                return stdout;
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path tempFile(String suffix, String content) {
        try {
            Path f = Files.createTempFile("conformance", suffix);
            f.toFile().deleteOnExit();
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
