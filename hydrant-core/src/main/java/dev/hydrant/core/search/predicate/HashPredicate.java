package dev.hydrant.core.search.predicate;

import dev.hydrant.core.ByteKey;
import java.util.List;
import java.util.Objects;

/**
 * {@code system:hash = <hex> <hex>...}, {@code system:hash (md5) = ...}, {@code system:hash is not ...}.
 * Hydrus does not check the lengths: any even-length hex run of nine or more characters is a hash.
 *
 * @param hashes    distinct, in the order first written
 * @param inclusive false for {@code !=}/{@code is not}
 */
public record HashPredicate(List<ByteKey> hashes, HashType type, boolean inclusive) implements SystemPredicate {
    public HashPredicate {
        hashes = List.copyOf(hashes);
        Objects.requireNonNull(type, "type");
    }
}
