package dev.hydrant.core.search;

import dev.hydrant.core.error.ApiException;

/**
 * The {@code file_sort_type} argument of {@code /get_files/search_files} (0–27), with what ascending
 * ({@code file_sort_asc=true}, the default) and descending put first, as hydrus labels them.
 *
 * <p>Two facts about hydrus 682's own search are kept as data: {@link #ignoredBySearchFiles()} — sort
 * types it accepts but does not apply (the result comes in import order, asc and desc alike; archive
 * time puts archived files first) — and {@link #missingValuesLast()} — files without a value sort last
 * in both directions.
 */
public enum FileSortType {
    FILE_SIZE(0, "file size", "smallest first", "largest first"),
    DURATION(1, "duration", "shortest first", "longest first"),
    IMPORT_TIME(2, "import time", "oldest first", "newest first"),
    FILETYPE(3, "filetype", null, null),
    RANDOM(4, "random", null, null),
    WIDTH(5, "width", "slimmest first", "widest first"),
    HEIGHT(6, "height", "shortest first", "tallest first"),
    RATIO(7, "ratio", "tallest first", "widest first"),
    NUM_PIXELS(8, "number of pixels", "fewest first", "most first"),
    NUM_TAGS(9, "number of tags", "fewest first", "most first"),
    MEDIA_VIEWS(10, "media views", "fewest first", "most first"),
    MEDIA_VIEWTIME(11, "media viewtime", "shortest first", "longest first"),
    APPROXIMATE_BITRATE(12, "approximate bitrate", "smallest first", "largest first"),
    HAS_AUDIO(13, "has audio", "audio first", "silent first"),
    MODIFIED_TIME(14, "modified time", "oldest first", "newest first"),
    FRAMERATE(15, "framerate", "slowest first", "fastest first"),
    NUM_FRAMES(16, "number of frames", "smallest first", "largest first"),
    NUM_COLLECTION_FILES(17, "number of files in collection", "fewest first", "most first"),
    LAST_VIEWED_TIME(18, "last viewed time", "oldest first", "newest first"),
    ARCHIVE_TIME(19, "archive time", "oldest first", "newest first"),
    HASH(20, "hash", "lexicographic", "reverse lexicographic"),
    PIXEL_HASH(21, "pixel hash", "lexicographic", "reverse lexicographic"),
    BLURHASH(22, "blurhash", "lexicographic", "reverse lexicographic"),
    AVERAGE_COLOUR_LIGHTNESS(23, "average colour - lightness", "darkest first", "lightest first"),
    AVERAGE_COLOUR_CHROMATIC_MAGNITUDE(24, "average colour - chromatic magnitude", "greys first", "colours first"),
    AVERAGE_COLOUR_GREEN_RED(25, "average colour - green/red axis", "greens first", "reds first"),
    AVERAGE_COLOUR_BLUE_YELLOW(26, "average colour - blue/yellow axis", "blues first", "yellows first"),
    AVERAGE_COLOUR_HUE(27, "average colour - hue", "rainbow - red first", "rainbow - purple first");

    /** The default when the argument is absent. */
    public static final FileSortType DEFAULT = IMPORT_TIME;

    private final int number;
    private final String label;
    private final String ascending;
    private final String descending;

    FileSortType(int number, String label, String ascending, String descending) {
        this.number = number;
        this.label = label;
        this.ascending = ascending;
        this.descending = descending;
    }

    /** The {@code file_sort_type} number. */
    public int number() {
        return number;
    }

    /** What the sort is by. */
    public String label() {
        return label;
    }

    /** Whether asc and desc mean anything (not for filetype and random). */
    public boolean hasDirection() {
        return ascending != null;
    }

    /** What ascending puts first, e.g. "smallest first"; null when the sort has no direction. */
    public String ascendingMeaning() {
        return ascending;
    }

    /** What descending puts first, e.g. "largest first"; null when the sort has no direction. */
    public String descendingMeaning() {
        return descending;
    }

    /**
     * Whether ascending is the natural order of the sort's value (smallest value first). It is, except
     * for {@link #HAS_AUDIO}, where ascending puts files with audio (the larger truth value) first.
     */
    public boolean ascendingIsIncreasing() {
        return this != HAS_AUDIO;
    }

    /** Whether files without the value (no pixel hash, no blurhash, no average colour) come last either way. */
    public boolean missingValuesLast() {
        return number >= 21;
    }

    /**
     * Whether hydrus 682's {@code search_files} accepts this sort but leaves the result in its default
     * order (the same for asc and desc): filetype, number of tags, media views and viewtime, has audio,
     * number of collection files, last viewed time and archive time.
     */
    public boolean ignoredBySearchFiles() {
        return switch (this) {
            case FILETYPE, NUM_TAGS, MEDIA_VIEWS, MEDIA_VIEWTIME, HAS_AUDIO, NUM_COLLECTION_FILES, LAST_VIEWED_TIME,
                    ARCHIVE_TIME -> true;
            default -> false;
        };
    }

    /**
     * The sort with this number.
     *
     * @throws ApiException 400 "Sorry, did not understand that sort type!" for any other number
     */
    public static FileSortType fromNumber(long number) {
        for (FileSortType t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        throw ApiException.badRequest("Sorry, did not understand that sort type!");
    }
}
