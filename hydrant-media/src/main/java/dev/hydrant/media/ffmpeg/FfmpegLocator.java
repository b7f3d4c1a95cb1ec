package dev.hydrant.media.ffmpeg;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Loader;

/**
 * Finds ffmpeg and ffprobe: first the executables shipped in the {@code org.bytedeco:ffmpeg} jar for
 * this platform (extracted once into JavaCPP's cache through its {@link Loader}; no native code is
 * loaded into the JVM), then a system copy on the {@code PATH}. A candidate counts only after
 * {@code -version} ran successfully within {@link #VERSION_TIMEOUT}.
 *
 * <p>The first successful answer is kept by the instance; create one locator per application.
 */
public final class FfmpegLocator {

    static final Duration VERSION_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_SHIMS = 8;
    /** Variables that would change how the dynamic linker treats the executables. */
    private static final List<String> LINKER_VARIABLES = List.of("LD_PRELOAD", "LD_BIND_NOW", "LD_LIBRARY_PATH", "LD_AUDIT");

    private final Map<String, String> baseEnvironment;
    private final boolean useBundled;
    private final boolean useSystem;
    private FfmpegExecutables found;

    /** Bundled first, then the system copy; programs inherit this process's environment (minus linker overrides). */
    public FfmpegLocator() {
        this(System.getenv(), true, true);
    }

    FfmpegLocator(Map<String, String> baseEnvironment, boolean useBundled, boolean useSystem) {
        Map<String, String> env = new HashMap<>(baseEnvironment);
        LINKER_VARIABLES.forEach(env::remove);
        this.baseEnvironment = Map.copyOf(env);
        this.useBundled = useBundled;
        this.useSystem = useSystem;
    }

    /** A locator that only accepts the executables from the Maven dependency. */
    public static FfmpegLocator bundledOnly() {
        return new FfmpegLocator(System.getenv(), true, false);
    }

    /** A locator that only accepts ffmpeg and ffprobe found on the {@code PATH}. */
    public static FfmpegLocator systemOnly() {
        return new FfmpegLocator(System.getenv(), false, true);
    }

    /** Explicit executables (for configuration); they are checked like the others. */
    public static FfmpegExecutables configured(Path ffmpeg, Path ffprobe) throws FfmpegUnavailableException {
        Map<String, String> env = new HashMap<>(System.getenv());
        LINKER_VARIABLES.forEach(env::remove);
        String version = checkVersion(ffmpeg, ffprobe, env);
        return new FfmpegExecutables(ffmpeg, ffprobe, env, FfmpegExecutables.Origin.CONFIGURED, version);
    }

    /** The executables to use, looking for them on the first call. */
    public synchronized FfmpegExecutables locate() throws FfmpegUnavailableException {
        if (found != null) {
            return found;
        }
        List<String> problems = new ArrayList<>();
        if (useBundled) {
            try {
                Optional<FfmpegExecutables> bundled = bundled();
                if (bundled.isPresent()) {
                    found = bundled.get();
                    return found;
                }
                problems.add("no bundled ffmpeg for platform " + Loader.getPlatform());
            } catch (FfmpegUnavailableException | IOException | RuntimeException e) {
                problems.add("bundled ffmpeg unusable: " + e.getMessage());
            }
        }
        if (useSystem) {
            try {
                Optional<FfmpegExecutables> system = system();
                if (system.isPresent()) {
                    found = system.get();
                    return found;
                }
                problems.add("no ffmpeg and ffprobe on the PATH");
            } catch (FfmpegUnavailableException e) {
                problems.add("system ffmpeg unusable: " + e.getMessage());
            }
        }
        throw new FfmpegUnavailableException("FFMPEG not found: " + String.join("; ", problems));
    }

