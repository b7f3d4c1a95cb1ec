package dev.hydrant.core.files;

import dev.hydrant.core.error.ApiException;

import java.io.IOException;
import java.util.Set;

/**
 * {@code /get_files/render}: a still image rendered to PNG (2, the default), JPEG (1) or WebP (33), at its own size
 * or exactly {@code width × height} (hydrus ignores the aspect ratio). Anything that is not a still image, or a
 * file the library does not have, is hydrus's 400 "Requested file is not an image!".
 */
public final class Renders {
    private static final Set<Integer> STILL_FORMATS = Set.of(1, 2, 33);

    private final FileQueries queries;
    private final ImageRendering rendering;

    public Renders(FileQueries queries, ImageRendering rendering) {
        this.queries = queries;
        this.rendering = rendering;
    }

    public ImageRendering.Rendered render(FileSelection.Item item, Integer format, Integer width, Integer height,
                                          Integer quality) throws IOException {
        FileQueries.StoredFile stored;
        try {
            stored = queries.storedFile(item);
        } catch (ApiException e) {
            throw notAnImage();
        }
        if (!stored.type().canRender() || !stored.type().isStaticImage()) {
            throw notAnImage();
        }
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
        return rendering.render(stored.path(), stored.type(), media, chosen, resize ? width : null,
                resize ? height : null, quality);
    }

    private static ApiException notAnImage() {
        return ApiException.badRequest("Requested file is not an image!");
    }
}
