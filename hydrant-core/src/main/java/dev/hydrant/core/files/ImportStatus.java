package dev.hydrant.core.files;

/** Hydrus's import statuses ({@code status} of {@code add_file}, §9.3 of the digest). */
public enum ImportStatus {
    UNKNOWN(0),
    SUCCESSFUL(1),
    ALREADY_IN_DB(2),
    PREVIOUSLY_DELETED(3),
    ERROR(4),
    VETOED(7);

    private final int number;

    ImportStatus(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** 1 and 2: the file is in the library afterwards. */
    public boolean successful() {
        return this == SUCCESSFUL || this == ALREADY_IN_DB;
    }
}
