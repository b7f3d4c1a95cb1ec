package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.PerceptualHashes;
import dev.hydrant.core.search.predicate.SimilarDataPredicate;
import dev.hydrant.core.search.predicate.SimilarFilesPredicate;
import org.roaringbitmap.RoaringBitmap;

import java.util.function.ToIntFunction;

/**
 * The similar-files predicates as {@link Term}s, with hydrus's rules ({@code ClientDBSimilarFiles.SearchFile},
 * {@code SearchPixelHashes}, {@code SearchPerceptualHashes}); the search domain is applied afterwards, as for every
 * term, so files outside it never show.
 *
 * <ul>
 *   <li>{@code similar to files}: per named file, the file itself, every file with its pixel hash (pixel
 *       duplicates, whatever the distance), and every file with a perceptual hash within the distance of one of
 *       its perceptual hashes (0: an equal hash). A hash that names no imported file contributes nothing; a file
 *       without perceptual hashes (a video, a blank image, a physically deleted file) only itself and its pixel
 *       duplicates.</li>
 *   <li>{@code similar to data}: every file with one of the pixel hashes (the distance does not apply to them), and
 *       every file with a perceptual hash within the distance of one of the given perceptual hashes.</li>
 * </ul>
 */
final class SimilarTerms {
    private SimilarTerms() {
    }

    static Term files(SimilarFilesPredicate p, SimilarFilesIndex index, FileColumns.Data d,
                      ToIntFunction<ByteKey> idOf) {
        RoaringBitmap files = new RoaringBitmap();
        long[] queries = new long[0];
        for (ByteKey h : p.hashes()) {
            int id = h.length() == 32 ? idOf.applyAsInt(h) : -1;
            if (id < 0) {
                continue;
            }
            files.add(id);
            if (d.hasRecord(id) && (d.bits[id] & FileColumns.PIXEL_HASH) != 0) {
                files.or(index.pixelDuplicates(d.pixelHashPrefix[id]));
            }
            long[] own = index.perceptual().hashesOf(id);
            long[] joined = java.util.Arrays.copyOf(queries, queries.length + own.length);
            System.arraycopy(own, 0, joined, queries.length, own.length);
            queries = joined;
        }
        if (queries.length > 0) {
            files.or(index.perceptual().within(queries, p.distance()));
        }
        return new Term.Include(files);
    }

    static Term data(SimilarDataPredicate p, SimilarFilesIndex index) {
        RoaringBitmap files = new RoaringBitmap();
        for (ByteKey pixelHash : p.pixelHashes()) {
            files.or(index.pixelDuplicates(SimilarFilesIndex.prefix(pixelHash)));
        }
        if (!p.perceptualHashes().isEmpty()) {
            files.or(index.perceptual().within(PerceptualHashes.toLongs(p.perceptualHashes()), p.distance()));
        }
        return new Term.Include(files);
    }
}
