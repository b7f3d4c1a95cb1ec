package dev.hydrant.core.files;

/**
 * Capabilities hydrus attaches to a filetype. Each value mirrors one of hydrus's filetype sets; the
 * set's hydrus name is given so the table in {@link FileType} can be checked against the reference.
 */
public enum FileTrait {
    /** {@code SEARCHABLE_MIMES}: a real media type the client imports, searches and serves. */
    SEARCHABLE,
    /** {@code HYDRUS_UPDATE_FILES}: repository update blobs; importable but not searchable. */
    HYDRUS_UPDATE,
    /** {@code MIMES_WITH_THUMBNAILS}: a thumbnail is generated from the file itself. */
    THUMBNAIL,
    /**
     * {@code MediaResult.IsStaticImage}: {@code IMAGES} plus the viewable image project files
     * (psd, krita, openraster). {@code /get_files/render} renders these.
     */
    STATIC_IMAGE,
    /** {@code FILES_THAT_CAN_HAVE_PIXEL_HASH}. */
    PIXEL_HASH,
    /** {@code FILES_THAT_HAVE_PERCEPTUAL_HASH}. */
    PERCEPTUAL_HASH,
    /** {@code MIMES_THAT_DEFINITELY_HAVE_AUDIO}: has_audio is true without looking. */
    ALWAYS_AUDIO,
    /** {@code MIMES_THAT_MAY_HAVE_AUDIO}: has_audio is worth checking. */
    MAYBE_AUDIO,
    /** {@code MIMES_THAT_WE_CAN_CHECK_FOR_TRANSPARENCY}. */
    TRANSPARENCY_CHECKABLE,
    /** {@code MIMES_THAT_MAY_THEORETICALLY_HAVE_TRANSPARENCY}. */
    TRANSPARENCY_POSSIBLE,
    /** {@code FILES_THAT_CAN_HAVE_ICC_PROFILE}. */
    ICC_PROFILE,
    /** {@code FILES_THAT_CAN_HAVE_EXIF}. */
    EXIF,
    /** {@code FILES_THAT_CAN_HAVE_HUMAN_READABLE_EMBEDDED_METADATA}. */
    READABLE_METADATA,
    /**
     * An intermediate value of hydrus's sniffer ({@code UNDETERMINED_*}): never stored, never reported
     * in metadata.
     */
    UNDETERMINED
}
