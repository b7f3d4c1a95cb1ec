package dev.hydrant.media.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydrant.core.files.FileType;
import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.ffmpeg.BundledFfmpeg;
import dev.hydrant.media.ffmpeg.FfprobeContainerProbe;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.inspect.MediaProbe;
import dev.hydrant.media.sniff.FileTypeSniffer;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The thumbnail of every corpus file (format, size, blurhash) against hydrus 682's. Files refused at
 * import get the static unknown-file icon, as hydrus serves {@code hydrus.png} for hashes it lacks.
 * Known differences are listed with their reason; they must keep differing, so a fix shows up.
 */
class GroundTruthThumbnailTest {

    /** file -> why our thumbnail differs from hydrus's. */
    static final Map<String, String> KNOWN_BLURHASH_MISMATCHES = Map.of(
            "psd.psd", "ffmpeg cannot decode this PSD (hydrus's could not either: it shows its psd icon); "
                    + "the blurhash is that of the icon picture, and our icon is our own drawing");

    static final Map<String, String> KNOWN_FORMAT_OR_SIZE_MISMATCHES = Map.of();

    private static MediaProbe inspector;
    private static FileTypeSniffer sniffer;
    private static FileThumbnailer thumbnailer;

    @BeforeAll
    static void tools() {
        inspector = new MediaProbe(BundledFfmpeg.ffmpeg());
        sniffer = new FileTypeSniffer(new FfprobeContainerProbe(BundledFfmpeg.executables()));
        thumbnailer = new FileThumbnailer(BundledFfmpeg.ffmpeg());
    }

    static List<String> files() {
        return SharedMedia.names();
    }

    /** Each file is thumbnailed once for both checks. */
    private static final Map<String, FileThumbnail> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    private static FileThumbnail thumbnailOf(String name) throws Exception {
        FileThumbnail made = MADE.get(name);
        if (made == null) {
            made = make(name);
            MADE.put(name, made);
        }
        return made;
    }

    private static FileThumbnail make(String name) throws Exception {
        JsonNode record = SharedMedia.record(name);
        if (record.path("add_file").path("json").path("status").asInt() != 1) {
            return FileThumbnailer.staticIcon(FallbackIcon.UNKNOWN);
        }
        FileType type = sniffer.sniff(SharedMedia.file(name)).fileType();
        MediaInfo info = inspector.inspect(SharedMedia.file(name), type);
        return thumbnailer.make(SharedMedia.file(name), type, info);
    }

    @ParameterizedTest
    @MethodSource("files")
    void formatAndSizeMatchHydrus(String name) throws Exception {
        JsonNode image = SharedMedia.record(name).path("thumbnail").path("body").path("image");
        FileThumbnail thumb = thumbnailOf(name);
        String expected = image.path("format").asText() + " " + image.path("width").asInt() + "x" + image.path("height").asInt();
        String actual = thumb.format().name().toLowerCase() + " " + thumb.width() + "x" + thumb.height();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumb.bytes()));
        assertThat(decoded.getWidth() + "x" + decoded.getHeight()).as("encoded size of %s", name)
                .isEqualTo(thumb.width() + "x" + thumb.height());
        if (KNOWN_FORMAT_OR_SIZE_MISMATCHES.containsKey(name)) {
            assertThat(actual).as("%s is a known difference; it now matches, update the list", name).isNotEqualTo(expected);
        } else {
            assertThat(actual).as("thumbnail of %s", name).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void blurhashMatchesHydrus(String name) throws Exception {
        Optional<String> expected = SharedMedia.blurhash(name);
        FileThumbnail thumb = thumbnailOf(name);
        if (KNOWN_BLURHASH_MISMATCHES.containsKey(name)) {
            assertThat(thumb.blurhashIfAny()).as("%s is a known difference; it now matches, update the list", name)
                    .isNotEqualTo(expected);
        } else {
            assertThat(thumb.blurhashIfAny()).as("blurhash of %s", name).isEqualTo(expected);
        }
    }

    @Test
    void atLeastNinetyFivePercentOfBlurhashesMatch() {
        long withBlurhash = files().stream().filter(n -> SharedMedia.blurhash(n).isPresent()).count();
        assertThat(withBlurhash).isGreaterThanOrEqualTo(40);
        double share = (double) (withBlurhash - KNOWN_BLURHASH_MISMATCHES.size()) / withBlurhash;
        assertThat(share).isGreaterThanOrEqualTo(0.95);
    }
}
