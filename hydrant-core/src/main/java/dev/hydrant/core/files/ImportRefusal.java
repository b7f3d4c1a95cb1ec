package dev.hydrant.core.files;

/**
 * Why a file cannot be imported, as hydrus reports it.
 *
 * @param status        4 (error: the file could not be read as media) or 7 (vetoed by the import options)
 * @param note          hydrus's message, e.g. "Unknown filetype!"
 * @param exceptionName the fully qualified Python exception hydrus raises (the last line of the traceback it
 *                      sends with status 4); null for vetoes
 */
public record ImportRefusal(ImportStatus status, String note, String exceptionName) {
    public static ImportRefusal zeroLength() {
        return new ImportRefusal(ImportStatus.ERROR, "File is of zero length!",
                "hydrus.core.HydrusExceptions.ZeroSizeFileException");
    }

    public static ImportRefusal unsupported(String note) {
        return new ImportRefusal(ImportStatus.ERROR, note, "hydrus.core.HydrusExceptions.UnsupportedFileException");
    }

    /** The type was recognised but the content could not be read as that media. */
    public static ImportRefusal damaged(String note) {
        return new ImportRefusal(ImportStatus.ERROR, note, "hydrus.core.HydrusExceptions.DamagedOrUnusualFileException");
    }

    public static ImportRefusal vetoed(String note) {
        return new ImportRefusal(ImportStatus.VETOED, note, null);
    }
}
