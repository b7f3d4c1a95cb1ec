package dev.hydrant.core.options;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.importing.FileImportOptions;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options are read from what people type into one stored form, and bad text changes nothing. */
class ServerOptionsTest {
    private static final class MemoryStore implements OptionStore {
        final Map<String, String> rows = new HashMap<>();

        @Override
        public Map<String, String> all() {
            return new TreeMap<>(rows);
        }

        @Override
        public void put(String name, String value) {
            rows.put(name, value);
        }

        @Override
        public void remove(String name) {
            rows.remove(name);
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final ServerOptions options = new ServerOptions(store);

    @Test
    void defaultsAreHydrusDefaults() {
        assertThat(options.deleteLockForArchivedFiles()).isFalse();
        assertThat(options.fileImportOptions()).isEqualTo(FileImportOptions.DEFAULTS);
        assertThat(options.values()).containsEntry("import-max-size", "none").containsEntry("import-exclude-deleted",
                "true");
    }

    @Test
    void valuesAreStoredInOneForm() {
        assertThat(options.set("delete-lock-for-archived-files", "YES")).isEqualTo("true");
        assertThat(options.set("import-max-size", "1.5 MB")).isEqualTo("1572864");
        assertThat(options.set("import-min-size", "200kb")).isEqualTo("204800");
        assertThat(options.set("import-min-resolution", "100 x 50")).isEqualTo("100x50");
        assertThat(options.set("import-allowed-filetypes", "Image, mp4 ,video/webm,.mkv")).isEqualTo(
                "image, mp4, video/webm, .mkv");
        FileImportOptions o = options.fileImportOptions();
        assertThat(options.deleteLockForArchivedFiles()).isTrue();
        assertThat(o.maxSize()).isEqualTo(1_572_864L);
        assertThat(o.minSize()).isEqualTo(204_800L);
        assertThat(o.minResolution()).isEqualTo(new FileImportOptions.Resolution(100, 50));
        assertThat(o.allowedTypes()).contains(FileType.IMAGE_PNG, FileType.IMAGE_JPEG, FileType.VIDEO_MP4,
                FileType.VIDEO_WEBM, FileType.VIDEO_MKV).doesNotContain(FileType.ANIMATION_GIF, FileType.AUDIO_MP3);
    }

    @Test
    void aDefaultValueRemovesTheRow() {
        options.set("import-exclude-deleted", "no");
        assertThat(store.rows).containsEntry("import-exclude-deleted", "false");
        options.set("import-exclude-deleted", "true");
        assertThat(store.rows).isEmpty();
        options.set("import-max-resolution", "1920x1080");
        options.reset("import-max-resolution");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void badTextIsRefusedAndChangesNothing() {
        options.set("import-max-size", "10MB");
        assertThatThrownBy(() -> options.set("import-max-size", "lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a size");
        assertThatThrownBy(() -> options.set("import-max-size", "0")).hasMessageContaining("at least 1 byte");
        assertThatThrownBy(() -> options.set("import-min-resolution", "0x10"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.set("import-allowed-filetypes", "image, pictures"))
                .hasMessageContaining("\"pictures\" is not a filetype");
        assertThatThrownBy(() -> options.set("delete-lock-for-archived-files", "maybe"))
                .hasMessageContaining("is not yes or no");
        assertThatThrownBy(() -> options.set("no-such-option", "1")).hasMessageContaining("There is no option");
        assertThat(store.rows).containsOnly(Map.entry("import-max-size", "10485760"));
    }
}
