package dev.hydrant.media.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgSizeTest {

    @Test
    void readsAbsoluteSizesAndFallsBackToTheViewBox() {
        assertThat(SvgSize.size("120", "80", null)).contains(MediaInfo.dimensions(120, 80));
        assertThat(SvgSize.size("120px", "1in", null)).contains(MediaInfo.dimensions(120, 90));
        assertThat(SvgSize.size("100%", "100%", "0 0 300 200")).contains(MediaInfo.dimensions(300, 200));
        assertThat(SvgSize.size(null, null, "0,0,64.4,32")).contains(MediaInfo.dimensions(64, 32));
        assertThat(SvgSize.size("50%", null, null)).isEmpty();
        assertThat(SvgSize.size("0", "10", null)).isEmpty();
    }

    @Test
    void ignoresDoctypesAndStopsAtTheRootElement(@TempDir Path dir) throws Exception {
        Path evil = Files.writeString(dir.resolve("evil.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">&x;</svg>");
        // the DTD is skipped, never resolved: the entity would only be met after the root element anyway
        assertThat(SvgSize.read(evil)).contains(MediaInfo.dimensions(10, 10));
        Path fine = Files.writeString(dir.resolve("ok.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"7\" height=\"5\"><g>" + "<rect/>".repeat(1000));
        assertThat(SvgSize.read(fine)).contains(MediaInfo.dimensions(7, 5));
    }
}
