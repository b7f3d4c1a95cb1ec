package dev.hydrant.core.files.importing;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The file import options that can veto an import (hydrus's file filtering options): previously deleted files,
 * allowed filetypes, minimum and maximum size (and a separate maximum for GIFs), minimum and maximum resolution.
 * Vetoed imports get status 7 with hydrus's note.
 *
 * @param excludeDeleted  true (hydrus's default): a previously deleted file is status 3; false: it is imported
 *                        again
 * @param allowedTypes    the filetypes that may be imported (default: every importable type)
 * @param minSize         bytes, or null
 * @param maxSize         bytes, or null
 * @param maxGifSize      bytes for animated GIFs, or null
 * @param minResolution   or null
 * @param maxResolution   or null
 */
public record FileImportOptions(boolean excludeDeleted, Set<FileType> allowedTypes, Long minSize, Long maxSize,
                                Long maxGifSize, Resolution minResolution, Resolution maxResolution) {
    /** A width and a height in pixels. */
    public record Resolution(int width, int height) {
        public Resolution {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("A resolution needs a width and a height of at least 1.");
            }
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** Every type in hydrus's general filetype groups: everything that can be imported. */
    public static final Set<FileType> ALL_TYPES = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.stream(
            FileTypeGroup.values()).flatMap(g -> g.members().stream()).toList()));

    /** Hydrus's defaults: previously deleted files excluded, every filetype, no limits. */
    public static final FileImportOptions DEFAULTS = new FileImportOptions(true, ALL_TYPES, null, null, null, null,
            null);

    public FileImportOptions {
        allowedTypes = allowedTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowedTypes));
    }

    /**
     * Hydrus's {@code CheckFileIsValid}: the first rule the file breaks, as hydrus words it, checked in hydrus's
     * order (filetype, minimum size, maximum size, GIF size, minimum resolution, maximum resolution). A missing
     * width or height passes the resolution rules.
     */
    public Optional<String> veto(long size, FileType type, Integer width, Integer height) {
        if (!allowedTypes.contains(type)) {
            return Optional.of("File was a " + type.humanName() + ", which is not allowed by the File Import Options.");
        }
        if (minSize != null && size < minSize) {
            return Optional.of("File was " + HumanText.bytes(size) + " but the lower limit is "
                    + HumanText.bytes(minSize) + ".");
        }
        if (maxSize != null && size > maxSize) {
            return Optional.of("File was " + HumanText.bytes(size) + " but the upper limit is "
                    + HumanText.bytes(maxSize) + ".");
        }
        if (type == FileType.ANIMATION_GIF && maxGifSize != null && size > maxGifSize) {
            return Optional.of("File was " + HumanText.bytes(size) + " but the upper limit for gifs is "
                    + HumanText.bytes(maxGifSize) + ".");
        }
        if (minResolution != null && ((width != null && width < minResolution.width())
                || (height != null && height < minResolution.height()))) {
            return Optional.of("File had resolution " + HumanText.resolution(width, height)
                    + " but the lower limit is " + HumanText.resolution(minResolution.width(), minResolution.height()));
        }
        if (maxResolution != null && ((width != null && width > maxResolution.width())
                || (height != null && height > maxResolution.height()))) {
            return Optional.of("File had resolution " + HumanText.resolution(width, height)
                    + " but the upper limit is " + HumanText.resolution(maxResolution.width(), maxResolution.height()));
        }
        return Optional.empty();
    }
}
