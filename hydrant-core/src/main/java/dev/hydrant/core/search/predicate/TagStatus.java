package dev.hydrant.core.search.predicate;

/** The statuses a mapping can have on a tag service (hydrus's content statuses 0–3). */
public enum TagStatus {
    CURRENT("current"),
    PENDING("pending"),
    DELETED("deleted"),
    PETITIONED("petitioned");

    private final String text;

    TagStatus(String text) {
        this.text = text;
    }

    /** The word hydrus uses for it. */
    public String text() {
        return text;
    }
}
