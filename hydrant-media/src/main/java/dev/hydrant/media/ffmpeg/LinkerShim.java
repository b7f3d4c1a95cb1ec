package dev.hydrant.media.ffmpeg;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for desktop sound and screen-capture libraries the bundled ffmpeg build links against but
 * never uses here.
 *
 * <p>The {@code org.bytedeco:ffmpeg} executables load {@code libavdevice}, which names PulseAudio, ALSA
 * and XCB libraries as dependencies for its capture and playback devices. A headless server may lack
 * them, and then the dynamic linker refuses to start ffmpeg at all. We never open a device (no
 * {@code -f pulse}, {@code -f alsa}, {@code -f x11grab}), and every call libavdevice makes into those
 * libraries is bound lazily, so any loadable library under the missing name lets ffmpeg start. The
 * stand-in is the bundle's own {@code libdrm.so.2}: it carries no symbol-version definitions (so the
 * linker accepts it for any versioned reference) and needs only libc. A symbolic link named after the
 * missing library is put in a shim directory that goes first on {@code LD_LIBRARY_PATH}.
 *
 * <p>Only the names in {@link #DEVICE_LIBRARIES} are ever shimmed; any other missing library is a real
 * problem and is reported as such.
 */
final class LinkerShim {

    /**
     * Libraries used only by libavdevice's capture and playback devices, plus libudev, which libavutil
     * uses only to enumerate hardware devices (we never create one).
     */
    static final Set<String> DEVICE_LIBRARIES = Set.of(
            "libpulse.so.0", "libasound.so.2", "libxcb.so.1", "libxcb-shm.so.0", "libxcb-shape.so.0",
            "libxcb-xfixes.so.0", "libXau.so.6", "libXdmcp.so.6", "libudev.so.1");

    static final String STAND_IN = "libdrm.so.2";

    private static final Pattern MISSING = Pattern.compile(
            "error while loading shared libraries: (\\S+): cannot open shared object file");

    private final Path directory;
    private final Path standIn;

    LinkerShim(Path directory, Path standIn) {
        this.directory = directory;
        this.standIn = standIn;
    }

    Path directory() {
        return directory;
    }

    /** The library the dynamic linker could not find, from a failed start's standard error. */
    static Optional<String> missingLibrary(String stderr) {
        Matcher m = MISSING.matcher(stderr);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the missing library is one we may stand in for, and the stand-in exists. */
    boolean canCover(String library) {
        return DEVICE_LIBRARIES.contains(library) && Files.isRegularFile(standIn);
    }

    /** Links {@code library} to the stand-in inside the shim directory (safe against concurrent callers). */
    void cover(String library) throws IOException {
        Files.createDirectories(directory);
        Path link = directory.resolve(library);
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(standIn)) {
            return;
        }
        Path temporary = directory.resolve(library + ".tmp-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId());
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, standIn);
        try {
            Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, link, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
