package dev.hydrant.core.tags;

/** Hydrus's content statuses of a mapping or a tag relation (digest §9.1); the number is the file_metadata key. */
public enum TagStatus {
    CURRENT(0), PENDING(1), DELETED(2), PETITIONED(3);

    private final int number;

    TagStatus(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static TagStatus of(int number) {
        for (TagStatus s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("no tag status " + number);
    }
}
