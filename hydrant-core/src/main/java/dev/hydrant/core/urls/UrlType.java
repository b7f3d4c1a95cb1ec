package dev.hydrant.core.urls;

import java.util.Optional;

/**
 * What a URL points at, with hydrus's numbers ({@code url_type}) and texts ({@code url_type_string}). The Client
 * API reports 0, 2, 3, 4 and 5; URL classes may also be API/redirect classes (1); 6–9 are hydrus's internal kinds
 * of parsed URLs and never come from a URL class.
 */
public enum UrlType {
    POST(0, "post url"),
    API(1, "api/redirect url"),
    FILE(2, "file url"),
    GALLERY(3, "gallery url"),
    WATCHABLE(4, "watchable url"),
    UNKNOWN(5, "unknown url"),
    NEXT(6, "next page url"),
    DESIRED(7, "downloadable/pursuable url"),
    /** hydrus has no text for this one (its lookup table leaves it out); the text is ours. */
    SOURCE(8, "source url"),
    SUB_GALLERY(9, "sub-gallery url (is queued even if creator found no post/file urls)");

    private final int code;
    private final String text;

    UrlType(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** hydrus's number ({@code url_type}). */
    public int code() {
        return code;
    }

    /** hydrus's text ({@code url_type_string}). */
    public String text() {
        return text;
    }

    /** Whether a URL class may have this type: post, api/redirect, file, gallery or watchable. */
    public boolean isClassType() {
        return code <= 4;
    }

    public static Optional<UrlType> ofCode(int code) {
        for (UrlType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
