package dev.hydrant.core.search.predicate;

/** The file-domain relationships {@code system:file service} can test. */
public enum FileServiceStatus {
    /** {@code currently in}. */
    CURRENT,
    /** {@code pending to}. */
    PENDING
}
