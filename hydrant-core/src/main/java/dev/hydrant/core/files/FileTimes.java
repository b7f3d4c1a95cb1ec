package dev.hydrant.core.files;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file's times that the file tables do not hold: the modified time each web domain gave it and its viewing
 * statistics per canvas. (Import, deletion, archive and file modified times are part of {@link FileState}.)
 *
 * @param domainModifiedMs web domain → modified time, in the order the domains were first recorded
 * @param canvases         the canvases the file has statistics for (a canvas is present once it was viewed there or
 *                         its statistics were set, even to zero)
 */
public record FileTimes(Map<String, Long> domainModifiedMs, Map<CanvasType, CanvasViews> canvases) {
    public static final FileTimes NONE = new FileTimes(Map.of(), Map.of());

    public FileTimes {
        domainModifiedMs = Collections.unmodifiableMap(new LinkedHashMap<>(domainModifiedMs));
        Map<CanvasType, CanvasViews> c = new EnumMap<>(CanvasType.class);
        c.putAll(canvases);
        canvases = Collections.unmodifiableMap(c);
    }

    /** The statistics of one canvas ({@link CanvasViews#NONE} when the file has none there). */
    public CanvasViews on(CanvasType canvas) {
        return canvases.getOrDefault(canvas, CanvasViews.NONE);
    }

    /**
     * Hydrus's aggregate modified time: the earliest of the domain modified times and the file's own modified time,
     * or null when there is none.
     */
    public Long aggregateModifiedMs(Long fileModifiedMs) {
        Long min = fileModifiedMs;
        for (Long t : domainModifiedMs.values()) {
            if (min == null || t < min) {
                min = t;
            }
        }
        return min;
    }
}
