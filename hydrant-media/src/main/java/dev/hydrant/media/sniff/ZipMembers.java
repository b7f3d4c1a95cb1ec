package dev.hydrant.media.sniff;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only access to the members of a zip (ugoira frames, a comic's cover page) with the same Python
 * {@code zipfile} semantics the sniffer uses: a name finds the last entry stored under it, and every read
 * checks the local header, the data's bounds and the CRC. Members are inflated into memory only, up to a
 * caller's byte cap; nothing is ever written to disk, so an entry's name (such as {@code ../../x}) is only
 * a key. The directory holds at most {@link ZipArchive#MAX_ENTRIES} entries and all reads together are
 * capped by {@link FileBytes}'s budget. Not thread-safe; close it after use.
 */
public final class ZipMembers implements Closeable {

    /** Raised for a zip, or a member of it, that cannot be read within the limits. */
    public static final class UnreadableZipException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableZipException(String message) {
            super(message);
        }
    }

    private final FileBytes file;
    private final ZipArchive zip;

    private ZipMembers(FileBytes file, ZipArchive zip) {
        this.file = file;
        this.zip = zip;
    }

    public static ZipMembers open(Path path) throws IOException, UnreadableZipException {
        FileBytes file = FileBytes.open(path);
        try {
            return new ZipMembers(file, ZipArchive.open(file));
        } catch (ZipArchive.BadZip | SniffLimitException e) {
            file.close();
            throw new UnreadableZipException("Could not open this zip: " + e.getMessage());
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The names of the file (not directory) entries, in the zip's directory order. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (ZipArchive.Entry e : zip.entries()) {
            if (!e.isDirectory()) {
                names.add(e.name());
            }
        }
        return names;
    }

    /** Whether a file entry is stored under exactly this name. */
    public boolean hasFile(String name) {
        ZipArchive.Entry entry = zip.find(name);
        return entry != null && !entry.isDirectory();
    }

    /** Hydrus's {@code filename_has_image_ext}: the text after the last dot is one of its image extensions. */
    public static boolean hasImageExtension(String name) {
        return ZipTypeRules.hasImageExtension(name);
    }

    /** Hydrus's cover page ({@code GetCoverPagePath}): the first image-named file in human order. */
    public Optional<String> coverPage() {
        ZipArchive.Entry cover = ZipTypeRules.coverPage(zip);
        return cover == null ? Optional.empty() : Optional.of(cover.name());
    }

    /**
     * The contents of the file stored under {@code name}, which may inflate to at most {@code maxBytes}: a
     * member declaring more is refused unread, and one that inflates past its declaration is cut off there.
     */
    public byte[] read(String name, int maxBytes) throws UnreadableZipException {
        ZipArchive.Entry entry = zip.find(name);
        if (entry == null || entry.isDirectory()) {
            throw new UnreadableZipException("There is no item named '" + name + "' in the archive");
        }
        if (entry.size() > maxBytes) {
            throw new UnreadableZipException("'" + name + "' is too large to read (" + entry.size() + " bytes)");
        }
        try {
            return zip.read(entry, maxBytes);
        } catch (ZipArchive.BadZip | SniffLimitException e) {
            throw new UnreadableZipException("Could not read '" + name + "': " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
