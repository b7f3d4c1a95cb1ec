package dev.hydrant.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FfmpegLocatorTest {

    @Test
    void findsTheExecutablesShippedInTheMavenDependency() {
        FfmpegExecutables exes = BundledFfmpeg.executables();
        assertThat(exes.origin()).isEqualTo(FfmpegExecutables.Origin.BUNDLED);
        assertThat(exes.version()).startsWith("8.");
        assertThat(Files.isExecutable(exes.ffmpeg())).isTrue();
        assertThat(Files.isExecutable(exes.ffprobe())).isTrue();
        assertThat(exes.environment()).containsKey("LD_LIBRARY_PATH").doesNotContainKey("LD_PRELOAD");
    }

    @Test
    void worksWithAMinimalEnvironment() throws Exception {
        FfmpegExecutables exes = new FfmpegLocator(Map.of("PATH", "/usr/bin:/bin"), true, false).locate();
        assertThat(exes.origin()).isEqualTo(FfmpegExecutables.Origin.BUNDLED);
    }

    @Test
    void reportsClearlyWhenNothingIsFound() {
        FfmpegLocator nowhere = new FfmpegLocator(Map.of("PATH", "/nonexistent"), false, true);
        assertThatThrownBy(nowhere::locate)
                .isInstanceOf(FfmpegUnavailableException.class)
                .hasMessageContaining("FFMPEG not found");
    }

    @Test
    void standsInForMissingDeviceLibrariesOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path standIn = Files.writeString(dir.resolve("libdrm.so.2"), "stand-in");
        LinkerShim shim = new LinkerShim(dir.resolve("shim"), standIn);
        assertThat(shim.canCover("libpulse.so.0")).isTrue();
        assertThat(shim.canCover("libavcodec.so.62")).isFalse();
        shim.cover("libpulse.so.0");
        shim.cover("libpulse.so.0");
        assertThat(Files.readSymbolicLink(dir.resolve("shim/libpulse.so.0"))).isEqualTo(standIn);
        assertThat(new LinkerShim(dir.resolve("other"), dir.resolve("missing")).canCover("libpulse.so.0")).isFalse();
    }

    @Test
    void readsTheMissingLibraryFromTheLinkerMessage() {
        String stderr = "./ffprobe: error while loading shared libraries: libpulse.so.0: cannot open shared object file: No such file or directory";
        assertThat(LinkerShim.missingLibrary(stderr)).contains("libpulse.so.0");
        assertThat(LinkerShim.missingLibrary("all good")).isEmpty();
    }
}
