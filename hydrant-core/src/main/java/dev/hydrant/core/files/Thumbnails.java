package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code /get_files/thumbnail} and {@code thumbnail_path}: a known file's stored thumbnail (kept while its bytes
 * are, even after deletion), its type's named icon when hydrus keeps no thumbnail for the type, and
 * {@code hydrus.png} for unknown files or missing thumbnails — a thumbnail request never 404s.
 */
public final class Thumbnails {
    /** What to serve: a file on disk, the name to give it, and its Content-Type. */
    public record Served(Path path, String fileName, String contentType) {
    }

    private final FileRecordStore records;
    private final FileStore files;
    private final FallbackThumbnails icons;

    public Thumbnails(FileRecordStore records, FileStore files, FallbackThumbnails icons) {
        this.records = records;
        this.files = files;
        this.icons = icons;
    }

    public Served serve(FileSelection.Item item) throws IOException {
        Optional<FileRecord> record = record(item);
        if (record.isPresent()) {
            FileRecord r = record.get();
            Path stored = files.thumbnailPath(r.sha256());
            if (Files.isRegularFile(stored)) {
                return new Served(stored, r.sha256().hex() + ".thumbnail", contentTypeOf(stored));
            }
            Optional<FallbackThumbnails.Icon> named = icons.namedIconFor(r.type());
            if (named.isPresent()) {
                return icon(named.get());
            }
        }
        return icon(icons.unknownFile());
    }

    /** The stored thumbnail's path (and format); 400 for types without thumbnails, 404 when it is missing. */
    public Served path(FileSelection.Item item) throws IOException {
        FileRecord r = record(item).orElseThrow(Thumbnails::missing);
        if (icons.namedIconFor(r.type()).isPresent()) {
            throw ApiException.badRequest("Sorry, this file type does not have a thumbnail!");
        }
        Path stored = files.thumbnailPath(r.sha256());
        if (!Files.isRegularFile(stored)) {
            throw missing();
        }
        return new Served(stored, r.sha256().hex() + ".thumbnail", contentTypeOf(stored));
    }

    private static ApiException missing() {
        return new ApiException(dev.hydrant.core.error.ErrorKind.FILE_MISSING, "The client does not have this file!");
    }

    private Optional<FileRecord> record(FileSelection.Item item) {
        Long id;
        if (item instanceof FileSelection.ById byId) {
            id = byId.fileId();
        } else {
            ByteKey sha256 = ((FileSelection.ByHash) item).sha256();
            id = records.idsOf(List.of(sha256)).get(sha256);
        }
        if (id == null) {
            return Optional.empty();
        }
        FileState state = records.states(List.of(id)).get(id);
        return state == null ? Optional.empty() : Optional.ofNullable(state.record());
    }

    private static Served icon(FallbackThumbnails.Icon icon) {
        return new Served(icon.path(), icon.fileName(), "image/png");
    }

    /** Thumbnails are JPEG or PNG; the first bytes say which. */
    static String contentTypeOf(Path thumbnail) throws IOException {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(thumbnail)) {
            int n = in.readNBytes(head, 0, 4);
            boolean png = n == 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            return png ? "image/png" : "image/jpeg";
        }
    }
}
