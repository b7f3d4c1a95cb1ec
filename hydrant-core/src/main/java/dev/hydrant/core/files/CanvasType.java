package dev.hydrant.core.files;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Where a file was viewed, for viewing statistics and last viewed times: hydrus's canvas types 0, 1 and 4. */
public enum CanvasType {
    MEDIA_VIEWER(0, "media viewer"),
    PREVIEW(1, "preview viewer"),
    CLIENT_API(4, "client api viewer");

    /**
     * Hydrus's default "interesting canvas types" option: what {@code system:views} without canvases and the
     * views/viewtime sorts count.
     */
    public static final Set<CanvasType> INTERESTING = Collections.unmodifiableSet(
            EnumSet.of(MEDIA_VIEWER, CLIENT_API));

    private final int number;
    private final String pretty;

    CanvasType(int number, String pretty) {
        this.number = number;
        this.pretty = pretty;
    }

    public int number() {
        return number;
    }

    /** {@code canvas_type_pretty}. */
    public String pretty() {
        return pretty;
    }

    public static Optional<CanvasType> byNumber(long number) {
        for (CanvasType c : values()) {
            if (c.number == number) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
