package dev.hydrant.core.search.predicate;

/** The numeric file properties hydrus tests with a {@link NumberTest}, and the unit each is held in. */
public enum FileNumber {
    /** Pixels. {@code system:width}, {@code system:has width}. */
    WIDTH,
    /** Pixels. {@code system:height}, {@code system:has height}. */
    HEIGHT,
    /** Milliseconds. {@code system:duration}, {@code system:has duration}. */
    DURATION,
    /** Frames per second. {@code system:framerate}, {@code system:has framerate}. */
    FRAMERATE,
    /** {@code system:number of frames}, {@code system:has frames}. */
    FRAME_COUNT,
    /** {@code system:number of words}, {@code system:has words}. */
    WORD_COUNT,
    /** {@code system:number of notes}, {@code system:has notes}. */
    NOTE_COUNT,
    /** {@code system:number of urls}, {@code system:has urls}. */
    URL_COUNT
}
