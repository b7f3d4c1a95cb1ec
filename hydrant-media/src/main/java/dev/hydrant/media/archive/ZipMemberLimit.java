package dev.hydrant.media.archive;

/** The largest zip member (inflated) that is read to be decoded as a picture or parsed as frame data. */
public final class ZipMemberLimit {

    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private ZipMemberLimit() {
    }
}
