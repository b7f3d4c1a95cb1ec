package dev.hydrant.core.search.predicate;

import dev.hydrant.core.ByteKey;
import java.util.List;

/**
 * {@code system:similar to data <hex>... [with distance N]}: files with one of these pixel hashes
 * (64 hex characters) or with a perceptual hash within the distance of one of these perceptual hashes
 * (16 hex characters). Hex runs of other lengths are dropped, as hydrus drops them.
 *
 * @param distance the maximum Hamming distance; hydrus's default is 8
 */
public record SimilarDataPredicate(List<ByteKey> pixelHashes, List<ByteKey> perceptualHashes, int distance)
        implements SystemPredicate {

    /** The distance when the text gives none. */
    public static final int DEFAULT_DISTANCE = 8;

    public SimilarDataPredicate {
        pixelHashes = List.copyOf(pixelHashes);
        perceptualHashes = List.copyOf(perceptualHashes);
    }
}
