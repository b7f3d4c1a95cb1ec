package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FileTypeSniffer} decided about a file.
 *
 * @param fileType the type hydrus would give the file; {@link FileType#APPLICATION_UNKNOWN} when nothing
 *                 recognised it (and for empty files)
 * @param refusal  why hydrus would refuse to import it, or {@code null} when it would import it
 */
public record SniffResult(FileType fileType, Refusal refusal) {

    public SniffResult {
        Objects.requireNonNull(fileType, "fileType");
    }

    /** The result for a recognised or unrecognised type, with the refusal hydrus would give it. */
    public static SniffResult of(FileType type) {
        if (type == FileType.APPLICATION_UNKNOWN) {
            return new SniffResult(type, Refusal.UNKNOWN_FILETYPE);
        }
        if (type == FileType.TEXT_HTML) {
            return new SniffResult(type, Refusal.LOOKS_LIKE_HTML);
        }
        if (type == FileType.APPLICATION_JSON) {
            return new SniffResult(type, Refusal.LOOKS_LIKE_JSON);
        }
        return new SniffResult(type, type.isImportable() ? null : Refusal.NOT_PERMITTED);
    }

    /** The result for a file of zero length. */
    public static SniffResult zeroLength() {
        return new SniffResult(FileType.APPLICATION_UNKNOWN, Refusal.ZERO_LENGTH);
    }

    public boolean isImportable() {
        return refusal == null;
    }

    public Optional<Refusal> refusalReason() {
        return Optional.ofNullable(refusal);
    }
}
