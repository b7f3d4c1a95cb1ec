package dev.hydrant.core.search.predicate;

/** The hash algorithms {@code system:hash} can name. */
public enum HashType {
    SHA256("sha256"),
    MD5("md5"),
    SHA1("sha1"),
    SHA512("sha512");

    private final String text;

    HashType(String text) {
        this.text = text;
    }

    /** The name hydrus uses (also in {@code /get_files/file_hashes}). */
    public String text() {
        return text;
    }
}
