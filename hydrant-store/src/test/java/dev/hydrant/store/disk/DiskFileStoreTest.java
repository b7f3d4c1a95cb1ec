package dev.hydrant.store.disk;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileStore;
import dev.hydrant.core.files.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiskFileStoreTest {
    private static final ByteKey HASH = ByteKey.fromHex("be84f30d4458cac2f31b0ae6ca62dbefdcbd5c4b59c6f59ac87a0751d806885e");

    @TempDir
    Path dir;

    @Test
    void hydrusLayout() {
        DiskFileStore store = new DiskFileStore(dir);
        assertThat(dir.relativize(store.filePath(HASH, FileType.IMAGE_PNG)).toString())
                .isEqualTo("fbe/" + HASH.hex() + ".png");
        assertThat(dir.relativize(store.thumbnailPath(HASH)).toString())
                .isEqualTo("tbe/" + HASH.hex() + ".thumbnail");
        assertThat(store.locations()).singleElement().satisfies(l -> {
            assertThat(l.path()).isEqualTo(dir);
            assertThat(l.prefixes()).hasSize(512).startsWith("f00", "f01").endsWith("tfe", "tff").contains("fff", "t00");
        });
    }

    @Test
    void putMovesTheStagedBytesIntoPlaceAndListsThem() throws Exception {
        DiskFileStore store = new DiskFileStore(dir);
        Path staged = store.createStagingFile();
        Files.writeString(staged, "bytes");
        store.putFile(staged, HASH, FileType.IMAGE_PNG);
        assertThat(staged).doesNotExist();
        assertThat(store.filePath(HASH, FileType.IMAGE_PNG)).hasContent("bytes");
        assertThat(store.hasFile(HASH, FileType.IMAGE_PNG)).isTrue();
        assertThat(store.hasFile(HASH, FileType.IMAGE_JPEG)).isFalse();
        assertThat(store.listFiles(0xbe)).extracting(FileStore.StoredEntry::sha256).containsExactly(HASH);
        assertThat(store.listFiles(0xbf)).isEmpty();
        assertThat(store.listThumbnails(0xbe)).isEmpty();

        Path other = Files.writeString(dir.resolve("elsewhere"), "thumb");
        store.putThumbnail(other, HASH);
        assertThat(store.listThumbnails(0xbe)).extracting(FileStore.StoredEntry::path)
                .containsExactly(store.thumbnailPath(HASH));
        store.deleteFile(HASH, FileType.IMAGE_PNG);
        store.deleteThumbnail(HASH);
        assertThat(store.listFiles(0xbe)).isEmpty();
        assertThat(store.listThumbnails(0xbe)).isEmpty();
    }

    @Test
    void leftoversAreRemovedAndStrangersIgnored() throws Exception {
        DiskFileStore store = new DiskFileStore(dir);
        store.createStagingFile();
        Files.createDirectories(dir.resolve("fbe"));
        Files.writeString(dir.resolve("fbe").resolve(HASH.hex() + ".png.123" + DiskFileStore.LEFTOVER_SUFFIX), "x");
        Files.writeString(dir.resolve("fbe").resolve("notes.txt"), "keep me");
        assertThat(store.listFiles(0xbe)).isEmpty();
        assertThat(store.removeLeftovers()).isEqualTo(2);
        assertThat(dir.resolve("fbe").resolve("notes.txt")).exists();
    }
}
