package dev.hydrant.core.files.importing;

import dev.hydrant.core.files.FileType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The vetoes of the file import options, in hydrus's order and words. */
class FileImportOptionsTest {
    private static final FileImportOptions.Resolution SMALL = new FileImportOptions.Resolution(100, 100);

    @Test
    void defaultsAllowEveryImportableFile() {
        assertThat(FileImportOptions.DEFAULTS.veto(50_000_000_000L, FileType.VIDEO_MP4, 9000, 9000)).isEmpty();
        assertThat(FileImportOptions.DEFAULTS.excludeDeleted()).isTrue();
        assertThat(FileImportOptions.ALL_TYPES).contains(FileType.IMAGE_JPEG, FileType.APPLICATION_ZIP,
                FileType.AUDIO_MP3).doesNotContain(FileType.APPLICATION_HYDRUS_CLIENT_COLLECTION);
    }

    @Test
    void theFiletypeIsCheckedFirst() {
        FileImportOptions videoOnly = new FileImportOptions(true, EnumSet.of(FileType.VIDEO_MP4), 10_000L, null,
                null, SMALL, null);
        assertThat(videoOnly.veto(5, FileType.ANIMATION_GIF, 1, 1))
                .contains("File was a animated gif, which is not allowed by the File Import Options.");
    }

    @Test
    void sizesThenGifSizeThenResolutions() {
        FileImportOptions o = new FileImportOptions(true, FileImportOptions.ALL_TYPES, 1024L, 10L * 1024 * 1024,
                2048L, SMALL, new FileImportOptions.Resolution(1920, 1080));
        assertThat(o.veto(1000, FileType.IMAGE_PNG, 500, 500))
                .contains("File was 1,000B but the lower limit is 1KB.");
        assertThat(o.veto(11L * 1024 * 1024, FileType.IMAGE_PNG, 500, 500))
                .contains("File was 11MB but the upper limit is 10MB.");
        assertThat(o.veto(4096, FileType.ANIMATION_GIF, 500, 500))
                .contains("File was 4KB but the upper limit for gifs is 2KB.");
        assertThat(o.veto(4096, FileType.IMAGE_PNG, 500, 500)).isEmpty();
        assertThat(o.veto(4096, FileType.IMAGE_PNG, 99, 500))
                .contains("File had resolution 99x500 but the lower limit is 100x100");
        assertThat(o.veto(4096, FileType.IMAGE_PNG, 2000, 10))
                .contains("File had resolution 2,000x10 but the lower limit is 100x100");
        assertThat(o.veto(4096, FileType.IMAGE_PNG, 2000, 1000))
                .contains("File had resolution 2,000x1,000 but the upper limit is 1080p");
    }

    @Test
    void filesWithoutDimensionsPassTheResolutionRules() {
        FileImportOptions o = new FileImportOptions(true, FileImportOptions.ALL_TYPES, null, null, null, SMALL,
                SMALL);
        assertThat(o.veto(4096, FileType.AUDIO_MP3, null, null)).isEmpty();
    }
}
