package dev.hydrant.core.search.predicate;

import dev.hydrant.core.ByteKey;
import java.util.List;

/**
 * {@code system:similar to <sha256> [with distance N]}: files whose perceptual hashes are within a
 * Hamming distance of those of the named files.
 *
 * @param hashes   the files' sha256 hashes, distinct, in the order written (not length-checked)
 * @param distance the maximum Hamming distance; hydrus's default is 4
 */
public record SimilarFilesPredicate(List<ByteKey> hashes, int distance) implements SystemPredicate {

    /** The distance when the text gives none. */
    public static final int DEFAULT_DISTANCE = 4;

    public SimilarFilesPredicate {
        hashes = List.copyOf(hashes);
    }
}
