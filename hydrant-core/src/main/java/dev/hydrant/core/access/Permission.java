package dev.hydrant.core.access;

import java.util.Optional;

/** The basic permissions of a Client API access key, with hydrus's numbers and human strings. */
public enum Permission {
    ADD_URLS(0, "import and edit urls"),
    ADD_FILES(1, "import and delete files"),
    ADD_TAGS(2, "edit file tags"),
    SEARCH_FILES(3, "search for and fetch files"),
    MANAGE_PAGES(4, "manage pages"),
    MANAGE_HEADERS(5, "manage cookies and headers"),
    MANAGE_DATABASE(6, "manage database"),
    ADD_NOTES(7, "edit file notes"),
    MANAGE_FILE_RELATIONSHIPS(8, "edit file relationships"),
    EDIT_RATINGS(9, "edit file ratings"),
    MANAGE_POPUPS(10, "manage popups"),
    EDIT_TIMES(11, "edit file times"),
    COMMIT_PENDING(12, "commit pending"),
    SEE_LOCAL_PATHS(13, "see local file paths");

    private final int number;
    private final String humanString;

    Permission(int number, String humanString) {
        this.number = number;
        this.humanString = humanString;
    }

    public int number() {
        return number;
    }

    public String humanString() {
        return humanString;
    }

    public static Optional<Permission> byNumber(long number) {
        for (Permission p : values()) {
            if (p.number == number) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
