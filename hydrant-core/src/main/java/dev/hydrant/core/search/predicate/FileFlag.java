package dev.hydrant.core.search.predicate;

/** The yes/no file properties of {@code system:has ...}/{@code system:no ...}. */
public enum FileFlag {
    AUDIO,
    /** {@code transparency} or {@code alpha}. */
    TRANSPARENCY,
    EXIF,
    XMP,
    IPTC,
    /** {@code human-readable metadata} (older names: {@code embedded metadata}). */
    HUMAN_READABLE_METADATA,
    /** {@code software/source metadata}. */
    SOFTWARE_SOURCE,
    ICC_PROFILE,
    FORCED_FILETYPE
}
