package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomainMembership;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file-domain bit sets of {@link FileDomainMembership} as Roaring bitmaps. A published bit set never changes (a
 * change publishes a new one), so each conversion is cached against the set's identity: one conversion per change
 * of a domain, not one per search. Returned bitmaps are shared: callers never modify them.
 */
final class DomainBitmaps {
    private record Cached(BitSet source, RoaringBitmap bitmap) {
    }

    private final FileDomainMembership membership;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    DomainBitmaps(FileDomainMembership membership) {
        this.membership = membership;
    }

    RoaringBitmap current(ByteKey service) {
        return of("c" + service.hex(), membership.currentBits(service));
    }

    RoaringBitmap deleted(ByteKey service) {
        return of("d" + service.hex(), membership.deletedBits(service));
    }

    /** Files deleted from any domain. */
    RoaringBitmap deletedAnywhere() {
        RoaringBitmap all = new RoaringBitmap();
        for (ByteKey service : membership.allDeleted().keySet()) {
            all.or(deleted(service));
        }
        return all;
    }

    private RoaringBitmap of(String key, BitSet bits) {
        if (bits == null) {
            return new RoaringBitmap();
        }
        Cached hit = cache.get(key);
        if (hit != null && hit.source() == bits) {
            return hit.bitmap();
        }
        RoaringBitmap bitmap = BitSetUtil.bitmapOf(bits.toLongArray());
        bitmap.runOptimize();
        cache.put(key, new Cached(bits, bitmap));
        return bitmap;
    }
}
