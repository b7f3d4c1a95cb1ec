package dev.hydrant.core.files;

/**
 * A file's viewing statistics on one canvas.
 *
 * @param lastViewedMs null only when a client reported a view with a null timestamp
 */
public record CanvasViews(long views, long viewtimeMs, Long lastViewedMs) {
    /** A canvas the file was never viewed on. */
    public static final CanvasViews NONE = new CanvasViews(0, 0, null);
}
