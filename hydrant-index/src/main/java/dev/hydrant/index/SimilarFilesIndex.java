package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.SimilarFilesListener;
import org.roaringbitmap.RoaringBitmap;

import java.util.Map;

/**
 * The in-memory data of similar-files search ({@code system:similar to}): every stored perceptual hash with its file
 * ({@link PerceptualHashTable}) and the files grouped by pixel hash ({@link PixelHashTable}). Loaded when the library
 * opens — perceptual hashes from the store (the index snapshot does not hold them), pixel hashes from the file
 * columns — then kept current after every commit as the {@link SimilarFilesListener} of the file records.
 */
public final class SimilarFilesIndex implements SimilarFilesListener {
    private final PerceptualHashTable perceptual = new PerceptualHashTable();
    private final PixelHashTable pixel = new PixelHashTable();

    /** Fills the index (before any search): perceptual hashes from the store, pixel hashes from the columns. */
    public void load(FileRecordStore store, FileColumns.Data columns) {
        store.forEachPerceptualHash((fileId, hash) -> perceptual.load(Math.toIntExact(fileId), hash));
        perceptual.finishLoading();
        for (int id = 0; id < columns.capacity; id++) {
            if ((columns.bits[id] & FileColumns.PIXEL_HASH) != 0) {
                pixel.set(id, columns.pixelHashPrefix[id], true);
            }
        }
    }

    @Override
    public void perceptualHashesChanged(Map<Long, long[]> hashesByFile) {
        hashesByFile.forEach((id, hashes) -> perceptual.replace(Math.toIntExact(id), hashes));
    }

    @Override
    public void pixelHashesChanged(Map<Long, ByteKey> pixelHashByFile) {
        pixelHashByFile.forEach((id, hash) -> pixel.set(Math.toIntExact(id), hash == null ? 0 : prefix(hash),
                hash != null));
    }

    /** The perceptual hashes and their search. */
    public PerceptualHashTable perceptual() {
        return perceptual;
    }

    /** The files whose pixel hash starts with these 8 bytes (big-endian), as the columns key it. */
    public RoaringBitmap pixelDuplicates(long pixelHashPrefix) {
        return pixel.filesWith(pixelHashPrefix);
    }

    /** Heap bytes of both tables. */
    public long approximateBytes() {
        return perceptual.approximateBytes() + pixel.approximateBytes();
    }

    /** The first 8 bytes of a pixel hash, big-endian (the columns' key). */
    static long prefix(ByteKey pixelHash) {
        byte[] b = pixelHash.bytes();
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[i] & 0xFF);
        }
        return v;
    }
}
