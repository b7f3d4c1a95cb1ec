package dev.hydrant.core.search.predicate;

/** The units of {@code system:filesize} (powers of 1024, as hydrus counts them). */
public enum SizeUnit {
    BYTES(1),
    KILOBYTES(1L << 10),
    MEGABYTES(1L << 20),
    GIGABYTES(1L << 30);

    private final long bytes;

    SizeUnit(long bytes) {
        this.bytes = bytes;
    }

    /** How many bytes one of this unit is. */
    public long bytes() {
        return bytes;
    }
}
