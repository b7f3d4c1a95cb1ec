package dev.hydrant.store.disk;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileStore;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.StorageLocation;
import dev.hydrant.core.files.storage.PrefixFolders;
import dev.hydrant.core.files.storage.Prefixes;
import dev.hydrant.core.files.storage.StorageLayout;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Client files with hydrus's layout ({@code fXX/<sha256><ext>}, {@code tXX/<sha256>.thumbnail}), each prefix folder
 * in the storage location the current {@link StorageLayout} gives it (all in {@code root} until a layout is set).
 * Import staging always happens under {@code root}.
 *
 * <p>Writes are crash-safe: the bytes are synced, then renamed into place atomically, then the folder entry is
 * synced. When the source is on another disk the bytes are first copied next to the destination under a
 * {@value #LEFTOVER_SUFFIX} name, which the start-up sweep removes if a crash interrupts the copy.
 */
public final class DiskFileStore implements FileStore, PrefixFolders {
    static final String THUMBNAIL_EXTENSION = ".thumbnail";
    static final String LEFTOVER_SUFFIX = ".hydrant-partial";
    private static final String STAGING_FOLDER = "staging";

    private final Path root;
    private volatile StorageLayout layout;

    public DiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.layout = StorageLayout.single(this.root);
    }

    public Path root() {
        return root;
    }

    @Override
    public void useLayout(StorageLayout newLayout) {
        this.layout = newLayout;
    }

    @Override
    public StorageLayout layout() {
        return layout;
    }

    private Path folderOf(String prefix) {
        return layout.locationOf(prefix).resolve(prefix);
    }

    @Override
    public Path filePath(ByteKey sha256, FileType type) {
        return folderOf(Prefixes.ofFile(sha256)).resolve(sha256.hex() + type.extension());
    }

    @Override
    public Path thumbnailPath(ByteKey sha256) {
        return folderOf(Prefixes.ofThumbnail(sha256)).resolve(sha256.hex() + THUMBNAIL_EXTENSION);
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
        return list(Prefixes.ofFile(prefixByte), false);
    }

    @Override
    public List<StoredEntry> listThumbnails(int prefixByte) throws IOException {
        return list(Prefixes.ofThumbnail(prefixByte), true);
    }

    private List<StoredEntry> list(String prefix, boolean thumbnails) throws IOException {
        Path folder = folderOf(prefix);
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
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path folder : folders) {
                    removed += removeLeftoversIn(folder);
                }
            }
        }
        Set<Path> others = new LinkedHashSet<>(layout.prefixesByLocation().keySet());
        layout.ideal().forEach(l -> others.add(l.path()));
        others.remove(root);
        for (Path location : others) {
            for (String prefix : Prefixes.ALL) {
                removed += removeLeftoversIn(location.resolve(prefix));
            }
        }
        return removed;
    }

    private static int removeLeftoversIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + LEFTOVER_SUFFIX)) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
                removed++;
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
        return layout.report();
    }

    @Override
    public long bytesIn(Path location, String prefix) throws IOException {
        long total = 0;
        for (Path file : filesIn(location.resolve(prefix))) {
            total += Files.size(file);
        }
        return total;
    }

    /** The stored files of a prefix folder (not leftovers of interrupted writes); empty when it does not exist. */
    private static List<Path> filesIn(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(LEFTOVER_SUFFIX)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Override
    public long usableSpace(Path location) throws IOException {
        return Files.getFileStore(location).getUsableSpace();
    }

    @Override
    public void prepare(Path location) throws IOException {
        Files.createDirectories(location);
        if (!Files.isDirectory(location) || !Files.isWritable(location)) {
            throw new IOException(location + " is not a folder this process can write to.");
        }
    }

    @Override
    public boolean exists(Path location) {
        return Files.isDirectory(location);
    }

    @Override
    public long copy(String prefix, Path from, Path to) throws IOException {
        Path source = from.resolve(prefix);
        Path destination = to.resolve(prefix);
        Files.createDirectories(destination);
        long copied = 0;
        List<Path> files = filesIn(source);
        for (Path file : files) {
            Path target = destination.resolve(file.getFileName().toString());
            long size = Files.size(file);
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                continue;
            }
            Path partial = destination.resolve(file.getFileName() + "." + UUID.randomUUID() + LEFTOVER_SUFFIX);
            try {
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                sync(partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            copied += size;
        }
        syncFolder(destination);
        syncFolder(to);
        for (Path file : filesIn(source)) {
            Path target = destination.resolve(file.getFileName().toString());
            if (!Files.isRegularFile(target) || Files.size(target) != Files.size(file)) {
                throw new IOException("The copy of " + file + " at " + target + " is missing or differs; "
                        + prefix + " stays at " + from + ".");
            }
        }
        return copied;
    }

    @Override
    public void removeFolder(Path location, String prefix) throws IOException {
        Path folder = location.resolve(prefix);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
        syncFolder(location);
    }
}
