package dev.hydrant.core.files;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;
import dev.hydrant.core.notes.FileNotes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /get_files/render}: a still image rendered to PNG (2, the default), JPEG (1) or WebP (33), at its own size
 * or exactly {@code width × height} (hydrus ignores the aspect ratio); a ugoira rendered to APNG (23, the default) or
 * animated WebP (83) at its own size (width and height are ignored, unchecked, as hydrus ignores them). Anything
 * else, or a file the library does not have, is hydrus's 400 "Requested file is not an image!".
 */
public final class Renders {
    /** A render as answered: bytes, {@code Content-Type}, and how long clients may cache it. */
    public record Render(byte[] bytes, String contentType, int cacheSeconds) {
    }

    private static final Set<Integer> STILL_FORMATS = Set.of(1, 2, 33);
    private static final Set<Integer> UGOIRA_FORMATS = Set.of(23, 83);
    private static final int UGOIRA_DEFAULT_FORMAT = 23;
    private static final int UGOIRA_DEFAULT_QUALITY = 80;
    /** A render never changes, except that of a ugoira whose delays come from notes (or the default). */
    private static final int IMMUTABLE_CACHE_SECONDS = 86400 * 365;
    private static final int NOTE_TIMED_CACHE_SECONDS = 3600;

    private final FileQueries queries;
    private final ImageRendering rendering;
    private final FileNotes notes;

    public Renders(FileQueries queries, ImageRendering rendering, FileNotes notes) {
        this.queries = queries;
        this.rendering = rendering;
        this.notes = notes;
    }

    public Render render(FileSelection.Item item, Integer format, Integer width, Integer height,
                         Integer quality) throws IOException {
        FileQueries.StoredFile stored;
        try {
            stored = queries.storedFile(item);
        } catch (ApiException e) {
            throw notAnImage();
        }
        if (stored.type().canRender() && stored.type().isStaticImage()) {
            return still(stored, format, width, height, quality);
        }
        if (stored.type() == FileType.ANIMATION_UGOIRA) {
            return ugoira(stored, format, quality);
        }
        throw notAnImage();
    }

    private Render still(FileQueries.StoredFile stored, Integer format, Integer width, Integer height,
                         Integer quality) throws IOException {
        int chosen = format == null ? 2 : format;
        if (!STILL_FORMATS.contains(chosen)) {
            throw ApiException.badRequest("Invalid render format!");
        }
        boolean resize = width != null && height != null;
        if (resize && width < 1) {
            throw ApiException.badRequest("Width must be greater than 0!");
        }
        if (resize && height < 1) {
            throw ApiException.badRequest("Height must be greater than 0!");
        }
        MediaProperties media = queries.media(stored.fileId());
        ImageRendering.Rendered rendered = rendering.render(stored.path(), stored.type(), media, chosen,
                resize ? width : null, resize ? height : null, quality);
        return new Render(rendered.bytes(), rendered.contentType(), IMMUTABLE_CACHE_SECONDS);
    }

    private Render ugoira(FileQueries.StoredFile stored, Integer format, Integer quality) throws IOException {
        int chosen = format == null ? UGOIRA_DEFAULT_FORMAT : format;
        if (!UGOIRA_FORMATS.contains(chosen)) {
            throw ApiException.badRequest("Invalid render format!");
        }
        long fileId = stored.fileId();
        ImageRendering.Rendered rendered;
        try {
            rendered = rendering.renderUgoira(stored.path(), chosen,
                    quality == null ? UGOIRA_DEFAULT_QUALITY : quality,
                    () -> notes.of(List.of(fileId)).getOrDefault(fileId, Map.of()));
        } catch (RenderFailedException e) {
            if (e.busy()) {
                throw new ApiException(ErrorKind.SERVER_BUSY, e.getMessage());
            }
            throw new ApiException(ErrorKind.SERVER_ERROR,
                    "The \"client api\" encountered an error it could not handle!\n\n" + e.getMessage());
        }
        // a ugoira has a duration exactly when its animation.json times every frame, so the render cannot change
        boolean timedByFile = queries.media(fileId).durationMs() != null;
        return new Render(rendered.bytes(), rendered.contentType(),
                timedByFile ? IMMUTABLE_CACHE_SECONDS : NOTE_TIMED_CACHE_SECONDS);
    }

    private static ApiException notAnImage() {
        return ApiException.badRequest("Requested file is not an image!");
    }
}
