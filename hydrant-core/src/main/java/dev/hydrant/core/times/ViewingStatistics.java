package dev.hydrant.core.times;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /edit_times/increment_file_viewtime} and {@code /edit_times/set_file_viewtime}: views, viewing time and the
 * last viewed time of files on the canvases 0 (media viewer), 1 (preview viewer) and 4 (client api viewer). Hashes
 * the library does not know get an id, as hydrus gives them one. The arguments are read in hydrus's order; one
 * transaction; a 400 changes nothing. Viewing statistics are always on (hydrus's 403 for a client that turned them
 * off cannot happen).
 */
public final class ViewingStatistics {
    /** The request's arguments, read in hydrus's order; each read fails with hydrus's 400 for that argument. */
    public interface Arguments {
        /** {@code canvas_type}, required. */
        long requiredCanvasType();

        /** Whether {@code timestamp} or {@code timestamp_ms} was sent, even as null. */
        boolean hasTimestamp();

        /** The time sent, in ms ({@code timestamp} seconds truncated to ms wins over {@code timestamp_ms}); null for null. */
        Long timestampMs();

        /** {@code views}, or {@code defaultViews} when not given. */
        long views(long defaultViews);

        /** {@code views}, required. */
        long requiredViews();

        /** {@code viewtime} in seconds, required. */
        double viewtime();

        FileSelection files();
    }

    private final FileRecordStore files;
    private final FileResolver resolver;
    private final Clock clock;

    public ViewingStatistics(FileRecordStore files, Clock clock) {
        this.files = files;
        this.resolver = new FileResolver(files);
        this.clock = clock;
    }

    /** The canvas of a {@code canvas_type}; 400 for anything but 0, 1 and 4. */
    public static CanvasType canvas(long number) {
        return CanvasType.byNumber(number).orElseThrow(
                () -> ApiException.badRequest("Sorry, the canvas type needs to be either 0, 1, or 4!"));
    }

    /**
     * Adds views (default 1) and viewing time; the last viewed time becomes the timestamp sent, or now when none was
     * sent.
     */
    public void increment(Arguments args) {
        CanvasType canvas = canvas(args.requiredCanvasType());
        Long lastViewedMs = args.hasTimestamp() ? args.timestampMs() : Long.valueOf(clock.millis());
        long views = args.views(1);
        long viewtimeMs = viewtimeMs(views, args.viewtime());
        List<FileResolver.ResolvedFile> named = named(args.files());
        files.write(tx -> {
            tx.times().addViews(canvas, ids(tx, named), lastViewedMs, views, viewtimeMs);
            return null;
        });
    }

    /**
     * Sets views and viewing time; the last viewed time becomes the timestamp sent, else stays, or is now for files
     * without statistics on that canvas.
     */
    public void set(Arguments args) {
        CanvasType canvas = canvas(args.requiredCanvasType());
        Long lastViewedMs = args.hasTimestamp() ? args.timestampMs() : null;
        long views = args.requiredViews();
        long viewtimeMs = viewtimeMs(views, args.viewtime());
        List<FileResolver.ResolvedFile> named = named(args.files());
        long now = clock.millis();
        files.write(tx -> {
            tx.times().setViews(canvas, ids(tx, named), lastViewedMs, views, viewtimeMs, now);
            return null;
        });
    }

    /** Checks the counts (views first) and converts seconds to whole milliseconds, truncating. */
    private static long viewtimeMs(long views, double viewtimeSeconds) {
        if (views < 0) {
            throw ApiException.badRequest("Views cannot be a negative number!");
        }
        if (viewtimeSeconds < 0) {
            throw ApiException.badRequest("Viewtime cannot be a negative number!");
        }
        return (long) (viewtimeSeconds * 1000);
    }

    private List<FileResolver.ResolvedFile> named(FileSelection selection) {
        List<FileResolver.ResolvedFile> named = resolver.resolve(selection);
        if (named.isEmpty()) {
            throw ApiException.badRequest("Did not find any hashes to apply the viewtime statistics to!");
        }
        return named;
    }

    /** The files' ids; hashes without one get one. */
    private static List<Long> ids(dev.hydrant.core.files.FileWrites tx, List<FileResolver.ResolvedFile> named) {
        List<Long> ids = new ArrayList<>();
        for (FileResolver.ResolvedFile f : named) {
            ids.add(f.fileId() != null ? f.fileId() : tx.idFor(f.sha256()));
        }
        return ids;
    }
}
