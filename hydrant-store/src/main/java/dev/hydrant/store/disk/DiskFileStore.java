package dev.hydrant.store.disk;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileStore;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.StorageLocation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Client files in one folder with hydrus's layout ({@code fXX/<sha256><ext>}, {@code tXX/<sha256>.thumbnail}).
 *
 * <p>Writes are crash-safe: the bytes are synced, then renamed into place atomically, then the folder entry is
 * synced. When the source is on another disk the bytes are first copied next to the destination under a
 * {@value #LEFTOVER_SUFFIX} name, which the start-up sweep removes if a crash interrupts the copy.
 */
public final class DiskFileStore implements FileStore {
    static final String THUMBNAIL_EXTENSION = ".thumbnail";
    static final String LEFTOVER_SUFFIX = ".hydrant-partial";
    private static final String STAGING_FOLDER = "staging";
    private static final HexFormat HEX = HexFormat.of();

    private final Path root;

    public DiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    private static String prefix(ByteKey sha256) {
        return sha256.hex().substring(0, 2);
    }

    @Override
    public Path filePath(ByteKey sha256, FileType type) {
        return root.resolve("f" + prefix(sha256)).resolve(sha256.hex() + type.extension());
    }

    @Override
    public Path thumbnailPath(ByteKey sha256) {
        return root.resolve("t" + prefix(sha256)).resolve(sha256.hex() + THUMBNAIL_EXTENSION);
    }

    @Override
    public boolean hasFile(ByteKey sha256, FileType type) {
        return Files.isRegularFile(filePath(sha256, type));
    }

    @Override
    public void putFile(Path source, ByteKey sha256, FileType type) throws IOException {
        put(source, filePath(sha256, type));
    }

    @Override
    public void putThumbnail(Path source, ByteKey sha256) throws IOException {
        put(source, thumbnailPath(sha256));
    }

    private static void put(Path source, Path destination) throws IOException {
        Path folder = destination.getParent();
        Files.createDirectories(folder);
        sync(source);
        try {
            Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Path partial = folder.resolve(destination.getFileName() + "." + UUID.randomUUID() + LEFTOVER_SUFFIX);
            try {
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                sync(partial);
                Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            Files.deleteIfExists(source);
        }
        syncFolder(folder);
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable. Some platforms cannot open folders; there the rename is as durable as they allow. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows)
        }
    }

    @Override
    public void deleteFile(ByteKey sha256, FileType type) throws IOException {
        Files.deleteIfExists(filePath(sha256, type));
    }

    @Override
    public void deleteThumbnail(ByteKey sha256) throws IOException {
        Files.deleteIfExists(thumbnailPath(sha256));
    }

    @Override
    public Path createStagingFile() throws IOException {
        Path folder = root.resolve(STAGING_FOLDER);
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "import-", LEFTOVER_SUFFIX);
    }

    @Override
    public List<StoredEntry> listFiles(int prefixByte) throws IOException {
        return list("f" + HEX.toHexDigits((byte) prefixByte), false);
    }

    @Override
    public List<StoredEntry> listThumbnails(int prefixByte) throws IOException {
        return list("t" + HEX.toHexDigits((byte) prefixByte), true);
    }

    private List<StoredEntry> list(String prefixFolder, boolean thumbnails) throws IOException {
        Path folder = root.resolve(prefixFolder);
        List<StoredEntry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.length() < 64 || name.endsWith(LEFTOVER_SUFFIX)) {
                    continue;
                }
                String hex = name.substring(0, 64).toLowerCase(Locale.ROOT);
                String rest = name.substring(64);
                if (!hex.matches("[0-9a-f]{64}") || (thumbnails && !rest.equals(THUMBNAIL_EXTENSION))
                        || (!thumbnails && !rest.isEmpty() && !rest.startsWith("."))) {
                    continue;
                }
                out.add(new StoredEntry(ByteKey.fromHex(hex), p));
            }
        }
        return out;
    }

    @Override
    public int removeLeftovers() throws IOException {
        int removed = 0;
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + LEFTOVER_SUFFIX)) {
                    for (Path p : entries) {
                        Files.deleteIfExists(p);
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    @Override
    public void delete(StoredEntry entry) throws IOException {
        Files.deleteIfExists(entry.path());
    }

    @Override
    public List<StorageLocation> locations() {
        List<String> prefixes = new ArrayList<>(512);
        for (String kind : List.of("f", "t")) {
            for (int b = 0; b < 256; b++) {
                prefixes.add(kind + HEX.toHexDigits((byte) b));
            }
        }
        return List.of(new StorageLocation(root, 1, null, prefixes));
    }
}