    private Optional<FfmpegExecutables> bundled() throws IOException, FfmpegUnavailableException {
        String platform = Loader.getPlatform();
        Class<?> anchor = org.bytedeco.ffmpeg.ffmpeg.class;
        URL ffmpegUrl = anchor.getResource(platform + "/ffmpeg");
        if (ffmpegUrl == null || anchor.getResource(platform + "/ffprobe") == null) {
            return Optional.empty();
        }
        Path directory = null;
        for (String name : bundleFileNames(ffmpegUrl)) {
            if (name.startsWith("libjni")) {
                continue; // JNI wrappers: only for loading into a JVM, which we never do
            }
            File cached = Loader.cacheResource(anchor, platform + "/" + name);
            if (cached == null) {
                throw new IOException("could not extract " + name);
            }
            directory = cached.toPath().getParent();
        }
        if (directory == null) {
            return Optional.empty();
        }
        Path ffmpeg = directory.resolve("ffmpeg");
        Path ffprobe = directory.resolve("ffprobe");
        ffmpeg.toFile().setExecutable(true);
        ffprobe.toFile().setExecutable(true);
        LinkerShim shim = new LinkerShim(Loader.getCacheDir().toPath().resolve("hydrant-ffmpeg-shim").resolve(platform),
                directory.resolve(LinkerShim.STAND_IN));
        Map<String, String> env = new HashMap<>(baseEnvironment);
        env.put("LD_LIBRARY_PATH", shim.directory() + File.pathSeparator + directory);
        FfmpegUnavailableException last = null;
        for (int attempt = 0; attempt <= MAX_SHIMS; attempt++) {
            try {
                String version = checkVersion(ffmpeg, ffprobe, env);
                return Optional.of(new FfmpegExecutables(ffmpeg, ffprobe, env, FfmpegExecutables.Origin.BUNDLED, version));
            } catch (FfmpegUnavailableException e) {
                last = e;
                Optional<String> missing = LinkerShim.missingLibrary(e.getMessage());
                if (missing.isEmpty() || !shim.canCover(missing.get())) {
                    throw e;
                }
                shim.cover(missing.get());
            }
        }
        throw last;
    }

    private Optional<FfmpegExecutables> system() throws FfmpegUnavailableException {
        Optional<Path> ffmpeg = onPath("ffmpeg");
        Optional<Path> ffprobe = onPath("ffprobe");
        if (ffmpeg.isEmpty() || ffprobe.isEmpty()) {
            return Optional.empty();
        }
        String version = checkVersion(ffmpeg.get(), ffprobe.get(), baseEnvironment);
        return Optional.of(new FfmpegExecutables(ffmpeg.get(), ffprobe.get(), baseEnvironment,
                FfmpegExecutables.Origin.SYSTEM, version));
    }

    private Optional<Path> onPath(String program) {
        String path = baseEnvironment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code -version} on both programs; answers ffmpeg's version string. */
    static String checkVersion(Path ffmpeg, Path ffprobe, Map<String, String> env) throws FfmpegUnavailableException {
        String version = versionOf(ffmpeg, "ffmpeg version ", env);
        versionOf(ffprobe, "ffprobe version ", env);
        return version;
    }

    private static String versionOf(Path program, String prefix, Map<String, String> env) throws FfmpegUnavailableException {
        ProcessResult result;
        try {
            result = new ProcessRunner(env).run(List.of(program.toString(), "-hide_banner", "-version"),
                    VERSION_TIMEOUT, 1024 * 1024);
        } catch (IOException | ProcessTimeoutException e) {
            throw new FfmpegUnavailableException(program + " could not be run: " + e.getMessage(), e);
        }
        String stdout = new String(result.stdout(), StandardCharsets.UTF_8);
        if (result.exitCode() != 0 || !stdout.startsWith(prefix)) {
            throw new FfmpegUnavailableException(program + " -version failed (exit " + result.exitCode() + "): "
                    + result.stderrText().strip());
        }
        String rest = stdout.substring(prefix.length());
        int space = rest.indexOf(' ');
        return space > 0 ? rest.substring(0, space) : rest.strip();
    }

    /** The file names in the jar (or class-path directory) folder that holds the executable. */
    private static List<String> bundleFileNames(URL executable) throws IOException {
        URLConnection connection = executable.openConnection();
        TreeSet<String> names = new TreeSet<>();
        if (connection instanceof JarURLConnection jar) {
            String entryName = jar.getEntryName();
            String folder = entryName.substring(0, entryName.lastIndexOf('/') + 1);
            JarFile file = jar.getJarFile();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) {
                    names.add(name.substring(folder.length()));
                }
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(executable.toURI()).getParent())) {
                files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException("unusable resource location " + executable, e);
            }
        }
        return List.copyOf(names);
    }
}
