package dev.hydrant.media.sniff;

/**
 * Why hydrus refuses a file at the filetype stage of an import; {@link #note()} is the text hydrus puts in
 * the {@code note} of its {@code add_file} answer (status 4).
 */
public enum Refusal {
    /** The file is empty. */
    ZERO_LENGTH("File is of zero length!"),
    /** Nothing recognised the bytes (text, random data, unsupported formats). */
    UNKNOWN_FILETYPE("Unknown filetype!"),
    /** The start of the file looks like an HTML page. */
    LOOKS_LIKE_HTML("Looks like HTML -- maybe the client needs to be taught how to recognise this URL and then parse it?"),
    /** The whole file parses as JSON. */
    LOOKS_LIKE_JSON("Looks like JSON -- maybe the client needs to be taught how to recognise this URL and then parse it?"),
    /** Recognised, but not a type hydrus imports (windows exe, undetermined OLE, hydrus encrypted zip...). */
    NOT_PERMITTED("Filetype is not permitted!");

    private final String note;

    Refusal(String note) {
        this.note = note;
    }

    public String note() {
        return note;
    }
}
