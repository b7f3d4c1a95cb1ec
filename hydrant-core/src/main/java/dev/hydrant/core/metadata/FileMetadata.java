package dev.hydrant.core.metadata;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.SearchPermits;
import dev.hydrant.core.files.FileQueries;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.files.FileTimes;
import dev.hydrant.core.notes.FileNotes;
import dev.hydrant.core.ratings.FileRatings;
import dev.hydrant.core.ratings.ShownRating;
import dev.hydrant.core.tags.FileTags;
import dev.hydrant.core.urls.known.FileUrls;
import dev.hydrant.core.urls.known.KnownUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code /get_files/file_metadata} use case: resolves the selected files (hydrus's 404 for unknown ids, stubs
 * for unknown hashes when asked), checks a tag-restricted key may see them, and reads every metadata family the
 * request needs for the whole batch at once — one read per family (and per table inside it), whatever the number of
 * files.
 */
public final class FileMetadata {
    /** What to read beyond the file record. */
    public record Request(FileSelection selection, boolean createNewFileIds, boolean recordOnly, boolean includeNotes,
                          boolean detailedUrls) {
    }

    /**
     * One file's metadata. For a hash without a file id, and when only the record was asked for, the families are
     * empty ({@code null} maps, {@link KnownUrls#NONE}, {@link FileTimes#NONE}).
     *
     * @param notes null unless notes were asked for
     */
    public record FileDetails(FileQueries.FileView view, Map<ByteKey, FileTags.ServiceTags> tags,
                              Map<String, String> notes, Map<ByteKey, ShownRating> ratings, KnownUrls urls,
                              FileTimes times) {
    }

    private final FileQueries queries;
    private final SearchPermits permits;
    private final FileTags tags;
    private final FileNotes notes;
    private final FileRatings ratings;
    private final FileUrls urls;

    public FileMetadata(FileQueries queries, SearchPermits permits, FileTags tags, FileNotes notes,
                        FileRatings ratings, FileUrls urls) {
        this.queries = queries;
        this.permits = permits;
        this.tags = tags;
        this.notes = notes;
        this.ratings = ratings;
        this.urls = urls;
    }

    /** The selected files' metadata, in the selection's order. */
    public List<FileDetails> read(AccessKey caller, Request request) {
        List<FileResolver.ResolvedFile> resolved = queries.resolve(request.selection());
        permits.requireMaySee(caller, resolved.stream().map(FileResolver.ResolvedFile::fileId)
                .filter(Objects::nonNull).toList());
        List<FileQueries.FileView> views = queries.views(resolved, request.createNewFileIds());
        List<Long> ids = views.stream().map(FileQueries.FileView::fileId).filter(Objects::nonNull).toList();
        Map<Long, Map<ByteKey, FileTags.ServiceTags>> fileTags = Map.of();
        Map<Long, Map<ByteKey, ShownRating>> fileRatings = Map.of();
        Map<Long, KnownUrls> fileUrls = Map.of();
        Map<Long, FileTimes> fileTimes = Map.of();
        Map<Long, Map<String, String>> fileNotes = Map.of();
        if (!request.recordOnly()) {
            fileTags = tags.of(ids);
            fileRatings = ratings.of(ids);
            fileUrls = urls.known(ids, request.detailedUrls());
            fileTimes = queries.times(ids);
            if (request.includeNotes()) {
                fileNotes = notes.of(ids);
            }
        }
        List<FileDetails> out = new ArrayList<>(views.size());
        for (FileQueries.FileView view : views) {
            Long id = view.fileId();
            out.add(id == null ? new FileDetails(view, null, null, null, KnownUrls.NONE, FileTimes.NONE)
                    : new FileDetails(view, fileTags.get(id), fileNotes.get(id), fileRatings.get(id),
                    fileUrls.getOrDefault(id, KnownUrls.NONE), fileTimes.getOrDefault(id, FileTimes.NONE)));
        }
        return out;
    }
}
