package dev.hydrant.media.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.media.sniff.FileTypeSniffer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every imported sample of {@code shared/media} through {@link HeaderInspector}: each value it reports must be
 * the value hydrus 682 reported; values it cannot determine stay null (never guessed). The images it handles
 * must all have their sizes.
 */
class GroundTruthInspectTest {
    private static final List<String> SIZED = List.of("png_rgb.png", "png_rgba.png", "png_gray.png",
            "png_gray16.png", "png_palette.png", "png_interlaced.png", "png_rgba_opaque.png", "jpeg_plain.jpg",
            "jpeg_exif.jpg", "jpeg_exif_rot6.jpg", "jpeg_icc.jpg", "jpeg_cmyk.jpg", "jpeg_gray.jpg",
            "jpeg_progressive.jpg", "corrupt_truncated.jpg", "gif_static.gif", "gif_anim.gif", "apng_anim.png",
            "webp_lossy.webp", "webp_lossless.webp", "webp_alpha.webp", "webp_anim.webp", "bmp.bmp", "tiff.tiff",
            "ico.ico", "psd.psd", "dup_base.png", "dup_q60.jpg", "dup_pixel_copy.webp");

    @Test
    void everyReportedValueIsHydrussValue() throws Exception {
        Path media = SharedCorpus.media();
        JsonNode truth = new ObjectMapper().readTree(media.resolve("ground-truth.json").toFile());
        HeaderInspector inspector = new HeaderInspector();
        FileTypeSniffer sniffer = new FileTypeSniffer();
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            JsonNode m = e.getValue().path("file_metadata").path("metadata");
            boolean imported = e.getValue().path("add_file").path("json").path("status").asInt() == 1;
            if (e.getKey().startsWith("_") || !imported || !Files.exists(media.resolve(e.getKey()))) {
                continue;
            }
            Path file = media.resolve(e.getKey());
            FileType type = sniffer.sniff(file).fileType();
            MediaProperties p = inspector.inspect(file, type);
            checked++;
            compare(differences, e.getKey(), "width", p.width(), m.get("width"));
            compare(differences, e.getKey(), "height", p.height(), m.get("height"));
            compare(differences, e.getKey(), "duration", p.durationMs(), m.get("duration"));
            compare(differences, e.getKey(), "num_frames", p.numFrames(), m.get("num_frames"));
            compare(differences, e.getKey(), "has_audio", p.hasAudio(), m.get("has_audio"));
            flag(differences, e.getKey(), "has_transparency", p.flags().transparency(), m);
            flag(differences, e.getKey(), "has_exif", p.flags().exif(), m);
            flag(differences, e.getKey(), "has_icc_profile", p.flags().iccProfile(), m);
            flag(differences, e.getKey(), "has_xmp", p.flags().xmp(), m);
            flag(differences, e.getKey(), "has_iptc", p.flags().iptc(), m);
            if (SIZED.contains(e.getKey())) {
                assertThat(p.width()).as(e.getKey() + " width").isNotNull();
            }
            assertThat(p.pixelHash()).isNull();
            assertThat(p.blurhash()).isNull();
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(differences).isEmpty();
    }

    private static void compare(List<String> out, String file, String field, Object ours, JsonNode theirs) {
        if (ours == null) {
            return;
        }
        String expected = theirs == null || theirs.isNull() ? "null" : theirs.asText();
        if (!ours.toString().equals(expected)) {
            out.add(file + " " + field + ": hydrus " + expected + ", ours " + ours);
        }
    }

    /** A flag we report true must be true in hydrus (false may just mean "not checked"). */
    private static void flag(List<String> out, String file, String field, boolean ours, JsonNode m) {
        if (ours && !m.path(field).asBoolean(false)) {
            out.add(file + " " + field + ": hydrus false, ours true");
        }
    }
}
